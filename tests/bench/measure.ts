/**
 * One measured run of one page, in a browser context of its own (a fresh, empty profile: no HTTP
 * cache, no code cache, no storage), with the cache disabled over CDP as well.
 *
 * Functions passed to page.evaluate() run in the browser and may not use anything from this file.
 */
import type { Browser, BrowserContext, CDPSession, Page } from 'playwright-core';
import { loadavg } from 'node:os';
import { type ExportResult, measureExport } from './measureExport.ts';
import { measureSearch, type SearchResult } from './measureSearch.ts';
import { type BytesByKind, type StaticServer, summarize, type Transfer } from './server.ts';

/** `app`: the app on the real data; `appScale`: the same app built on a generated dataset. */
export type PageId = 'app' | 'appScale' | 'maplibre' | 'leaflet';

export const isApp = (id: PageId): boolean => id === 'app' || id === 'appScale';

export const VIEWPORT = { width: 1280, height: 800 } as const;

/** Mark names per page: the app's own, and the reference pages' `bench:` equivalents. */
const MARKS: Record<PageId, { firstPaint: string; idle: string }> = {
  app: { firstPaint: 'pilot-atlas:first-paint', idle: 'pilot-atlas:idle' },
  appScale: { firstPaint: 'pilot-atlas:first-paint', idle: 'pilot-atlas:idle' },
  maplibre: { firstPaint: 'bench:first-paint', idle: 'bench:idle' },
  leaflet: { firstPaint: 'bench:first-paint', idle: 'bench:idle' },
};

const LOAD_TIMEOUT = 90_000;

export interface LoadResult {
  /** ms from navigation start. */
  firstPaint: number;
  idle: number;
  domContentLoaded: number;
  /** First contentful paint of the document (any content, not only the map). */
  fcp: number | null;
  bytes: BytesByKind;
  requests: number;
  /** Every response up to first idle, in order. */
  transfers: Transfer[];
  /** The machine's 1-minute load average when the run started (other work skews timings). */
  loadAverage: number;
  /** JSHeapUsedSize of the page's main thread, before and after a forced GC. */
  heapBeforeGc: number;
  heapAfterGc: number;
  domNodes: number;
  /** CSS size of the map canvas (app only; the reference pages are given the same size). */
  mapSize: { width: number; height: number } | null;
}

export interface AppInteractions {
  /** select → panel marks, ms, one per click on a list button. */
  clickToPanel: number[];
  /** Event Timing duration of those clicks (input → next paint), ms. */
  clickToPaint: number[];
  /** filter → repainted marks, ms, one per click on the red-list chip. */
  filterToRepaint: number[];
  /** map.triggerRepaint() → 'render', ms, measured between the filter clicks. */
  forcedRepaint: number[];
  /** JSHeapUsedSize after a forced GC, after the first select → deselect cycle and after all. */
  heapAfterFirstCycle: number;
  heapAfterCycles: number;
  /** Over the cycles after the first: heapAfterCycles − heapAfterFirstCycle, DOM nodes, listeners. */
  heapGrowth: number;
  domNodesGrowth: number;
  listenersGrowth: number;
  search: SearchResult;
  export?: ExportResult;
}

export interface RunResult {
  page: PageId;
  load: LoadResult;
  app?: AppInteractions;
  /** Reference MapLibre page: forced repaints, for comparison with the app's. */
  forcedRepaint?: number[];
  /** Console errors and uncaught exceptions seen during the run. */
  errors: string[];
}

export interface RunOptions {
  clicks: number;
  filterCycles: number;
  selectCycles: number;
  /** Typed into the search box, then deleted, one keystroke at a time. */
  search: string;
  /** Measure the export (app on the real data only). */
  export: boolean;
}

async function metrics(cdp: CDPSession): Promise<Record<string, number>> {
  const { metrics: list } = await cdp.send('Performance.getMetrics');
  return Object.fromEntries(list.map((m) => [m.name, m.value]));
}

async function collectGarbage(cdp: CDPSession): Promise<void> {
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
}

function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout;
  return Promise.race([
    promise,
    new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`bench: timed out after ${ms} ms: ${what}`)), ms);
    }),
  ]).finally(() => clearTimeout(timer));
}

/** Resolves once a User Timing mark of that name exists (observed, not polled). */
export function waitForMark(page: Page, name: string): Promise<void> {
  return withTimeout(
    page.evaluate(
      (markName) =>
        new Promise<void>((resolve) => {
          const seen = () => performance.getEntriesByName(markName, 'mark').length > 0;
          if (seen()) return resolve();
          const observer = new PerformanceObserver(() => {
            if (!seen()) return;
            observer.disconnect();
            resolve();
          });
          observer.observe({ type: 'mark', buffered: true });
        }),
      name,
    ),
    LOAD_TIMEOUT,
    `waiting for mark ${name}`,
  );
}

type MapHolder = 'pilotAtlas' | 'bench';

/** Resolves at the map's next `idle` (one forced frame when nothing else is pending). */
export function waitMapIdle(page: Page, holder: MapHolder): Promise<void> {
  return withTimeout(
    page.evaluate(
      (key) =>
        new Promise<void>((resolve) => {
          const map = (window as unknown as Record<string, { map: import('maplibre-gl').Map }>)[
            key
          ]!.map;
          map.once('idle', () => resolve());
          map.triggerRepaint();
        }),
      holder,
    ),
    30_000,
    'waiting for the map to be idle',
  );
}

/** map.triggerRepaint() → the 'render' event of that frame, ms. */
function forcedRepaint(page: Page, holder: MapHolder): Promise<number> {
  return page.evaluate(
    (key) =>
      new Promise<number>((resolve) => {
        const map = (window as unknown as Record<string, { map: import('maplibre-gl').Map }>)[key]!
          .map;
        const start = performance.now();
        map.once('render', () => resolve(performance.now() - start));
        map.triggerRepaint();
      }),
    holder,
  );
}

export async function openContext(browser: Browser): Promise<{
  context: BrowserContext;
  page: Page;
  cdp: CDPSession;
  errors: string[];
}> {
  const context = await browser.newContext({
    viewport: VIEWPORT,
    deviceScaleFactor: 1,
    serviceWorkers: 'block',
    reducedMotion: 'no-preference',
  });
  // tsx (esbuild, keepNames) wraps named functions inside the callbacks given to page.evaluate()
  // in __name(...), which the page does not define.
  await context.addInitScript('globalThis.__name = (fn) => fn;');
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console.error: ${message.text()}`);
  });
  const cdp = await context.newCDPSession(page);
  // The context's HTTP cache starts empty (a cold first visit). It is not disabled: within one
  // load the browser reuses what it already fetched, as it would for a visitor.
  await cdp.send('Performance.enable');
  await cdp.send('HeapProfiler.enable');
  return { context, page, cdp, errors };
}

async function measureLoad(
  page: Page,
  cdp: CDPSession,
  server: StaticServer,
  id: PageId,
  url: string,
): Promise<LoadResult> {
  const loadAverage = loadavg()[0]!;
  server.reset();
  await page.goto(url, { waitUntil: 'commit', timeout: LOAD_TIMEOUT });
  await waitForMark(page, MARKS[id].idle);
  const responses = server.transfers();
  const { idleSinceEpoch, ...timings } = await page.evaluate(
    ({ firstPaint, idle }) => {
      const at = (name: string) => performance.getEntriesByName(name, 'mark')[0]?.startTime ?? NaN;
      const nav = performance.getEntriesByType('navigation')[0] as
        PerformanceNavigationTiming | undefined;
      const fcp = performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null;
      const holder = (window as unknown as { pilotAtlas?: { map: import('maplibre-gl').Map } })
        .pilotAtlas;
      const canvas = holder?.map.getCanvas();
      return {
        idleSinceEpoch: performance.timeOrigin + at(idle),
        firstPaint: at(firstPaint),
        idle: at(idle),
        domContentLoaded: nav?.domContentLoadedEventEnd ?? NaN,
        fcp,
        mapSize: canvas ? { width: canvas.clientWidth, height: canvas.clientHeight } : null,
      };
    },
    { firstPaint: MARKS[id].firstPaint, idle: MARKS[id].idle },
  );
  // The first load is what was requested before the first idle: the app asks for its excerpts at
  // the idle, and that request can reach the server before the line above reads its log.
  const transfers = responses.filter((t) => t.at <= idleSinceEpoch);
  const before = await metrics(cdp);
  await collectGarbage(cdp);
  const after = await metrics(cdp);
  return {
    ...timings,
    bytes: summarize(transfers),
    requests: transfers.length,
    transfers,
    loadAverage,
    heapBeforeGc: before.JSHeapUsedSize ?? NaN,
    heapAfterGc: after.JSHeapUsedSize ?? NaN,
    domNodes: after.Nodes ?? NaN,
  };
}

const LIST_BUTTON = '[data-testid=place-list] li button';
const FILTER_CHIP = 'button[data-mechanism=red-list]';

async function measureApp(
  browser: Browser,
  page: Page,
  cdp: CDPSession,
  options: RunOptions,
  withExport: boolean,
): Promise<AppInteractions> {
  const holder = 'pilotAtlas';
  const clickToPanel: number[] = [];
  const clickToPaint: number[] = [];
  const buttons = page.locator(LIST_BUTTON);
  const count = await buttons.count();
  if (!count) throw new Error('bench: the place list is empty');

  // Click → details panel: a real click on a list button; the app marks select and panel.
  for (let i = 0; i < options.clicks; i++) {
    await waitMapIdle(page, holder);
    await page.evaluate(() => {
      const w = window as unknown as {
        benchEvents?: PerformanceEventTiming[];
        benchObserver?: PerformanceObserver;
      };
      const events: PerformanceEventTiming[] = (w.benchEvents = []);
      w.benchObserver?.disconnect();
      w.benchObserver = new PerformanceObserver((list) => {
        events.push(...(list.getEntries() as PerformanceEventTiming[]));
      });
      w.benchObserver.observe({ type: 'event', durationThreshold: 16 } as PerformanceObserverInit);
      performance.clearMarks('pilot-atlas:select');
      performance.clearMarks('pilot-atlas:panel');
    });
    await buttons.nth((i * 3) % count).click();
    const sample = await withTimeout(
      page.evaluate(
        () =>
          new Promise<{ panel: number; paint: number | null }>((resolve) => {
            const w = window as unknown as { benchEvents?: PerformanceEventTiming[] };
            const check = () => {
              const select = performance.getEntriesByName('pilot-atlas:select', 'mark')[0];
              const panel = performance.getEntriesByName('pilot-atlas:panel', 'mark')[0];
              if (!select || !panel) return false;
              // The Event Timing entry is reported after the next frame is presented.
              const started = performance.now();
              const poll = () => {
                const click = w.benchEvents?.find((e) => e.name === 'click');
                if (click || performance.now() - started > 10_000)
                  resolve({
                    panel: panel.startTime - select.startTime,
                    paint: click ? click.duration : null,
                  });
                else setTimeout(poll, 50);
              };
              poll();
              return true;
            };
            if (check()) return;
            const observer = new PerformanceObserver(() => {
              if (check()) observer.disconnect();
            });
            observer.observe({ type: 'mark' });
          }),
      ),
      30_000,
      'waiting for the details panel',
    );
    clickToPanel.push(sample.panel);
    if (sample.paint !== null) clickToPaint.push(sample.paint);
    await page.keyboard.press('Escape');
  }

  // Filter → repainted, and a forced repaint measured the same way in between.
  const filterToRepaint: number[] = [];
  const forced: number[] = [];
  for (let i = 0; i < options.filterCycles * 2; i++) {
    await waitMapIdle(page, holder);
    forced.push(await forcedRepaint(page, holder));
    await waitMapIdle(page, holder);
    await page.evaluate(() => {
      performance.clearMarks('pilot-atlas:filter');
      performance.clearMarks('pilot-atlas:repainted');
    });
    await page.click(FILTER_CHIP);
    filterToRepaint.push(
      await withTimeout(
        page.evaluate(
          () =>
            new Promise<number>((resolve) => {
              const check = () => {
                const filter = performance.getEntriesByName('pilot-atlas:filter', 'mark')[0];
                const repainted = performance
                  .getEntriesByName('pilot-atlas:repainted', 'mark')
                  .find((m) => filter && m.startTime >= filter.startTime);
                if (!filter || !repainted) return false;
                resolve(repainted.startTime - filter.startTime);
                return true;
              };
              if (check()) return;
              const observer = new PerformanceObserver(() => {
                if (check()) observer.disconnect();
              });
              observer.observe({ type: 'mark' });
            }),
        ),
        30_000,
        'waiting for the repaint after a filter change',
      ),
    );
  }

  const search = await measureSearch(page, options.search, () => waitMapIdle(page, holder));

  // Select → deselect ×N: the GC'd heap after the first cycle and after the last. Without motion,
  // so that no camera animation is still running.
  await page.emulateMedia({ reducedMotion: 'reduce' });
  const cycle = (from: number, to: number) =>
    page.evaluate(
      async ({ from, to, selector }) => {
        const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
        for (let i = from; i < to; i++) {
          const buttons = document.querySelectorAll<HTMLButtonElement>(selector);
          buttons[i % buttons.length]!.click();
          await frame();
          window.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape' }));
          await frame();
        }
      },
      { from, to, selector: LIST_BUTTON },
    );
  const settled = async () => {
    await waitMapIdle(page, holder);
    await collectGarbage(cdp);
    return metrics(cdp);
  };
  await cycle(0, 1);
  const before = await settled();
  await cycle(1, options.selectCycles);
  const after = await settled();
  const heap = (m: Record<string, number>) => m.JSHeapUsedSize ?? NaN;
  return {
    clickToPanel,
    clickToPaint,
    filterToRepaint,
    forcedRepaint: forced,
    heapAfterFirstCycle: heap(before),
    heapAfterCycles: heap(after),
    heapGrowth: heap(after) - heap(before),
    domNodesGrowth: (after.Nodes ?? NaN) - (before.Nodes ?? NaN),
    listenersGrowth: (after.JSEventListeners ?? NaN) - (before.JSEventListeners ?? NaN),
    search,
    ...(withExport ? { export: await measureExport(browser, page) } : {}),
  };
}

export async function runPage(
  browser: Browser,
  server: StaticServer,
  id: PageId,
  url: string,
  options: RunOptions,
): Promise<RunResult> {
  const { context, page, cdp, errors } = await openContext(browser);
  try {
    const load = await measureLoad(page, cdp, server, id, url);
    const result: RunResult = { page: id, load, errors };
    if (isApp(id))
      result.app = await measureApp(browser, page, cdp, options, options.export && id === 'app');
    if (id === 'maplibre') {
      result.forcedRepaint = [];
      for (let i = 0; i < options.filterCycles * 2; i++) {
        await waitMapIdle(page, 'bench');
        result.forcedRepaint.push(await forcedRepaint(page, 'bench'));
      }
    }
    return result;
  } finally {
    await context.close();
  }
}

/**
 * One measured run of one page, in a browser context of its own (a fresh, empty profile: a cold
 * HTTP cache, no code cache, no storage; the cache works within the run as for a visitor), at a
 * given CPU slow-down. Times a user waits for are read from the screencast's frames (screencast.ts);
 * the pages' User Timing marks are kept as diagnostics beside them.
 *
 * Functions passed to page.evaluate() run in the browser and may not use anything from this file.
 */
import type { Browser, BrowserContext, CDPSession, Locator, Page } from 'playwright-core';
import { loadavg } from 'node:os';
import { type ExportResult, measureExport } from './measureExport.ts';
import { measureSearch, type SearchResult } from './measureSearch.ts';
import {
  boxPoints,
  changedPoints,
  MIN_CHANGED,
  firstFrame,
  frameBefore,
  imageOf,
  medianGap,
  readLoad,
  sameShare,
  type Box,
  type Frame,
  type Point,
  type Screencast,
  startScreencast,
  timeToChange,
} from './screencast.ts';
import { clickCandidates, fadedByFilter, inView, type PlacePoint } from './targets.ts';
import { BenchTimeout } from './samples.ts';
import {
  type BytesByKind,
  downloadedTwice,
  type StaticServer,
  summarize,
  type Transfer,
} from './server.ts';

/**
 * `app`: the app on the real data; `appScale`: the same app built on a generated dataset;
 * `maplibreHidden`: bare MapLibre with its canvas hidden until its first idle; `floor`: one 2D canvas.
 */
export type PageId = 'app' | 'appScale' | 'maplibre' | 'maplibreHidden' | 'leaflet' | 'floor';

export type { PlacePoint } from './targets.ts';

/** The app's figure for a place: its emphasis bar, "Red list N%, …". */
const appFigure = (redShare: number) => `[role="img"][aria-label^="Red list ${redShare}%,"]`;
const LIST_BUTTON = '[data-testid=place-list] li button';
const FILTER_CHIP = 'button[data-mechanism=red-list]';

export const isApp = (id: PageId): boolean => id === 'app' || id === 'appScale';

export const VIEWPORT = { width: 1280, height: 800 } as const;

/** Mark names per page: the app's own, and the reference pages' `bench:` equivalents. */
const MARKS: Record<PageId, { firstPaint: string; idle: string }> = {
  app: { firstPaint: 'pilot-atlas:first-paint', idle: 'pilot-atlas:idle' },
  appScale: { firstPaint: 'pilot-atlas:first-paint', idle: 'pilot-atlas:idle' },
  maplibre: { firstPaint: 'bench:first-paint', idle: 'bench:idle' },
  maplibreHidden: { firstPaint: 'bench:first-paint', idle: 'bench:idle' },
  leaflet: { firstPaint: 'bench:first-paint', idle: 'bench:idle' },
  floor: { firstPaint: 'bench:first-paint', idle: 'bench:idle' },
};

const isMapLibre = (id: PageId) => id !== 'leaflet' && id !== 'floor';
/** How long without a new request counts as the network being quiet. */
const QUIET_MS = 1000;

const LOAD_TIMEOUT = 90_000;

export interface LoadResult {
  /** ms from navigation start, read from the screencast: every place marker drawn. */
  placesVisible: number | null;
  /** The same with every outline drawn (no share missing): the figure before PLACES_VISIBLE_SHARE. */
  placesVisibleEveryOutline: number | null;
  /** Marker outlines looked for (dark in the settled frame), and how many of them were not yet
   * drawn in the frame that counts as places visible. */
  outlines: number | null;
  outlinesMissingAtVisible: number | null;
  /** The map box as it stays (the last change of its pixels), from the screencast. */
  mapComplete: number | null;
  /** The network quiet: the last request before QUIET_MS without one (ms from navigation). */
  quiet: number;
  /** Files sent in full more than once during the load. */
  twice: { path: string; count: number }[];
  /** Requests answered 304 (revalidated). */
  revalidated: number;
  /** Median time between screencast frames during the load: the resolution of the pixel rows. */
  frameGap: number | null;
  /** Responses that reached the server after the first idle (still counted in `bytes`). */
  afterIdle: Transfer[];
  /** ms from navigation start, marks (diagnostics). */
  firstPaint: number;
  idle: number;
  domContentLoaded: number;
  /** First contentful paint of the document (any content, not only the map). */
  fcp: number | null;
  /** Until the network is quiet. */
  bytes: BytesByKind;
  requests: number;
  /** Every response until the network was quiet, in order. */
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

/** Real mouse clicks on screen, read from the screencast (ms from the pointerdown). */
export interface ScreenInteractions {
  /** The place clicked (the first place of clickCandidates whose centre is on the map). */
  clicked: string | null;
  /** How many filtered-out markers were watched, and how many pixels of them changed. */
  faded: number;
  /** Click on the place's marker → its figure visible in the panel. */
  clickToFigure: number[];
  /** Filter (chip or button) → the map box's changing pixels (markers, labels) as they end. */
  filterToDim: number[];
  /** Median interval between screencast frames after each click (the pixel rows' resolution). */
  frameGap: number[];
}

export interface AppInteractions {
  /** select → panel marks, ms, one per click on the marker. */
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
  search?: SearchResult;
  export?: ExportResult;
}

export interface RunResult {
  page: PageId;
  /** CPU slow-down (Emulation.setCPUThrottlingRate): 1 or 4. */
  throttle: number;
  load: LoadResult;
  screen?: ScreenInteractions;
  app?: AppInteractions;
  /** Reference MapLibre page: forced repaints, for comparison with the app's. */
  forcedRepaint?: number[];
  /** Console errors and uncaught exceptions seen during the run. */
  errors: string[];
}

export interface RunOptions {
  /** The dataset's places: where to look for markers. */
  places: PlacePoint[];
  throttle: number;
  /** Also the search, select → deselect cycles and the export (app pages). */
  heavy: boolean;
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
      timer = setTimeout(
        () => reject(new BenchTimeout(`bench: timed out after ${ms} ms: ${what}`)),
        ms,
      );
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

/**
 * Resolves once the page has settled (at most 10 s): the map loaded and not moving, and animation
 * frames coming in quick succession again (six in a row less than 50 ms apart). A map frame still
 * being drawn in the GPU process (software WebGL: hundreds of ms) holds the next frames back, so
 * quick frames mean nothing drawn before is still in the way of what comes next.
 */
export function settle(page: Page, holder: MapHolder): Promise<void> {
  return page.evaluate(
    (key) =>
      new Promise<void>((resolve) => {
        const map = (window as unknown as Record<string, { map: import('maplibre-gl').Map }>)[key]!
          .map;
        const started = performance.now();
        let last = started;
        let quick = 0;
        const tick = (now: number) => {
          quick = now - last < 50 ? quick + 1 : 0;
          last = now;
          const calm = quick >= 6 && map.loaded() && !map.isMoving();
          if (calm || now - started > 10_000) resolve();
          else requestAnimationFrame(tick);
        };
        requestAnimationFrame(tick);
      }),
    holder,
  );
}

/**
 * A real click as a user makes it: the pointer moves onto the point first (hover effects, a
 * tooltip), the page settles, then the button goes down and up. Playwright's `mouse.click` moves
 * and presses at once, which puts the hover's redraw into the click's frame.
 */
export async function hoverSettleAndPress(
  page: Page,
  holder: MapHolder,
  at: Point | Locator,
  beforePress?: () => Promise<void>,
): Promise<void> {
  // A locator is scrolled into view and hovered at its centre.
  if ('hover' in at) await at.hover();
  else await page.mouse.move(at.x, at.y);
  await settle(page, holder);
  await beforePress?.();
  await page.mouse.down();
  await page.mouse.up();
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
  // When the last pointer went down, ms since the epoch, as the screencast's frames are timed.
  await context.addInitScript(
    "addEventListener('pointerdown', (e) => { globalThis.benchPointerDown = performance.timeOrigin + e.timeStamp; }, true);",
  );
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

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Two animation frames: what was changed before has been drawn. */
const frames2 = (page: Page) =>
  page.evaluate(
    () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))),
  );

/** Resolves once no request has reached the server for QUIET_MS (at most 30 s). */
async function networkQuiet(server: StaticServer, since: number): Promise<number> {
  const started = Date.now();
  for (;;) {
    const last = server.lastRequestAt() ?? since;
    if (Date.now() - last >= QUIET_MS || Date.now() - started > 30_000) return last;
    await sleep(100);
  }
}

/** Where each place's marker is on the page, in CSS px (the screencast's pixels at DPR 1). */
async function placePositions(
  page: Page,
  id: PageId,
  places: PlacePoint[],
): Promise<(Point & PlacePoint)[]> {
  const kind = isMapLibre(id) ? 'maplibre' : id === 'leaflet' ? 'leaflet' : 'floor';
  const holder = isApp(id) ? 'pilotAtlas' : 'bench';
  const points = await page.evaluate(
    ({ kind, holder, places }) => {
      const w = window as unknown as Record<string, Record<string, unknown>>;
      const bench = w[holder]!;
      if (kind === 'floor') {
        const all = (bench.places as () => { id: string; x: number; y: number }[])();
        return places.map((p) => all.find((a) => a.id === p.id) ?? { x: NaN, y: NaN });
      }
      if (kind === 'leaflet') {
        const map = bench.map as import('leaflet').Map;
        const box = map.getContainer().getBoundingClientRect();
        return places.map((p) => {
          const pt = map.latLngToContainerPoint([p.lat, p.lon]);
          return { x: box.left + pt.x, y: box.top + pt.y };
        });
      }
      const map = bench.map as import('maplibre-gl').Map;
      const box = map.getCanvas().getBoundingClientRect();
      return places.map((p) => {
        const pt = map.project([p.lon, p.lat]);
        return { x: box.left + pt.x, y: box.top + pt.y };
      });
    },
    { kind, holder, places },
  );
  return places.map((p, i) => ({ ...p, x: points[i]!.x, y: points[i]!.y }));
}

/** The map's box on the page (the app's map area; the reference pages' map container). */
function mapBox(page: Page, id: PageId): Promise<Box> {
  return page.evaluate((app) => {
    const element = app
      ? (
          window as unknown as { pilotAtlas: { map: import('maplibre-gl').Map } }
        ).pilotAtlas.map.getCanvas()
      : document.getElementById('map')!;
    const r = element.getBoundingClientRect();
    return { x: r.left, y: r.top, width: r.width, height: r.height };
  }, isApp(id));
}

async function measureLoad(
  page: Page,
  cdp: CDPSession,
  cast: Screencast,
  server: StaticServer,
  id: PageId,
  url: string,
  places: PlacePoint[],
): Promise<LoadResult> {
  const loadAverage = loadavg()[0]!;
  server.reset();
  const requested = Date.now();
  await page.goto(url, { waitUntil: 'commit', timeout: LOAD_TIMEOUT });
  await waitForMark(page, MARKS[id].idle);
  const { idleSinceEpoch, timeOrigin, ...timings } = await page.evaluate(
    ({ firstPaint, idle }) => {
      const at = (name: string) => performance.getEntriesByName(name, 'mark')[0]?.startTime ?? NaN;
      const nav = performance.getEntriesByType('navigation')[0] as
        PerformanceNavigationTiming | undefined;
      const fcp = performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null;
      const holder = (window as unknown as { pilotAtlas?: { map: import('maplibre-gl').Map } })
        .pilotAtlas;
      const canvas = holder?.map.getCanvas();
      return {
        timeOrigin: performance.timeOrigin,
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
  // Bytes until the network is quiet: what the page fetches right after its idle belongs to the load.
  const quietSinceEpoch = await networkQuiet(server, requested);
  await frames2(page);
  // The screencast lags on a busy machine: wait (up to 3 s) for a frame from after the idle, and
  // for it to have delivered what was drawn, so that the last frame is the settled screen.
  for (let waited = 0; (cast.frames.at(-1)?.at ?? 0) < idleSinceEpoch && waited < 3000;)
    waited += await sleep(100).then(() => 100);
  await cast.caughtUp();
  const transfers = server.transfers();

  // Pixels: the frame in which every marker in view is drawn, and the one from which the map box
  // stays as it ends.
  const box = await mapBox(page, id);
  const positions = (await placePositions(page, id, places)).filter((p) => inView(p, box));
  const frames = cast.frames;
  const pixels = readLoad(frames, timeOrigin, positions, box);
  const frameGap = medianGap(frames.filter((f) => f.at <= idleSinceEpoch));
  cast.keepLast();

  const before = await metrics(cdp);
  await collectGarbage(cdp);
  const after = await metrics(cdp);
  return {
    ...timings,
    ...pixels,
    quiet: quietSinceEpoch - timeOrigin,
    twice: downloadedTwice(transfers),
    revalidated: transfers.filter((t) => t.status === 304).length,
    frameGap,
    afterIdle: transfers.filter((t) => t.at > idleSinceEpoch),
    bytes: summarize(transfers),
    requests: transfers.length,
    transfers,
    loadAverage,
    heapBeforeGc: before.JSHeapUsedSize ?? NaN,
    heapAfterGc: after.JSHeapUsedSize ?? NaN,
    domNodes: after.Nodes ?? NaN,
  };
}

/**
 * The place to click (see clickCandidates): the first candidate whose marker centre is on the map,
 * not under a panel, the legend or a control.
 */
async function clickTarget(page: Page, id: PageId, places: PlacePoint[]) {
  const box = await mapBox(page, id);
  const candidates = clickCandidates(await placePositions(page, id, places), box);
  const index = await page.evaluate(
    ({ points, holder }) => {
      const map = (window as unknown as Record<string, { map: import('maplibre-gl').Map }>)[holder]!
        .map;
      return points.findIndex((p) => {
        const element = document.elementFromPoint(p.x, p.y);
        return element === map.getCanvas();
      });
    },
    {
      points: candidates.map(({ x, y }) => ({ x, y })),
      holder: isApp(id) ? 'pilotAtlas' : 'bench',
    },
  );
  return index < 0 ? null : candidates[index]!;
}

/**
 * Resolves once the screencast shows the points changed from the screen before `from` (at most
 * 10 s), and then no frame for a while: decoding frames on the way, after the measured moment.
 */
async function screenChanged(cast: Screencast, from: number, points: Point[]): Promise<void> {
  const before = frameBefore(cast.frames, from);
  const started = Date.now();
  while (before && Date.now() - started < 10_000) {
    await cast.caughtUp();
    const last = cast.frames.at(-1)!;
    const changed = changedPoints(imageOf(before), imageOf(last), points);
    if (last.at >= from && changed.length >= MIN_CHANGED) break;
    await sleep(200);
  }
  await cast.caughtUp(800);
}

/** What shows the clicked place's figure: the app's emphasis bar, the bare pages' panel. */
const figureOf = (page: Page, id: PageId, clicked: PlacePoint | null) =>
  page.locator(isApp(id) ? appFigure(clicked?.redShare ?? NaN) : '#bench-panel').first();

/**
 * A real click on a marker (see clickTarget, hoverSettleAndPress), resolved once its figure is
 * visible. `beforePress` runs once the pointer is on the marker and the page has settled.
 */
export async function clickAndWaitForFigure(
  page: Page,
  id: PageId,
  places: PlacePoint[],
  beforePress?: () => Promise<void>,
): Promise<PlacePoint> {
  const clicked = await clickTarget(page, id, places);
  if (!clicked) throw new Error(`bench: no marker to click on the ${id} page's map`);
  const [at] = await placePositions(page, id, [clicked]);
  await hoverSettleAndPress(page, isApp(id) ? 'pilotAtlas' : 'bench', at!, beforePress);
  await figureOf(page, id, clicked).waitFor({ state: 'visible', timeout: 30_000 });
  return clicked;
}

/**
 * The first frame after the last pointerdown in which the points look as they do once settled
 * (`share` of them), ms after the pointerdown; null when the points did not change at all.
 */
function timeToSettled(frames: Frame[], clickAt: number, points: Point[], share: number) {
  const last = imageOf(frames.at(-1)!);
  const before = frameBefore(frames, clickAt);
  if (before && sameShare(imageOf(before), last, points) >= share) return null;
  const frame = firstFrame(frames, clickAt, (image) => sameShare(image, last, points) >= share);
  return frame ? frame.at - clickAt : null;
}

const pointerDownAt = (page: Page) =>
  page.evaluate(() => (globalThis as unknown as { benchPointerDown: number }).benchPointerDown);

/**
 * Real mouse clicks: on the clicked place's marker at its projected position (→ its figure visible
 * in the panel, then Escape), and on the filter (→ a filtered-out marker's pixels dim, then back).
 * `onClick`/`onFilter` wait for the page's own diagnostics (marks) after each click.
 */
async function measureScreen(
  page: Page,
  id: PageId,
  cast: Screencast,
  options: RunOptions,
  hooks: {
    beforeClick?: () => Promise<void>;
    afterClick?: () => Promise<void>;
    beforeFilter?: () => Promise<void>;
    afterFilter?: () => Promise<void>;
  } = {},
): Promise<ScreenInteractions> {
  const holder: MapHolder = isApp(id) ? 'pilotAtlas' : 'bench';
  const clickToFigure: number[] = [];
  const filterToDim: number[] = [];
  const frameGap: number[] = [];
  await waitMapIdle(page, holder);
  const clicked = await clickTarget(page, id, options.places);
  const figure = figureOf(page, id, clicked);
  for (let i = 0; clicked && i < options.clicks; i++) {
    await waitMapIdle(page, holder);
    const [at] = await placePositions(page, id, [clicked]);
    await hoverSettleAndPress(page, holder, at!, async () => {
      await hooks.beforeClick?.();
      cast.keepLast();
    });
    await figure.waitFor({ state: 'visible', timeout: 30_000 });
    await hooks.afterClick?.();
    await waitMapIdle(page, holder);
    await frames2(page);
    await cast.caughtUp();
    const box = await figure.boundingBox();
    const clickAt = await pointerDownAt(page);
    const ms = box && timeToSettled(cast.frames, clickAt, boxPoints(box, 2), 0.97);
    if (typeof ms === 'number') clickToFigure.push(ms);
    const gap = medianGap(cast.frames.filter((f) => f.at >= clickAt));
    if (gap !== null) frameGap.push(gap);
    await page.keyboard.press('Escape');
  }

  // The filter fades markers and their labels: every pixel of the map box that changes is watched.
  const box = await mapBox(page, id);
  const faded = fadedByFilter(await placePositions(page, id, options.places), box);
  const mapPoints = boxPoints(box, 2);
  const button = isApp(id) ? FILTER_CHIP : '#bench-filter';
  for (let i = 0; faded.length && i < options.filterCycles * 2; i++) {
    await waitMapIdle(page, holder);
    await hooks.beforeFilter?.();
    await hoverSettleAndPress(page, holder, page.locator(button), async () => cast.keepLast());
    await hooks.afterFilter?.();
    await waitMapIdle(page, holder);
    await frames2(page);
    const clickAt = await pointerDownAt(page);
    // The map can be idle before the filter reaches it (the app fades labels after markers):
    // wait for its pixels to change, then for the screen to rest.
    await screenChanged(cast, clickAt, boxPoints(box, 8));
    await waitMapIdle(page, holder);
    await cast.caughtUp(800);
    const ms = timeToChange(cast.frames, clickAt, mapPoints, 0.95);
    if (typeof ms === 'number') filterToDim.push(ms);
    const gap = medianGap(cast.frames.filter((f) => f.at >= clickAt));
    if (gap !== null) frameGap.push(gap);
  }
  cast.keepLast();
  return {
    clicked: clicked?.id ?? null,
    faded: faded.length,
    clickToFigure,
    filterToDim,
    frameGap,
  };
}

async function measureApp(
  browser: Browser,
  page: Page,
  cdp: CDPSession,
  cast: Screencast,
  id: PageId,
  options: RunOptions,
  withExport: boolean,
): Promise<{ screen: ScreenInteractions; app: AppInteractions }> {
  const holder = 'pilotAtlas';
  const clickToPanel: number[] = [];
  const clickToPaint: number[] = [];
  const filterToRepaint: number[] = [];
  const forced: number[] = [];

  const screen = await measureScreen(page, id, cast, options, {
    // Diagnostics of each marker click: the app's select → panel marks, and Event Timing.
    beforeClick: () =>
      page.evaluate(() => {
        const w = window as unknown as {
          benchEvents?: PerformanceEventTiming[];
          benchObserver?: PerformanceObserver;
        };
        const events: PerformanceEventTiming[] = (w.benchEvents = []);
        w.benchObserver?.disconnect();
        w.benchObserver = new PerformanceObserver((list) => {
          events.push(...(list.getEntries() as PerformanceEventTiming[]));
        });
        w.benchObserver.observe({
          type: 'event',
          durationThreshold: 16,
        } as PerformanceObserverInit);
        performance.clearMarks('pilot-atlas:select');
        performance.clearMarks('pilot-atlas:panel');
      }),
    afterClick: async () => {
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
    },
    // Diagnostics of each filter click: filter → repainted marks, and a forced repaint before it.
    beforeFilter: async () => {
      forced.push(await forcedRepaint(page, holder));
      await waitMapIdle(page, holder);
      await page.evaluate(() => {
        performance.clearMarks('pilot-atlas:filter');
        performance.clearMarks('pilot-atlas:repainted');
      });
    },
    afterFilter: async () => {
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
    },
  });
  await cast.stop();
  const app: AppInteractions = {
    clickToPanel,
    clickToPaint,
    filterToRepaint,
    forcedRepaint: forced,
    heapAfterFirstCycle: NaN,
    heapAfterCycles: NaN,
    heapGrowth: NaN,
    domNodesGrowth: NaN,
    listenersGrowth: NaN,
  };
  if (!options.heavy) return { screen, app };

  app.search = await measureSearch(page, options.search, () => waitMapIdle(page, holder));

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
  app.heapAfterFirstCycle = heap(before);
  app.heapAfterCycles = heap(after);
  app.heapGrowth = heap(after) - heap(before);
  app.domNodesGrowth = (after.Nodes ?? NaN) - (before.Nodes ?? NaN);
  app.listenersGrowth = (after.JSEventListeners ?? NaN) - (before.JSEventListeners ?? NaN);
  if (withExport) app.export = await measureExport(browser, page);
  return { screen, app };
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
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: options.throttle });
    const cast = await startScreencast(cdp);
    const load = await measureLoad(page, cdp, cast, server, id, url, options.places);
    const result: RunResult = { page: id, throttle: options.throttle, load, errors };
    if (isApp(id)) {
      const measured = await measureApp(
        browser,
        page,
        cdp,
        cast,
        id,
        options,
        options.heavy && options.export && id === 'app',
      );
      result.screen = measured.screen;
      result.app = measured.app;
    } else if (id === 'maplibre' || id === 'maplibreHidden') {
      result.forcedRepaint = [];
      result.screen = await measureScreen(page, id, cast, options, {
        beforeFilter: async () => {
          result.forcedRepaint!.push(await forcedRepaint(page, 'bench'));
          await waitMapIdle(page, 'bench');
        },
      });
    }
    await cast.stop();
    return result;
  } finally {
    await context.close();
  }
}

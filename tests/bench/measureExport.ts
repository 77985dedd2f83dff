/**
 * The export rows: a 1920×1080 slide at 2× (3840×2160 px) made through the app, as a user makes
 * one. The export dialog is opened with its button; it shows a preview and prepares the full-size
 * render while the user looks at it, and says so (`data-export-state="ready"` on the dialog). Then
 * Download: the PNG made by the hook the open dialog exposes (`window.pilotAtlas.exportPng`,
 * src/lib/export/testHook.ts, which makes what Download PNG makes) with the dialog's own default
 * title, timed from the call to the blob. Both are rows: the preparation (dialog open → ready) is
 * not hidden.
 *
 * The baseline is a bare `canvas.toBlob` of the same size in the same page, right after. The bare
 * canvas holds the export's own pixels (the PNG decoded and drawn back): PNG encoding time depends
 * on the content (flat colour compresses fast, noise slowly), so encoding the very image the
 * export produced is the one baseline that costs the encoder exactly what the export's final step
 * costs. The draw is flushed (getImageData) before the clock starts, so the baseline is the encode
 * alone.
 *
 * The longest main-thread task comes from a Chromium trace ('toplevel' RunTask events on the
 * page's main thread, between two marks) taken around each, so it sees tasks of any length, not
 * only the ≥ 50 ms ones a 'longtask' observer reports.
 */
import type { Browser, Page } from 'playwright-core';

export const EXPORT_SIZE = { width: 1920, height: 1080, scale: 2 } as const;

export interface ExportResult {
  /** Export button clicked → the dialog says the full-size image is ready, ms. */
  prepareMs: number;
  /** Longest task on the page's main thread from the click to ready, ms. */
  prepareLongestTaskMs: number | null;
  /** Download once ready: hook call → PNG blob, ms. */
  totalMs: number;
  /** Longest task on the page's main thread while the export ran, ms. */
  longestTaskMs: number | null;
  /** Whether the hook encoded the prepared render (`source` of its result) rather than rendering anew. */
  fromPrepared: boolean;
  /** canvas.toBlob('image/png') of the same pixels, ms, and its longest main-thread task. */
  bareToBlobMs: number;
  bareLongestTaskMs: number | null;
  pngBytes: number;
  pixels: { width: number; height: number };
  /** The export's own step timings, as the hook reports them (if it does). */
  steps: Record<string, number> | null;
}

interface TraceEvent {
  ph: string;
  name: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
}

const TASKS = new Set(['ThreadControllerImpl::RunTask', 'RunTask']);

/**
 * The longest task that overlaps the span between two User Timing marks, on the thread that made
 * them (the page's main thread), ms. The window matters: starting a trace itself blocks the
 * renderer for a while, and that task is in the trace too.
 */
export function longestTaskBetween(trace: Buffer, start: string, end: string): number | null {
  const events = (JSON.parse(trace.toString('utf8')) as { traceEvents?: TraceEvent[] }).traceEvents;
  const from = events?.find((e) => e.name === start);
  const to = events?.find((e) => e.name === end);
  if (!events || !from || !to) return null;
  let longest: number | null = null;
  for (const e of events) {
    if (e.ph !== 'X' || !TASKS.has(e.name) || e.dur === undefined) continue;
    if (e.pid !== from.pid || e.tid !== from.tid) continue;
    if (e.ts < to.ts && e.ts + e.dur > from.ts) longest = Math.max(longest ?? 0, e.dur / 1000);
  }
  return longest;
}

/** Runs `work` in a Chromium trace; `work` marks `bench:start` and `bench:end` in the page. */
async function traced<T>(
  browser: Browser,
  page: Page,
  work: () => Promise<T>,
): Promise<{ value: T; longest: number | null }> {
  await browser.startTracing(page, {
    categories: ['toplevel', 'blink.user_timing', '__metadata'],
  });
  let value: T;
  try {
    value = await work();
  } catch (error) {
    await browser.stopTracing().catch(() => {});
    throw error;
  }
  const trace = await browser.stopTracing();
  return { value, longest: longestTaskBetween(trace, 'bench:start', 'bench:end') };
}

/**
 * Marks `bench:start` when the Export button is pressed and `bench:end` when the dialog says its
 * image is ready (observed, not polled); `window.benchReady` resolves then, with the time between.
 */
function watchPreparation(page: Page): Promise<void> {
  return page.evaluate(() => {
    const w = window as unknown as { benchReady?: Promise<number> };
    w.benchReady = new Promise<number>((resolve) => {
      const button = [...document.querySelectorAll('button')].find(
        (b) => b.textContent?.trim() === 'Export',
      )!;
      let started = 0;
      button.addEventListener(
        'click',
        () => (started = performance.mark('bench:start').startTime),
        {
          capture: true,
          once: true,
        },
      );
      const observer = new MutationObserver(() => {
        if (!document.querySelector('[data-testid=export-dialog][data-export-state=ready]')) return;
        observer.disconnect();
        resolve(performance.mark('bench:end').startTime - started);
      });
      observer.observe(document.body, {
        subtree: true,
        childList: true,
        attributeFilter: ['data-export-state'],
      });
    });
  });
}

export async function measureExport(browser: Browser, page: Page): Promise<ExportResult> {
  // A slide as a user makes one: a place selected, then Export.
  await page.locator('[data-testid=place-list] li button').first().click();
  await watchPreparation(page);
  const prepared = await traced(browser, page, async () => {
    await page.getByRole('button', { name: 'Export', exact: true }).click();
    return page.evaluate(() => (window as unknown as { benchReady: Promise<number> }).benchReady);
  });
  await page.waitForFunction(
    () => 'exportPng' in ((window as { pilotAtlas?: object }).pilotAtlas ?? {}),
    undefined,
    { timeout: 30_000 },
  );
  const title = await page.getByTestId('export-title').inputValue();

  const exported = await traced(browser, page, () =>
    page.evaluate(
      async ({ size, title }) => {
        type Hook = (o: object) => Promise<{
          blob: Blob;
          timings?: Record<string, number>;
          source?: string;
        }>;
        const w = window as unknown as { pilotAtlas: { exportPng: Hook }; benchPng?: Blob };
        const started = performance.mark('bench:start').startTime;
        const result = await w.pilotAtlas.exportPng({ ...size, title });
        const totalMs = performance.mark('bench:end').startTime - started;
        w.benchPng = result.blob;
        return {
          totalMs,
          pngBytes: result.blob.size,
          steps: result.timings ?? null,
          fromPrepared: result.source === 'prepared',
        };
      },
      { size: EXPORT_SIZE, title },
    ),
  );

  const pixels = await page.evaluate(async () => {
    const w = window as unknown as { benchPng: Blob; benchCanvas?: HTMLCanvasElement };
    const bitmap = await createImageBitmap(w.benchPng);
    const canvas = (w.benchCanvas = document.createElement('canvas'));
    canvas.width = bitmap.width;
    canvas.height = bitmap.height;
    const ctx = canvas.getContext('2d')!;
    ctx.drawImage(bitmap, 0, 0);
    ctx.getImageData(0, 0, 1, 1);
    bitmap.close();
    return { width: canvas.width, height: canvas.height };
  });
  const bare = await traced(browser, page, () =>
    page.evaluate(async () => {
      const canvas = (window as unknown as { benchCanvas: HTMLCanvasElement }).benchCanvas;
      const started = performance.mark('bench:start').startTime;
      await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
      return performance.mark('bench:end').startTime - started;
    }),
  );

  if (!exported.value.fromPrepared)
    console.warn('bench: the export was rendered anew, not from the dialog’s prepared render');
  return {
    prepareMs: prepared.value,
    prepareLongestTaskMs: prepared.longest,
    totalMs: exported.value.totalMs,
    longestTaskMs: exported.longest,
    fromPrepared: exported.value.fromPrepared,
    bareToBlobMs: bare.value,
    bareLongestTaskMs: bare.longest,
    pngBytes: exported.value.pngBytes,
    pixels,
    steps: exported.value.steps,
  };
}

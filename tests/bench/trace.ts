/**
 * `--trace`: a Chromium trace (Playwright's `browser.startTracing`: the DevTools timeline
 * categories, JS samples and the screenshots filmstrip) of one app load and one click on a marker,
 * saved under the build folder for Chrome DevTools' Performance panel or ui.perfetto.dev, and
 * summarised: busy time by thread and the longest main-thread tasks, for the load and the click.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import {
  clickAndWaitForFigure,
  openContext,
  type PageId,
  type PlacePoint,
  waitForMark,
  waitMapIdle,
} from './measure.ts';

export interface TraceEvent {
  ph: string;
  name: string;
  cat?: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  args?: { name?: string };
}

/**
 * Playwright's default categories (the DevTools timeline, JS samples), and what the GPU process
 * and the compositors do: on software WebGL a frame's cost shows up there (`gpu`, `viz`, `cc`:
 * e.g. SkiaOutputSurfaceImplOnGpu::SwapBuffers, where SwiftShader draws the map).
 */
const CATEGORIES = [
  '-*',
  'devtools.timeline',
  'v8.execute',
  'disabled-by-default-devtools.timeline',
  'disabled-by-default-devtools.timeline.frame',
  'toplevel',
  'blink.console',
  'blink.user_timing',
  'latencyInfo',
  'disabled-by-default-devtools.timeline.stack',
  'disabled-by-default-v8.cpu_profiler',
  'disabled-by-default-v8.cpu_profiler.hires',
  'gpu',
  'viz',
  'cc',
] as const;

const TASKS = new Set(['ThreadControllerImpl::RunTask', 'RunTask']);
/** Events that only wrap others: not what a task spends its time on. */
const WRAPPERS = new Set([
  ...TASKS,
  'LatencyInfo.Flow',
  'BlinkScheduler_PerformMicrotaskCheckpoint',
  'ThreadController::ExecuteTask',
]);

export interface TraceWindow {
  what: string;
  /** Length of the window, ms. */
  ms: number;
  /** Top-level task time per thread ("CrRendererMain", "DedicatedWorker thread", …), ms. */
  busyByThread: { thread: string; ms: number }[];
  /** The page's main thread: its longest tasks, with the longest event inside each. */
  longestTasks: { atMs: number; ms: number; inside: string }[];
}

/**
 * Busy time by thread, and the main thread's longest tasks, between two trace events (the
 * thread of `from` is the page's main thread).
 */
export function summarizeWindow(
  events: TraceEvent[],
  what: string,
  from: TraceEvent,
  to: TraceEvent,
): TraceWindow {
  const names = new Map<string, string>();
  for (const e of events)
    if (e.ph === 'M' && e.name === 'thread_name' && e.args?.name)
      names.set(`${e.pid}:${e.tid}`, e.args.name);
  const inWindow = (e: TraceEvent) =>
    e.ph === 'X' && e.dur !== undefined && e.ts < to.ts && e.ts + e.dur > from.ts;
  const clipped = (e: TraceEvent) => Math.min(e.ts + e.dur!, to.ts) - Math.max(e.ts, from.ts);
  const busy = new Map<string, number>();
  const tasks: TraceEvent[] = [];
  // Tasks nest (RunTask inside ThreadControllerImpl::RunTask): only the outermost count.
  const end = new Map<string, number>();
  const sorted = events.filter((e) => TASKS.has(e.name) && inWindow(e)).sort((a, b) => a.ts - b.ts);
  for (const e of sorted) {
    const key = `${e.pid}:${e.tid}`;
    if (e.ts < (end.get(key) ?? -Infinity)) continue;
    end.set(key, e.ts + e.dur!);
    const thread = names.get(key) ?? `thread ${e.tid}`;
    busy.set(thread, (busy.get(thread) ?? 0) + clipped(e) / 1000);
    if (e.pid === from.pid && e.tid === from.tid) tasks.push(e);
  }
  const longest = tasks.sort((a, b) => b.dur! - a.dur!).slice(0, 6);
  /** The three longest kinds of event inside a task (by their longest event). */
  const inside = (task: TraceEvent) => {
    const byName = new Map<string, number>();
    for (const e of events)
      if (
        e.ph === 'X' &&
        e.pid === task.pid &&
        e.tid === task.tid &&
        !WRAPPERS.has(e.name) &&
        e.ts >= task.ts &&
        e.ts + (e.dur ?? 0) <= task.ts + task.dur!
      )
        byName.set(e.name, Math.max(byName.get(e.name) ?? 0, e.dur! / 1000));
    const top = [...byName].sort((a, b) => b[1] - a[1]).slice(0, 3);
    return top.length ? top.map(([name, ms]) => `${name} ${ms.toFixed(0)}`).join(', ') : '–';
  };
  return {
    what,
    ms: (to.ts - from.ts) / 1000,
    busyByThread: [...busy]
      .map(([thread, ms]) => ({ thread, ms }))
      .sort((a, b) => b.ms - a.ms)
      .slice(0, 8),
    longestTasks: longest.map((t) => ({
      atMs: (t.ts - from.ts) / 1000,
      ms: t.dur! / 1000,
      inside: inside(t),
    })),
  };
}

export function traceLines(trace: { path: string; windows: TraceWindow[] }): string[] {
  const ms = (v: number) => v.toFixed(0);
  return [
    `Trace of one app load and one click (\`--trace\`): ${trace.path}`,
    ...trace.windows.map(
      (w) =>
        `${w.what} (${ms(w.ms)} ms): top-level task time by thread (all processes) ${w.busyByThread.map((b) => `${b.thread} ${ms(b.ms)} ms`).join(', ')}; longest main-thread tasks (start, length ms; longest events inside, ms): ${w.longestTasks.map((t) => `+${ms(t.atMs)} ${ms(t.ms)} ms (${t.inside})`).join('; ')}`,
    ),
  ];
}

/** One traced load of the app (navigation → first idle) and one click on a marker (the pointer
 * on it and the page settled first) → figure shown. */
export async function traceApp(
  browser: Browser,
  id: PageId,
  url: string,
  places: PlacePoint[],
  outDir: string,
): Promise<{ path: string; windows: TraceWindow[] }> {
  const { context, page } = await openContext(browser);
  try {
    // The same origin first, so that the traced renderer is the one the app loads in.
    await page.goto(new URL('/bench-blank', url).href);
    await browser.startTracing(page, { screenshots: true, categories: [...CATEGORIES] });
    let trace: Buffer;
    try {
      await page.evaluate(() => performance.mark('bench:trace-start'));
      await page.goto(url, { waitUntil: 'commit' });
      await waitForMark(page, 'pilot-atlas:idle');
      await waitMapIdle(page, 'pilotAtlas');
      await clickAndWaitForFigure(page, id, places, () =>
        page.evaluate(() => void performance.mark('bench:click-start')),
      );
      await waitMapIdle(page, 'pilotAtlas');
      await page.evaluate(() => performance.mark('bench:click-end'));
    } finally {
      trace = await browser.stopTracing();
    }
    const dir = join(outDir, 'traces');
    mkdirSync(dir, { recursive: true });
    const path = join(
      dir,
      `${id}-load-click-${new Date().toISOString().replace(/[:.]/g, '-')}.json`,
    );
    writeFileSync(path, trace);
    const events = (JSON.parse(trace.toString('utf8')) as { traceEvents: TraceEvent[] })
      .traceEvents;
    const mark = (name: string) => events.find((e) => e.name === name);
    const windows: TraceWindow[] = [];
    const nav = events.find(
      (e) => e.name === 'navigationStart' && e.ts > (mark('bench:trace-start')?.ts ?? 0),
    );
    const idle = mark('pilot-atlas:idle');
    const clickStart = mark('bench:click-start');
    const clickEnd = mark('bench:click-end');
    if (nav && idle) {
      // navigationStart may come from the browser side: the main thread is the idle mark's.
      windows.push(
        summarizeWindow(
          events,
          'Load, navigation → first idle',
          { ...nav, pid: idle.pid, tid: idle.tid },
          idle,
        ),
      );
    }
    if (clickStart && clickEnd)
      windows.push(
        summarizeWindow(
          events,
          'Click on a marker → figure visible and map idle',
          clickStart,
          clickEnd,
        ),
      );
    return { path, windows };
  } finally {
    await context.close();
  }
}

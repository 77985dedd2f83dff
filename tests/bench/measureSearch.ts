/**
 * Search latency: real keystrokes in the place list's search box, one at a time with the map idle
 * in between, typing a query and then deleting it with Backspace (the list shrinks, then grows
 * back to every place).
 *
 * - keystroke → list updated: the app's `pilot-atlas:search` mark (the box's `beforeinput` event) to its
 *   `pilot-atlas:listed` mark (the list's DOM updated), i.e. the filtering, sorting and DOM work.
 * - keystroke → next paint: the Event Timing duration of the keystroke (key down → the next frame
 *   presented), which also holds the map's repaint. Event Timing reports nothing under 16 ms, so
 *   a keystroke without an entry counts as 16 ms, an upper bound.
 */
import type { Page } from 'playwright-core';

export interface SearchResult {
  /** One per keystroke, ms. */
  toList: number[];
  toPaint: number[];
}

/** Event Timing's smallest reporting threshold. */
const EVENT_TIMING_FLOOR = 16;

export async function measureSearch(
  page: Page,
  query: string,
  waitIdle: () => Promise<void>,
): Promise<SearchResult> {
  const box = page.getByRole('searchbox', { name: 'Search names and excerpts' });
  await box.focus();
  const keys = [...query, ...[...query].map(() => 'Backspace')];
  const toList: number[] = [];
  const toPaint: number[] = [];
  for (const key of keys) {
    await waitIdle();
    await page.evaluate(() => {
      const w = window as unknown as {
        benchKeys?: PerformanceEventTiming[];
        benchKeyObserver?: PerformanceObserver;
      };
      const entries: PerformanceEventTiming[] = (w.benchKeys = []);
      w.benchKeyObserver?.disconnect();
      w.benchKeyObserver = new PerformanceObserver((list) => {
        entries.push(...(list.getEntries() as PerformanceEventTiming[]));
      });
      w.benchKeyObserver.observe({
        type: 'event',
        durationThreshold: 16,
      } as PerformanceObserverInit);
      performance.clearMarks('pilot-atlas:search');
      performance.clearMarks('pilot-atlas:listed');
    });
    await page.keyboard.press(key);
    const sample = await page.evaluate(
      () =>
        new Promise<{ list: number; paint: number | null }>((resolve, reject) => {
          const w = window as unknown as { benchKeys?: PerformanceEventTiming[] };
          const frame = () => new Promise((r) => requestAnimationFrame(r));
          const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));
          const timer = setTimeout(() => reject(new Error('no pilot-atlas:listed mark')), 30_000);
          const check = () => {
            const search = performance.getEntriesByName('pilot-atlas:search', 'mark')[0];
            const listed = performance
              .getEntriesByName('pilot-atlas:listed', 'mark')
              .find((m) => search && m.startTime >= search.startTime);
            if (!search || !listed) return false;
            clearTimeout(timer);
            // Event Timing entries arrive once the next frame is presented, which can take long
            // on a busy machine; a keystroke under 16 ms has none.
            void (async () => {
              const typed = () =>
                (w.benchKeys ?? []).filter((e) =>
                  ['keydown', 'keypress', 'beforeinput', 'input'].includes(e.name),
                );
              await frame();
              await frame();
              for (let waited = 0; !typed().length && waited < 3000; waited += 50) await wait(50);
              resolve({
                list: listed.startTime - search.startTime,
                paint: typed().length ? Math.max(...typed().map((e) => e.duration)) : null,
              });
            })();
            return true;
          };
          if (check()) return;
          const observer = new PerformanceObserver(() => {
            if (check()) observer.disconnect();
          });
          observer.observe({ type: 'mark' });
        }),
    );
    toList.push(sample.list);
    toPaint.push(sample.paint ?? EVENT_TIMING_FLOOR);
  }
  return { toList, toPaint };
}

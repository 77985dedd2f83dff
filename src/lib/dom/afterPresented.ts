import { afterNextPaint } from './afterNextPaint';

/** How long to wait for an input's Event Timing report before giving up on it, ms. */
export const PRESENTED_TIMEOUT = 600;

/**
 * Runs `run` once the frame that shows what the page changed just now is on screen, as far as the
 * page can tell. When the change is an input's answer (made in the task that handles a click or a
 * key), Event Timing reports that input once the frame after it has been presented: `run` waits
 * for the report. Otherwise, or where Event Timing is missing, it runs after the next paint
 * (afterNextPaint).
 *
 * Why not afterNextPaint alone: with software WebGL (SwiftShader) the GPU process draws a frame
 * only once the page's frame has been handed over, and a WebGL draw submitted before that frame's
 * swap makes the swap wait for it: hundreds of ms in which the answer is not on screen.
 * Returns a cancel function (for an effect's teardown).
 */
export function afterPresented(run: () => void): () => void {
  const since = performance.now();
  if (!handlingInput || typeof PerformanceObserver === 'undefined') return afterNextPaint(run);
  let done = false;
  const observer = new PerformanceObserver((list) => {
    // The input being handled when the change was made: it began before and ended after.
    const entries = list.getEntries() as PerformanceEventTiming[];
    if (entries.some((e) => e.startTime <= since && e.processingEnd >= since)) finish();
  });
  const finish = () => {
    if (done) return;
    done = true;
    cancel();
    run();
  };
  // An input answered within 16 ms (Event Timing's smallest threshold) is not reported: by then
  // its frame is long out.
  const timer = setTimeout(finish, PRESENTED_TIMEOUT);
  const cancel = () => {
    done = true;
    observer.disconnect();
    clearTimeout(timer);
  };
  try {
    observer.observe({ type: 'event', durationThreshold: 16 } as PerformanceObserverInit);
  } catch {
    cancel();
    return afterNextPaint(run);
  }
  return cancel;
}

/** Whether the task running now handles an input: set as it is dispatched, cleared after it. */
let handlingInput = false;
const INPUTS = ['pointerdown', 'keydown', 'click'] as const;
if (typeof addEventListener === 'function')
  for (const type of INPUTS)
    addEventListener(
      type,
      () => {
        if (handlingInput) return;
        handlingInput = true;
        setTimeout(() => (handlingInput = false), 0);
      },
      { capture: true, passive: true },
    );

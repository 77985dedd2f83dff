// Browser-only: long work split into tasks, so that the page keeps answering input while it runs.

/** Lets the page paint and handle input before going on. */
export const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** The longest one task of an export may run before the page gets a turn. */
const SLICE_MS = 30;

/**
 * Runs `work` piece by piece (a piece ends at each `yield`), giving the page a turn whenever a
 * slice has taken SLICE_MS. `afterEach` runs after every piece, inside the slice.
 */
export async function sliced(work: Iterator<void>, afterEach?: () => void): Promise<void> {
  let start = performance.now();
  while (!work.next().done) {
    afterEach?.();
    if (performance.now() - start < SLICE_MS) continue;
    await nextTask();
    start = performance.now();
  }
}

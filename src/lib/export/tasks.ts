// Browser-only: long work split into tasks, so that the page keeps answering input while it runs.

/** Lets the page paint and handle input before going on. */
export const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** The longest one task of an export may run before the page gets a turn. */
const SLICE_MS = 30;

/**
 * Runs `work` piece by piece (a piece ends at each `yield`), giving the page a turn whenever a
 * slice has taken SLICE_MS. `afterEach` runs after every piece, inside the slice. Stops with the
 * signal's reason at the first turn after `signal` aborts.
 */
export async function sliced(
  work: Iterator<void>,
  afterEach?: () => void,
  signal?: AbortSignal,
): Promise<void> {
  signal?.throwIfAborted();
  let start = performance.now();
  while (!work.next().done) {
    afterEach?.();
    if (performance.now() - start < SLICE_MS) continue;
    await nextTask();
    signal?.throwIfAborted();
    start = performance.now();
  }
}

/** Whether an error is an abort (work superseded by newer options), not a failure. */
export const isAbort = (error: unknown) =>
  error instanceof DOMException && error.name === 'AbortError';

import { type UrlState, encodeUrlState } from './urlState';

/**
 * How a change of state reaches the address bar: a new selection, or opening or closing a
 * document, is a new history entry; a
 * change of the search alone waits for typing to pause (history.replaceState costs a few ms to
 * tens of ms, on every keystroke); any other change replaces the entry at once.
 */
export type UrlWrite = 'none' | 'push' | 'replace' | 'replace-after-typing';

export function urlWriteFor(before: UrlState, after: UrlState): UrlWrite {
  const url = encodeUrlState(after);
  if (url === encodeUrlState(before)) return 'none';
  if (after.place !== before.place) return 'push';
  // Opening or closing the reading view is a step of its own: Back returns to where the user was.
  if (after.doc !== before.doc) return 'push';
  return url === encodeUrlState({ ...before, search: after.search })
    ? 'replace-after-typing'
    : 'replace';
}

/** How long typing must pause before the search reaches the address bar, ms. */
export const TYPING_PAUSE = 300;

interface Timers {
  setTimeout(run: () => void, ms: number): unknown;
  clearTimeout(id: unknown): void;
}

/**
 * Holds back one write until `delay` ms pass without another; a write that cannot wait first does
 * the held one (so history keeps it), and `flush` does it at once (the page is being left, or the
 * user may be about to copy the address).
 */
export class HeldWrite {
  #held: (() => void) | null = null;
  #timer: unknown;

  constructor(
    private readonly delay: number,
    private readonly timers: Timers = globalThis,
  ) {}

  later(write: () => void): void {
    this.cancel();
    this.#held = write;
    this.#timer = this.timers.setTimeout(() => this.flush(), this.delay);
  }

  now(write: () => void): void {
    this.flush();
    write();
  }

  flush(): void {
    const held = this.#held;
    this.cancel();
    held?.();
  }

  cancel(): void {
    if (this.#held) this.timers.clearTimeout(this.#timer);
    this.#held = null;
  }
}

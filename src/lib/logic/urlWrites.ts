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

/** Runs `run` at some later moment; returns a function that cancels it. */
export type Schedule = (run: () => void) => () => void;

/**
 * Holds back one write: until `delay` ms pass without another (`later`), or until a moment of the
 * caller's choosing (`until`). A write that cannot wait first does the held one (so history keeps
 * it); a later `later` replaces a held `later` (both replace one entry) but does a held `until`
 * first; `flush` does the held one at once (the page is being left, or the user may be about to
 * copy the address).
 */
export class HeldWrite {
  #held: (() => void) | null = null;
  #stop: (() => void) | null = null;
  #replaceable = false;

  constructor(
    private readonly delay: number,
    private readonly timers: Timers = globalThis,
  ) {}

  later(write: () => void): void {
    this.#hold(write, true, (run) => {
      const id = this.timers.setTimeout(run, this.delay);
      return () => this.timers.clearTimeout(id);
    });
  }

  until(write: () => void, schedule: Schedule): void {
    this.#hold(write, false, schedule);
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
    this.#stop?.();
    this.#held = null;
    this.#stop = null;
  }

  #hold(write: () => void, replaceable: boolean, schedule: Schedule): void {
    if (replaceable && this.#replaceable) this.cancel();
    else this.flush();
    this.#held = write;
    this.#replaceable = replaceable;
    const stop = schedule(() => {
      if (this.#held === write) this.flush();
    });
    if (this.#held === write) this.#stop = stop;
  }
}

import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

type Listener = (event: { timeStamp: number }) => void;
type Report = (list: { getEntries: () => Partial<PerformanceEventTiming>[] }) => void;

describe('afterPresented', () => {
  let now: number;
  let frames: (() => void)[];
  let listeners: Map<string, Listener>;
  let observers: { report: Report; observing: boolean }[];

  beforeEach(() => {
    vi.resetModules();
    vi.useFakeTimers();
    now = 1000;
    frames = [];
    listeners = new Map();
    observers = [];
    vi.stubGlobal('performance', { now: () => now });
    vi.stubGlobal('requestAnimationFrame', (run: () => void) => frames.push(run));
    vi.stubGlobal('cancelAnimationFrame', (id: number) => (frames[id - 1] = () => {}));
    vi.stubGlobal('addEventListener', (type: string, listener: Listener) =>
      listeners.set(type, listener),
    );
    vi.stubGlobal(
      'PerformanceObserver',
      class {
        entry: { report: Report; observing: boolean };
        constructor(report: Report) {
          this.entry = { report, observing: false };
          observers.push(this.entry);
        }
        observe() {
          this.entry.observing = true;
        }
        disconnect() {
          this.entry.observing = false;
        }
      },
    );
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  const load = async () => (await import('../../src/lib/dom/afterPresented')).afterPresented;
  const frame = () => frames.splice(0).forEach((run) => run());
  /** An input event reaching the page at `at`. */
  const input = (type: string, at: number) => listeners.get(type)!({ timeStamp: at });
  /** The task that handled the input is over. */
  const nextTask = () => vi.advanceTimersByTime(0);
  /** Event Timing reports an input (after the frame that followed it was presented). */
  const report = (entry: Partial<PerformanceEventTiming>) => {
    for (const o of observers) if (o.observing) o.report({ getEntries: () => [entry] });
  };

  it('without an input being handled, runs after the next paint', async () => {
    const afterPresented = await load();
    const run = vi.fn();
    afterPresented(run);
    frame();
    vi.advanceTimersByTime(0);
    expect(run).toHaveBeenCalledOnce();
  });

  it("answering a click, waits for the click's report, not for the next paint", async () => {
    const afterPresented = await load();
    input('pointerdown', 990);
    input('click', 995);
    const run = vi.fn();
    afterPresented(run);
    frame();
    vi.advanceTimersByTime(100);
    expect(run, 'after the next paint').not.toHaveBeenCalled();
    // The press's own report (its frame came before the change) is not the answer's.
    report({ name: 'pointerdown', startTime: 990, processingEnd: 992 });
    expect(run, "after the press's report").not.toHaveBeenCalled();
    report({ name: 'click', startTime: 995, processingEnd: 1010 });
    expect(run).toHaveBeenCalledOnce();
    vi.runAllTimers();
    expect(run).toHaveBeenCalledOnce();
  });

  it('a change in a later task than the input (code that arrived since) runs after the next paint', async () => {
    const afterPresented = await load();
    input('click', 995);
    nextTask();
    const run = vi.fn();
    afterPresented(run);
    frame();
    vi.advanceTimersByTime(0);
    expect(run).toHaveBeenCalledOnce();
  });

  it('runs at the latest after PRESENTED_TIMEOUT when no report comes', async () => {
    const afterPresented = await load();
    const { PRESENTED_TIMEOUT } = await import('../../src/lib/dom/afterPresented');
    input('keydown', 999);
    const run = vi.fn();
    afterPresented(run);
    vi.advanceTimersByTime(PRESENTED_TIMEOUT - 1);
    expect(run).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(run).toHaveBeenCalledOnce();
  });

  it.each([
    ['an input', true],
    ['no input', false],
  ])('cancelled (%s), never runs', async (_, withInput) => {
    const afterPresented = await load();
    if (withInput) input('click', 995);
    const run = vi.fn();
    const cancel = afterPresented(run);
    cancel();
    frame();
    report({ name: 'click', startTime: 995, processingEnd: 1010 });
    vi.runAllTimers();
    expect(run).not.toHaveBeenCalled();
  });
});

import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { afterNextPaint } from '../../src/lib/dom/afterNextPaint';

describe('afterNextPaint', () => {
  let frames: (() => void)[];
  beforeEach(() => {
    vi.useFakeTimers();
    frames = [];
    vi.stubGlobal('requestAnimationFrame', (run: () => void) => frames.push(run));
    vi.stubGlobal('cancelAnimationFrame', (id: number) => (frames[id - 1] = () => {}));
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });
  const frame = () => frames.splice(0).forEach((run) => run());

  it('runs after the next frame, not in it', () => {
    const run = vi.fn();
    afterNextPaint(run);
    vi.runAllTimers();
    expect(run, 'before the frame').not.toHaveBeenCalled();
    frame();
    expect(run, 'in the frame').not.toHaveBeenCalled();
    vi.runAllTimers();
    expect(run).toHaveBeenCalledOnce();
  });

  it.each([
    ['before the frame', () => {}],
    ['after the frame', () => frame()],
  ])('cancelled %s, never runs', (_, before) => {
    const run = vi.fn();
    const cancel = afterNextPaint(run);
    before();
    cancel();
    frame();
    vi.runAllTimers();
    expect(run).not.toHaveBeenCalled();
  });
});

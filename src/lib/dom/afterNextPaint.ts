/**
 * Runs `run` once the next frame has been produced: after that frame's animation-frame callbacks,
 * style, layout and paint (a task queued from its requestAnimationFrame callback runs once the frame
 * is handed to the compositor). Work that would only delay that frame — redrawing the WebGL map,
 * scrolling a list — waits here, so what a click shows first is drawn first.
 * Returns a cancel function (for an effect's teardown).
 */
export function afterNextPaint(run: () => void): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const frame = requestAnimationFrame(() => {
    timer = setTimeout(run, 0);
  });
  return () => {
    cancelAnimationFrame(frame);
    clearTimeout(timer);
  };
}

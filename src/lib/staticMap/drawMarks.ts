import { type Context2D, drawShape } from '../cartography/draw';
import { leaderShape, type PlaceMark } from '../cartography/marks';
import { markerShapes } from '../cartography/markers';
import type { Palette } from '../cartography/palette';

/**
 * Draws the still map's markers, in their drawing order, then the leader lines and labels onto a
 * transparent canvas over the basemap. On a canvas rather than as SVG: at 3,000 places the
 * circles' elements took ~0.7 s of the main thread before the first paint, and their raster the
 * GPU process's time; the labels' text, laid out again when the web font arrived, delayed the live
 * map's start by ~0.2 s more.
 */
export function drawMarks(
  canvas: HTMLCanvasElement,
  marks: readonly PlaceMark[],
  size: { width: number; height: number; ratio: number },
  c: Palette,
): void {
  const width = Math.round(size.width * size.ratio);
  const height = Math.round(size.height * size.ratio);
  if (canvas.width !== width) canvas.width = width;
  if (canvas.height !== height) canvas.height = height;
  // On the CPU, as the basemap (see drawBasemap.ts).
  const ctx = canvas.getContext('2d', { willReadFrequently: true });
  if (!ctx) return;
  ctx.setTransform(1, 0, 0, 1, 0, 0);
  ctx.clearRect(0, 0, width, height);
  ctx.setTransform(size.ratio, 0, 0, size.ratio, 0, 0);
  for (const mark of marks)
    for (const shape of markerShapes(mark.x, mark.y, mark.marker, c)) drawShape(ctx, shape);
  drawPlaceLabels(ctx, marks, c);
}

/** The leader lines, then the labels, of placed marks (the still map's, the printed map's). */
export function drawPlaceLabels(ctx: Context2D, marks: readonly PlaceMark[], c: Palette): void {
  for (const mark of marks) {
    const leader = leaderShape(mark, c);
    if (leader) drawShape(ctx, leader);
  }
  for (const { label } of marks) if (label) drawShape(ctx, { kind: 'text', block: label });
}

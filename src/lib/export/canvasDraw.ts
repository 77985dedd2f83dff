import { type Context2D, drawShape } from '../cartography/draw';
import type { MapPart } from './mapParts';

/**
 * Draws the map part of an export, clipped to its area, piece by piece: it yields after each
 * piece, so that the caller may let the page run between pieces. `ctx` is scaled so that one unit
 * is one CSS px of the export.
 */
export function* drawMap(ctx: Context2D, map: MapPart): Generator<void, void, undefined> {
  const { x, y, width, height } = map.area;
  ctx.save();
  ctx.beginPath();
  ctx.rect(x, y, width, height);
  ctx.clip();
  ctx.fillStyle = map.sea;
  ctx.fillRect(x, y, width, height);
  yield;
  for (const layer of map.layers) {
    ctx.lineJoin = layer.lineJoin ?? 'miter';
    ctx.lineCap = layer.lineCap ?? 'butt';
    // Each path filled then outlined, in turn, as the SVG draws its <path>s.
    for (const { d, fill, strokeWidth } of layer.paths) {
      const path = new Path2D(d);
      if (layer.fill) {
        ctx.fillStyle = fill ?? layer.fill;
        ctx.fill(path, 'evenodd');
      }
      if (layer.stroke) {
        ctx.strokeStyle = layer.stroke;
        ctx.lineWidth = strokeWidth ?? layer.strokeWidth;
        ctx.stroke(path);
      }
      yield;
    }
  }
  for (const name of map.provinceNames) drawShape(ctx, { kind: 'text', block: name.block });
  yield;
  for (const place of map.places) for (const shape of place.shapes) drawShape(ctx, shape);
  yield;
  for (const leader of map.leaders) drawShape(ctx, leader.line);
  for (const label of map.labels) drawShape(ctx, { kind: 'text', block: label.block });
  ctx.restore();
}

import { drawCircle } from './drawCircle';
import type { MapPart } from './mapParts';
import { drawText } from './drawText';
import type { Shape } from './shapes';

/** A canvas's 2D context, on the page or off it. */
export type Context2D = CanvasRenderingContext2D | OffscreenCanvasRenderingContext2D;

/** Draws one overlay shape; `ctx` is scaled so that one unit is one CSS px of the export. */
export function drawShape(ctx: Context2D, shape: Shape) {
  ctx.save();
  switch (shape.kind) {
    case 'rect': {
      const { x, y, width, height } = shape.rect;
      ctx.beginPath();
      if (shape.radius) ctx.roundRect(x, y, width, height, shape.radius);
      else ctx.rect(x, y, width, height);
      ctx.globalAlpha = shape.opacity ?? 1;
      ctx.fillStyle = shape.fill;
      ctx.fill();
      if (shape.stroke) {
        ctx.globalAlpha = 1;
        ctx.strokeStyle = shape.stroke;
        ctx.lineWidth = shape.strokeWidth ?? 1;
        ctx.stroke();
      }
      break;
    }
    case 'circle':
      drawCircle(ctx, shape);
      break;
    case 'line':
      ctx.beginPath();
      ctx.moveTo(shape.x1, shape.y1);
      ctx.lineTo(shape.x2, shape.y2);
      ctx.strokeStyle = shape.stroke;
      ctx.lineWidth = shape.width;
      ctx.lineCap = 'round';
      ctx.stroke();
      break;
    case 'text':
      drawText(ctx, shape.block);
      break;
  }
  ctx.restore();
}

/**
 * Draws the map part of an export, clipped to its area, piece by piece: it yields after each
 * piece, so that the caller may let the page run between pieces. `ctx` is scaled as for drawShape.
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
    ctx.lineWidth = layer.strokeWidth;
    ctx.lineJoin = layer.lineJoin ?? 'miter';
    ctx.strokeStyle = layer.stroke;
    // Each path filled then outlined, in turn, as the SVG draws its <path>s.
    for (const { d, fill } of layer.paths) {
      const path = new Path2D(d);
      ctx.fillStyle = fill ?? layer.fill;
      ctx.fill(path, 'evenodd');
      ctx.stroke(path);
      yield;
    }
  }
  for (const place of map.places) drawShape(ctx, place.circle);
  yield;
  for (const label of map.labels) drawShape(ctx, { kind: 'text', block: label.block });
  ctx.restore();
}

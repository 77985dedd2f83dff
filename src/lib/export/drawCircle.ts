import type { Context2D } from './canvasDraw';
import type { CircleShape } from './shapes';

/** Draws a filled and outlined circle (a marker): on the export's canvas and on the still map's. */
export function drawCircle(ctx: Context2D, shape: CircleShape): void {
  ctx.beginPath();
  ctx.arc(shape.cx, shape.cy, shape.r, 0, Math.PI * 2);
  ctx.globalAlpha = shape.opacity ?? 1;
  ctx.fillStyle = shape.fill;
  ctx.fill();
  ctx.globalAlpha = shape.strokeOpacity ?? 1;
  ctx.strokeStyle = shape.stroke;
  ctx.lineWidth = shape.strokeWidth;
  ctx.stroke();
}

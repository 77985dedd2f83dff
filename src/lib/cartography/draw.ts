import { FONT_FAMILY, type CircleShape, type Shape, type TextBlock } from './shapes';

/** Canvas drawing primitives: the still map's and the exports' canvases draw every shape here. */

/** A canvas's 2D context, on the page or off it. */
export type Context2D = CanvasRenderingContext2D | OffscreenCanvasRenderingContext2D;

/** CSS font shorthand for a block, e.g. `700 40px 'Noto Sans SC', sans-serif`. */
export function fontOf(size: number, weight: number): string {
  return `${weight} ${size}px ${FONT_FAMILY}`;
}

/** Draws a filled (unless 'none') and outlined circle. */
export function drawCircle(ctx: Context2D, shape: CircleShape): void {
  ctx.beginPath();
  ctx.arc(shape.cx, shape.cy, shape.r, 0, Math.PI * 2);
  if (shape.fill !== 'none') {
    ctx.globalAlpha = shape.opacity ?? 1;
    ctx.fillStyle = shape.fill;
    ctx.fill();
  }
  ctx.globalAlpha = shape.strokeOpacity ?? 1;
  ctx.strokeStyle = shape.stroke;
  ctx.lineWidth = shape.strokeWidth;
  ctx.stroke();
}

/** Draws a block of text, each line over its halo. */
export function drawText(ctx: Context2D, block: TextBlock): void {
  ctx.save();
  ctx.font = fontOf(block.size, block.weight);
  ctx.textBaseline = 'alphabetic';
  ctx.textAlign = block.align ?? 'left';
  ctx.globalAlpha = block.opacity ?? 1;
  if (block.letterSpacing) ctx.letterSpacing = `${block.letterSpacing}px`;
  block.lines.forEach((line, i) => {
    const y = block.y + i * block.lineHeight;
    if (block.halo) {
      ctx.strokeStyle = block.halo.color;
      ctx.lineWidth = block.halo.width * 2;
      ctx.lineJoin = 'round';
      ctx.strokeText(line, block.x, y);
    }
    ctx.fillStyle = block.fill;
    ctx.fillText(line, block.x, y);
  });
  ctx.restore();
}

/** Draws one shape; `ctx` is scaled so that one unit is one CSS px. */
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
      ctx.globalAlpha = shape.opacity ?? 1;
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

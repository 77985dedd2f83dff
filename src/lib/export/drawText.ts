import type { Context2D } from './canvasDraw';
import { FONT_FAMILY, type TextBlock } from './shapes';

/** CSS font shorthand for a block, e.g. `700 40px 'Noto Sans SC', sans-serif`. */
export function fontOf(size: number, weight: number): string {
  return `${weight} ${size}px ${FONT_FAMILY}`;
}

/** Draws a block of text, each line over its halo: on the export's canvas and the still map's. */
export function drawText(ctx: Context2D, block: TextBlock): void {
  ctx.save();
  ctx.font = fontOf(block.size, block.weight);
  ctx.textBaseline = 'alphabetic';
  ctx.textAlign = 'left';
  ctx.globalAlpha = block.opacity ?? 1;
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

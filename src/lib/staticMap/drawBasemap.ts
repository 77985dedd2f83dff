import type { Palette } from '../cartography/palette';
import type { StaticBasemap } from './basemap';

/**
 * Draws the static basemap once onto a canvas. A canvas, not SVG paths, and one drawn on the CPU
 * (`willReadFrequently`): on software WebGL, a GPU-rasterised still map (SVG paths or an
 * accelerated canvas) kept the GPU process busy while MapLibre needed it to start, for seconds.
 */
export function drawBasemap(
  canvas: HTMLCanvasElement,
  basemap: StaticBasemap,
  view: { tx: number; ty: number; k: number },
  size: { width: number; height: number; ratio: number },
  c: Palette,
  tinted: ReadonlySet<string>,
): void {
  canvas.width = Math.round(size.width * size.ratio);
  canvas.height = Math.round(size.height * size.ratio);
  const ctx = canvas.getContext('2d', { willReadFrequently: true, alpha: false });
  if (!ctx) return;
  ctx.setTransform(size.ratio, 0, 0, size.ratio, 0, 0);
  ctx.fillStyle = c.sea;
  ctx.fillRect(0, 0, size.width, size.height);
  ctx.translate(view.tx, view.ty);
  ctx.scale(view.k, view.k);
  ctx.lineJoin = 'round';
  const shape = (d: string, fill: string, stroke: string, width: number) => {
    const path = new Path2D(d);
    ctx.fillStyle = fill;
    ctx.fill(path, 'evenodd');
    ctx.strokeStyle = stroke;
    ctx.lineWidth = width / view.k;
    ctx.stroke(path);
  };
  shape(basemap.neighbours, c.neighbourLand, c.neighbourLine, 1);
  for (const { id, d } of basemap.provinces)
    shape(d, tinted.has(id) ? c.provinceTint : c.provinceFill, c.provinceLine, 0.7);
}

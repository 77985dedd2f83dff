/**
 * Reference (c): the floor. One 2D canvas draws the same basemap and places, from data inlined
 * in this script at build time (projected and simplified), at the app's camera: the physical lower
 * bound of the first pixels. Labels use the system's sans-serif (no web font to wait for).
 */
import { CHINA_BOUNDS } from '../../../src/lib/map/framing';
import { palette as c } from '../../../src/lib/cartography/palette';
import { benchMark, sizeMapContainer } from './common';
import { worldX, worldY } from './floorData';

const data = __BENCH_FLOOR__;
const container = document.getElementById('map')!;
sizeMapContainer(container);
const { width, height } = container.getBoundingClientRect();
const canvas = document.createElement('canvas');
const ratio = devicePixelRatio;
canvas.width = Math.round(width * ratio);
canvas.height = Math.round(height * ratio);
canvas.style.cssText = `width:${width}px;height:${height}px;display:block`;
container.append(canvas);

// MapLibre's fitBounds with 24 px of padding.
const [west, south, east, north] = CHINA_BOUNDS;
const [x0, x1, y0, y1] = [worldX(west), worldX(east), worldY(north), worldY(south)];
const scale = Math.min((width - 48) / (x1 - x0), (height - 48) / (y1 - y0));
const toX = (x: number) => (x - (x0 + x1) / 2) * scale + width / 2;
const toY = (y: number) => (y - (y0 + y1) / 2) * scale + height / 2;

const ctx = canvas.getContext('2d')!;
ctx.scale(ratio, ratio);
ctx.fillStyle = c.sea;
ctx.fillRect(0, 0, width, height);
const fillRings = (rings: number[][][], fill: string, line: string, lineWidth: number) => {
  const path = new Path2D();
  for (const ring of rings) {
    ring.forEach(([x, y], i) =>
      i ? path.lineTo(toX(x!), toY(y!)) : path.moveTo(toX(x!), toY(y!)),
    );
    path.closePath();
  }
  ctx.fillStyle = fill;
  ctx.fill(path, 'evenodd');
  ctx.strokeStyle = line;
  ctx.lineWidth = lineWidth;
  ctx.stroke(path);
};
fillRings(data.neighbours, c.neighbourLand, c.neighbourLine, 1);
for (const province of data.provinces)
  fillRings(province.rings, province.tinted ? c.provinceTint : c.provinceFill, c.provinceLine, 0.7);

const FILL = { red: c.redList, black: c.blackList, even: c.even, none: c.notReported };
const places = data.places.slice().sort((a, b) => b.radius - a.radius);
for (const p of places) {
  ctx.beginPath();
  ctx.arc(toX(p.x), toY(p.y), p.radius + 0.75, 0, 2 * Math.PI);
  ctx.fillStyle = FILL[p.fill];
  ctx.fill();
  ctx.lineWidth = 1.5;
  ctx.strokeStyle = c.markerStroke;
  ctx.stroke();
}
ctx.font = '12.5px sans-serif';
ctx.textBaseline = 'middle';
ctx.lineWidth = 3.2;
ctx.strokeStyle = c.labelHalo;
ctx.fillStyle = c.label;
for (const p of places) {
  ctx.strokeText(p.label, toX(p.x) + 11, toY(p.y));
  ctx.fillText(p.label, toX(p.x) + 11, toY(p.y));
}

requestAnimationFrame(() => {
  benchMark('first-paint');
  benchMark('idle');
  document.documentElement.dataset.map = 'idle';
});

(window as unknown as { bench: unknown }).bench = {
  places: () => {
    const box = container.getBoundingClientRect();
    return data.places.map((p) => ({ id: p.id, x: box.left + toX(p.x), y: box.top + toY(p.y) }));
  },
};

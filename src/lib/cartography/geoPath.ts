import type { Geometry, Position } from 'geojson';
import type { LngLat } from './projection';
import type { Rect } from './shapes';

export type Project = (point: LngLat) => [number, number];

/** One decimal: a tenth of a CSS pixel is finer than any slide shows. */
function round(value: number): number {
  return Math.round(value * 10) / 10;
}

/**
 * SVG path data for one ring ("M x y L x y … Z"), dropping points within `tolerance` px of the
 * last one kept. A ring that collapses to fewer than three points gives "".
 */
export function ringPath(ring: readonly Position[], project: Project, tolerance = 0.4): string {
  const kept = keptPoints(ring, project, tolerance);
  if (kept.length < 3) return '';
  return `M${kept.map(([x, y]) => `${round(x)} ${round(y)}`).join('L')}Z`;
}

/** SVG path data for an open line ("M x y L x y …"), thinned as ringPath thins; "" below two points. */
export function linePath(line: readonly Position[], project: Project, tolerance = 0.4): string {
  const kept = keptPoints(line, project, tolerance);
  if (kept.length < 2) return '';
  return `M${kept.map(([x, y]) => `${round(x)} ${round(y)}`).join('L')}`;
}

function keptPoints(points: readonly Position[], project: Project, tolerance: number) {
  const kept: [number, number][] = [];
  for (const position of points) {
    const [x, y] = project([position[0]!, position[1]!]);
    const last = kept.at(-1);
    if (last && Math.hypot(x - last[0], y - last[1]) < tolerance) continue;
    kept.push([x, y]);
  }
  return kept;
}

function polygons(geometry: Geometry): Position[][][] {
  if (geometry.type === 'Polygon') return [geometry.coordinates];
  if (geometry.type === 'MultiPolygon') return geometry.coordinates;
  return [];
}

function lines(geometry: Geometry): Position[][] {
  if (geometry.type === 'LineString') return [geometry.coordinates];
  if (geometry.type === 'MultiLineString') return geometry.coordinates;
  return [];
}

/**
 * Path data for a Polygon or MultiPolygon (holes included: draw with fill-rule evenodd), or for a
 * LineString or MultiLineString (to be stroked only).
 */
export function geometryPath(geometry: Geometry, project: Project): string {
  const rings = polygons(geometry)
    .flat()
    .map((ring) => ringPath(ring, project));
  return [...rings, ...lines(geometry).map((line) => linePath(line, project))].join('');
}

/** The projected bounding box of a Polygon, a LineString or their Multi- forms. */
export function projectedBounds(geometry: Geometry, project: Project): Rect | null {
  let [minX, minY, maxX, maxY] = [Infinity, Infinity, -Infinity, -Infinity];
  const outlines = [...polygons(geometry).map((polygon) => polygon[0] ?? []), ...lines(geometry)];
  for (const outline of outlines)
    for (const position of outline) {
      const [x, y] = project([position[0]!, position[1]!]);
      minX = Math.min(minX, x);
      minY = Math.min(minY, y);
      maxX = Math.max(maxX, x);
      maxY = Math.max(maxY, y);
    }
  return minX <= maxX ? { x: minX, y: minY, width: maxX - minX, height: maxY - minY } : null;
}

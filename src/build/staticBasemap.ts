import type { FeatureCollection, Geometry, Position } from 'geojson';
import simplify from 'simplify-js';
import { toWorld, worldSize } from '../lib/cartography/projection.ts';
import { STATIC_ZOOM, type StaticBasemap } from '../lib/staticMap/basemap.ts';

/**
 * Pixels at STATIC_ZOOM a simplified outline may stray from the real one. The opening view is
 * drawn at about zoom 3.5 and a full-HD presentation at about 4.2, and the static map is on screen
 * for a second: provinces stay within about a pixel, neighbouring countries (context) within two.
 */
const TOLERANCE = { provinces: 0.8, neighbours: 2 };

/** Whole pixels at STATIC_ZOOM: under a pixel on the opening view. */
const round = (value: number) => Math.round(value);

/** Path data, relative after the first point: "M5769.2 2650.1l1.3-2.2…z". */
function ringPath(ring: readonly Position[], tolerance: number): string {
  const size = worldSize(STATIC_ZOOM);
  const points = ring.map((p) => {
    const [x, y] = toWorld([p[0]!, p[1]!]);
    return { x: x * size, y: y * size };
  });
  const kept = simplify(points, tolerance, true).map((p) => [round(p.x), round(p.y)] as const);
  // A tiny island or enclave that simplifies away keeps its unsimplified outline.
  if (kept.length < 4 && tolerance > 0) return ringPath(ring, 0);
  if (kept.length < 4) return '';
  const [first, ...rest] = kept;
  let d = `M${first![0]} ${first![1]}`;
  let [x0, y0] = first!;
  let previous = '';
  for (const [x, y] of rest) {
    const dx = round(x - x0);
    const dy = round(y - y0);
    [x0, y0] = [x, y];
    if (!dx && !dy) continue;
    // Negative numbers need no separator; "l" is implied after the first one.
    const pair = `${dx}${dy < 0 ? '' : ' '}${dy}`;
    d += previous ? (pair.startsWith('-') ? pair : ` ${pair}`) : `l${pair}`;
    previous = pair;
  }
  return `${d}z`;
}

function geometryPath(geometry: Geometry | null, tolerance: number): string {
  if (!geometry) return '';
  const polygons =
    geometry.type === 'Polygon'
      ? [geometry.coordinates]
      : geometry.type === 'MultiPolygon'
        ? geometry.coordinates
        : [];
  return polygons
    .flat()
    .map((ring) => ringPath(ring, tolerance))
    .join('');
}

/** The basemap as simplified SVG paths in world pixels at STATIC_ZOOM, for the static first paint. */
export function staticBasemap(
  provinces: FeatureCollection<Geometry, { id?: string } | null>,
  neighbours: FeatureCollection<Geometry, unknown>,
): StaticBasemap {
  return {
    provinces: provinces.features.flatMap((f) => {
      const d = geometryPath(f.geometry, TOLERANCE.provinces);
      const id = f.properties?.id;
      return d && id ? [{ id, d }] : [];
    }),
    neighbours: neighbours.features
      .map((f) => geometryPath(f.geometry, TOLERANCE.neighbours))
      .join(''),
  };
}

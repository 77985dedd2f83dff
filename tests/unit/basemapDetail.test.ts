import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import type { Feature, FeatureCollection, MultiPolygon, Point, Polygon } from 'geojson';
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { root } from './helpers';

/** geo/build-basemap.sh's clip box: west, south, east, north. */
const BOX = [60, 5, 150, 60] as const;
/** The zoomed-in basemap's two files together, raw bytes (about 150 KB, 51 KB gzipped). */
const DETAIL_BUDGET = 200_000;

const read = (file: string) => readFileSync(`${root}/geo/${file}`, 'utf8');
const json = <T>(file: string) => JSON.parse(read(file)) as T;
const waters = json<FeatureCollection>('waters.geojson');
const labels = json<FeatureCollection<Point>>('province-labels.geojson');
const provinces = json<FeatureCollection<Polygon | MultiPolygon>>('provinces.geojson');

/** Every [lon, lat] of a geometry's coordinates. */
const positions = (coordinates: unknown): [number, number][] =>
  typeof (coordinates as unknown[])[0] === 'number'
    ? [coordinates as [number, number]]
    : (coordinates as unknown[]).flatMap(positions);

/** Every line of a geometry's coordinates (a line string or a ring). */
const lines = (coordinates: unknown): [number, number][][] =>
  typeof (coordinates as number[][])[0]![0] === 'number'
    ? [coordinates as [number, number][]]
    : (coordinates as unknown[]).flatMap(lines);

/** Degrees from [lon, lat] to the nearest river or lake shore (planar: for short distances). */
function distanceToWater(lon: number, lat: number): number {
  let best = Infinity;
  for (const f of waters.features)
    for (const line of lines((f.geometry as { coordinates: unknown }).coordinates))
      for (let i = 1; i < line.length; i++) {
        const [ax, ay] = line[i - 1]!;
        const [bx, by] = line[i]!;
        const [dx, dy] = [bx - ax, by - ay];
        const t = Math.max(
          0,
          Math.min(1, ((lon - ax) * dx + (lat - ay) * dy) / (dx * dx + dy * dy || 1)),
        );
        best = Math.min(best, Math.hypot(ax + t * dx - lon, ay + t * dy - lat));
      }
  return best;
}

describe('the zoomed-in basemap (geo/waters.geojson, geo/province-labels.geojson)', () => {
  it('stays small: both files within the budget', () => {
    const raw = read('waters.geojson').length + read('province-labels.geojson').length;
    expect(raw).toBeLessThan(DETAIL_BUDGET);
    expect(gzipSync(read('waters.geojson')).length).toBeLessThan(60_000);
  });

  it('holds only rivers (levels 1 and 2) and lakes, inside the map box', () => {
    const allowed = [
      'lake Polygon',
      'lake MultiPolygon',
      'river LineString',
      'river MultiLineString',
    ];
    const kinds = waters.features.map((f) => `${f.properties?.kind} ${f.geometry.type}`);
    expect(kinds.filter((k) => !allowed.includes(k))).toEqual([]);
    expect(kinds.filter((k) => k.startsWith('lake')).length).toBeGreaterThan(20);
    const rivers = waters.features.filter((f) => f.properties?.kind === 'river');
    expect(rivers.map((f) => f.properties?.level)).toEqual(['1', '2']);
    const outside = waters.features.flatMap((f) =>
      positions((f.geometry as { coordinates: unknown }).coordinates).filter(
        ([lon, lat]) => lon < BOX[0] || lon > BOX[2] || lat < BOX[1] || lat > BOX[3],
      ),
    );
    expect(outside).toEqual([]);
  });

  // WDBII's Yangtze line stops at Wuhan: below it, GSHHG draws the river as a river-lake.
  it.each([
    ['the Yangtze at Wuhan', 114.3, 30.58],
    ['the Yangtze at Yangluo', 114.52, 30.67],
    ['the Yangtze at Ezhou', 114.82, 30.45],
    ['the Yangtze at Huangshi', 115.08, 30.22],
    ['the Yangtze at Jiujiang', 116.0, 29.73],
    ['the Yangtze at Anqing', 117.05, 30.5],
    ['the Yellow River at Zhengzhou', 113.65, 34.9],
  ])('has %s', (_, lon, lat) => {
    expect(distanceToWater(lon, lat)).toBeLessThan(0.1);
  });

  it('names each of the 34 provinces once, at a point inside it', () => {
    expect(labels.features.map((f) => f.properties?.id)).toEqual(
      provinces.features.map((f) => f.properties?.id),
    );
    provinces.features.forEach((province, i) => {
      const label = labels.features[i] as Feature<Point>;
      expect(label.properties).toEqual({
        id: province.properties?.id,
        name_en: province.properties?.name_en,
        name_zh: province.properties?.name_zh,
      });
      expect(booleanPointInPolygon(label.geometry, province), String(label.properties?.id)).toBe(
        true,
      );
    });
  });
});

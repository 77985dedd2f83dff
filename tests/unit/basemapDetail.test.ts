import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import type { Feature, FeatureCollection, MultiPolygon, Point, Polygon } from 'geojson';
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { root } from './helpers';

/** geo/build-basemap.sh's clip box: west, south, east, north. */
const BOX = [60, 5, 150, 60] as const;
/** The zoomed-in basemap's two files together, raw bytes (about 150 KB, 51 KB gzipped). */
const DETAIL_BUDGET = 160_000;

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

const distanceToRiver = (lon: number, lat: number) =>
  Math.min(
    ...waters.features
      .filter((f) => f.properties?.kind === 'river')
      .flatMap((f) => positions((f.geometry as { coordinates: unknown }).coordinates))
      .map(([x, y]) => Math.hypot(x - lon, y - lat)),
  );

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

  it('has the Yangtze through Wuhan and the Yellow River through Zhengzhou', () => {
    expect(distanceToRiver(114.3, 30.58)).toBeLessThan(0.1);
    expect(distanceToRiver(113.65, 34.9)).toBeLessThan(0.15);
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

/** The basemap in Web Mercator world units, computed once: each export then only scales and shifts it. */
import type { FeatureCollection, Geometry, Point, Position } from 'geojson';
import type { ProvinceLabelProperties } from '../cartography/basemap';
import { projectedBounds } from '../cartography/geoPath';
import { toWorld } from '../cartography/projection';
import type { Rect } from '../cartography/shapes';

/** The basemap GeoJSON the app's map draws. */
export interface Basemap {
  provinces: FeatureCollection<Geometry, { id?: string } | null>;
  neighbours: FeatureCollection<Geometry, unknown>;
  /** What the map adds from DETAIL_ZOOM (cartography/basemap.ts); loaded for exports that close. */
  detail?: BasemapDetail;
}

/** Lakes and rivers (each river line its own feature), and where each province's name goes. */
export interface BasemapDetail {
  waters: FeatureCollection<Geometry, WaterProperties>;
  provinceLabels: FeatureCollection<Point, ProvinceLabelProperties>;
}

/** What geo/waters.geojson says of a lake or a river. */
export interface WaterProperties {
  kind: 'lake' | 'river';
  /** A river's WDBII level ('1' permanent major, '2' more). */
  level?: string;
}

type BasemapFeature = FeatureCollection<Geometry, unknown>['features'][number];

/** Each line of a river its own feature: an export draws the lines its map shows, not all of them. */
export function splitLines<P>(
  collection: FeatureCollection<Geometry, P>,
): FeatureCollection<Geometry, P> {
  return {
    type: 'FeatureCollection',
    features: collection.features.flatMap((feature) =>
      feature.geometry?.type === 'MultiLineString'
        ? feature.geometry.coordinates.map((coordinates) => ({
            ...feature,
            geometry: { type: 'LineString' as const, coordinates },
          }))
        : [feature],
    ),
  };
}

/** A feature's outline in world units (Web Mercator at zoom 0, 0..1), with its bounding box. */
interface WorldFeature {
  geometry: Geometry;
  bounds: Rect;
}

/** The projection's costly part (a log and a tan per point), done once per feature. */
const worldCache = new WeakMap<BasemapFeature, WorldFeature | null>();

export function inWorld(feature: BasemapFeature): WorldFeature | null {
  let world = worldCache.get(feature);
  if (world !== undefined) return world;
  const { geometry } = feature;
  const line = (line: Position[]) => line.map((p) => toWorld([p[0]!, p[1]!]));
  const rings = (rings: Position[][]) => rings.map(line);
  const converted: Geometry | null =
    geometry?.type === 'Polygon'
      ? { type: 'Polygon', coordinates: rings(geometry.coordinates) }
      : geometry?.type === 'MultiPolygon'
        ? { type: 'MultiPolygon', coordinates: geometry.coordinates.map(rings) }
        : geometry?.type === 'LineString'
          ? { type: 'LineString', coordinates: line(geometry.coordinates) }
          : geometry?.type === 'MultiLineString'
            ? { type: 'MultiLineString', coordinates: rings(geometry.coordinates) }
            : null;
  const bounds = converted && projectedBounds(converted, ([x, y]) => [x, y]);
  world = converted && bounds ? { geometry: converted, bounds } : null;
  worldCache.set(feature, world);
  return world;
}

/**
 * Projects the basemap ahead of describeMap, one feature at a time (yielding after each), so that
 * the first export does not spend one long task on it.
 */
export function* prepareBasemap(basemap: Basemap): Generator<void, void, undefined> {
  const detail = basemap.detail?.waters.features ?? [];
  for (const feature of [
    ...basemap.neighbours.features,
    ...basemap.provinces.features,
    ...detail,
  ]) {
    inWorld(feature);
    yield;
  }
}

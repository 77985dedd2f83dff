/** The basemap in Web Mercator world units, computed once: each export then only scales and shifts it. */
import type { FeatureCollection, Geometry, Position } from 'geojson';
import { projectedBounds } from '../cartography/geoPath';
import { toWorld } from '../cartography/projection';
import type { Rect } from '../cartography/shapes';

/** The basemap GeoJSON the app's map draws. */
export interface Basemap {
  provinces: FeatureCollection<Geometry, { id?: string } | null>;
  neighbours: FeatureCollection<Geometry, unknown>;
}

type BasemapFeature = FeatureCollection<Geometry, unknown>['features'][number];

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
  const rings = (rings: Position[][]) =>
    rings.map((ring) => ring.map((p) => toWorld([p[0]!, p[1]!])));
  const converted: Geometry | null =
    geometry?.type === 'Polygon'
      ? { type: 'Polygon', coordinates: rings(geometry.coordinates) }
      : geometry?.type === 'MultiPolygon'
        ? { type: 'MultiPolygon', coordinates: geometry.coordinates.map(rings) }
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
  for (const feature of [...basemap.neighbours.features, ...basemap.provinces.features]) {
    inWorld(feature);
    yield;
  }
}

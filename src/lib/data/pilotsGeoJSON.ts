import type { Feature, FeatureCollection, Point } from 'geojson';
import { type Emphasis, emphasisOf } from './emphasis.ts';
import { labelZooms } from '../cartography/labelZoom.ts';
import type { Place } from './schema.ts';

/** Flat properties, readable in QGIS or geojson.io; the map styles by the same ones. */
export interface PilotProperties {
  id: string;
  name_en: string;
  name_zh: string | null;
  level: string | null;
  province: string;
  status: string;
  start_year: number | null;
  scale_min: number | null;
  scale_max: number | null;
  scale_base: number | null;
  red_share: number | null;
  black_share: number | null;
  emphasis: Emphasis;
  mechanisms: string;
  excerpt_count: number;
  location_precision: string;
  /** The lowest whole zoom at which the map labels the place (see src/lib/map/labelZoom.ts). */
  label_zoom: number;
}

export function toPilotFeature(place: Place, labelZoom = 0): Feature<Point, PilotProperties> {
  return {
    type: 'Feature',
    id: place.id,
    geometry: { type: 'Point', coordinates: [place.location.lon, place.location.lat] },
    properties: {
      id: place.id,
      name_en: place.name.en,
      name_zh: place.name.zh,
      level: place.level,
      province: place.province,
      status: place.status,
      start_year: place.startYear,
      scale_min: place.scale?.min ?? null,
      scale_max: place.scale?.max ?? null,
      scale_base: place.scale?.base ?? null,
      red_share: place.shares.red,
      black_share: place.shares.black,
      emphasis: emphasisOf(place),
      mechanisms: place.mechanisms.join(';'),
      excerpt_count: place.excerpts.length,
      location_precision: place.location.precision,
      label_zoom: labelZoom,
    },
  };
}

/**
 * What the live map's place layers read (cartography/layers.ts: radius by level, marks by status,
 * fill by emphasis, a ring for an inferred location; selection and filters by id). The map's own
 * copy of the places carries these only: it is held by MapLibre for as long as the page lives, and
 * everything else about a place is in the atlas's data.
 */
export const MAP_PROPERTIES = ['id', 'level', 'status', 'emphasis', 'location_precision'] as const;

export type MapPlaceProperties = Pick<PilotProperties, (typeof MAP_PROPERTIES)[number]>;

/** The places as the live map's `pilots` and `user` sources hold them. */
export function toMapPlaces(
  places: readonly Place[],
): FeatureCollection<Point, MapPlaceProperties> {
  return {
    type: 'FeatureCollection',
    features: places.map((place) => ({
      type: 'Feature',
      geometry: { type: 'Point', coordinates: [place.location.lon, place.location.lat] },
      properties: {
        id: place.id,
        level: place.level,
        status: place.status,
        emphasis: emphasisOf(place),
        location_precision: place.location.precision,
      },
    })),
  };
}

export function toPilotsGeoJSON(places: Place[]): FeatureCollection<Point, PilotProperties> {
  const zooms = labelZooms(places);
  return {
    type: 'FeatureCollection',
    features: places.map((p) => toPilotFeature(p, zooms.get(p.id))),
  };
}

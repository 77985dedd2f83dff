import type { Feature, FeatureCollection, Point } from 'geojson';
import type { Place } from './schema.ts';

export type Emphasis = 'red' | 'black' | 'even' | 'not-reported';

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
}

export function emphasisOf(place: Place): Emphasis {
  const { red, black } = place.shares;
  if (red === null || black === null) return 'not-reported';
  return red > black ? 'red' : black > red ? 'black' : 'even';
}

export function toPilotFeature(place: Place): Feature<Point, PilotProperties> {
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
    },
  };
}

export function toPilotsGeoJSON(places: Place[]): FeatureCollection<Point, PilotProperties> {
  return { type: 'FeatureCollection', features: places.map(toPilotFeature) };
}

import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import type { DataIssue } from './errors.ts';
import type { Place } from './schema.ts';

export type Provinces = FeatureCollection<Polygon | MultiPolygon, { id: string; name_en: string }>;

/** A place must name a province of the basemap, and its marker must stand inside that province. */
export function checkLocations(
  places: Place[],
  provinces: Provinces,
  fileOf: (id: string) => string,
): DataIssue[] {
  const byId = new Map<string, Feature<Polygon | MultiPolygon>>(
    provinces.features.map((f) => [f.properties.id, f]),
  );
  const issues: DataIssue[] = [];
  for (const place of places) {
    const province = byId.get(place.province);
    const file = fileOf(place.id);
    if (!province) {
      issues.push({
        file,
        entry: place.id,
        field: 'province',
        message: `unknown province "${place.province}"`,
      });
    } else if (!booleanPointInPolygon([place.location.lon, place.location.lat], province)) {
      issues.push({
        file,
        entry: place.id,
        field: 'location',
        message: `${place.location.lon}, ${place.location.lat} lies outside ${province.properties?.name_en ?? place.province}`,
      });
    }
  }
  return issues;
}

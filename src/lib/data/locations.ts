import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import type { DataIssue } from './errors.ts';
import { didYouMean } from './messages.ts';
import type { Place } from './schema.ts';

export type Provinces = FeatureCollection<Polygon | MultiPolygon, { id: string; name_en: string }>;

/** A place must name a province of the basemap, and its marker must stand inside that province. */
export function checkLocations(
  places: Place[],
  provinces: Provinces,
  fileOf: (place: Place) => string,
): DataIssue[] {
  const byId = new Map<string, Feature<Polygon | MultiPolygon, { id: string; name_en: string }>>(
    provinces.features.map((f) => [f.properties.id, f]),
  );
  const issues: DataIssue[] = [];
  for (const place of places) {
    const province = byId.get(place.province);
    const file = fileOf(place);
    const point = [place.location.lon, place.location.lat];
    if (!province) {
      issues.push({
        file,
        entry: place.id,
        field: 'province',
        message:
          `unknown province "${place.province}"; expected a province id of geo/provinces.geojson` +
          didYouMean(place.province, [...byId.keys()]),
      });
    } else if (!booleanPointInPolygon(point, province)) {
      const actual = provinces.features.find((f) => booleanPointInPolygon(point, f));
      issues.push({
        file,
        entry: place.id,
        field: 'location',
        message:
          `lon ${place.location.lon}, lat ${place.location.lat} lies outside ` +
          `${province.properties.name_en}, the province this place names` +
          (actual ? ` (it falls in ${actual.properties.name_en})` : '') +
          '; expected a point inside it: check lon/lat, or the province',
      });
    }
  }
  return issues;
}

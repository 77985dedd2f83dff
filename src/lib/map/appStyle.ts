// Vite-only module: the app's map style input, shared by the map on screen and by exports.
import provincesUrl from '../../../geo/provinces.geojson?url';
import neighboursUrl from '../../../geo/neighbours.geojson?url';
import { toMapPlaces } from '../data/pilotsGeoJSON';
import type { Place } from '../data/schema';
import { tintedProvinces } from './framing';
import type { StyleInput } from './style';

/** The served URLs of the basemap's GeoJSON files. */
export const geoUrls = {
  provinces: new URL(provincesUrl, document.baseURI).href,
  neighbours: new URL(neighboursUrl, document.baseURI).href,
};

export function appStyleInput(places: Place[]): StyleInput {
  return {
    provincesUrl: geoUrls.provinces,
    neighboursUrl: geoUrls.neighbours,
    pilots: toMapPlaces(places),
    tintedProvinces: tintedProvinces(places),
  };
}

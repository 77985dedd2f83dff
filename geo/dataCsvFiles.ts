import { excerptsCsv, placesCsv } from '../src/lib/data/dataCsv';
import type { AtlasData } from '../src/lib/data/schema';

/** The CSV files `npm run geo:pilots` writes beside geo/pilots.geojson, by name: the app's downloads. */
export function dataCsvFiles(data: AtlasData): Record<string, string> {
  return { 'pilots.csv': placesCsv(data.places), 'excerpts.csv': excerptsCsv(data) };
}

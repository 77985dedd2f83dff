// `npm run geo:pilots`: writes geo/pilots.geojson from data/ (never edit that file by hand).
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { DataError } from '../src/lib/data/errors';
import { loadAtlasData } from '../src/lib/data/load';
import { serializePilots } from './pilotsFile';

const root = fileURLToPath(new URL('..', import.meta.url));
try {
  const { data } = loadAtlasData({ root });
  const path = fileURLToPath(new URL('pilots.geojson', import.meta.url));
  writeFileSync(path, serializePilots(data.places));
  console.log(`wrote geo/pilots.geojson: ${data.places.length} places`);
} catch (error) {
  if (!(error instanceof DataError)) throw error;
  console.error(error.message);
  process.exit(1);
}

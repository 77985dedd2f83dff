// `npm run geo:pilots`: writes geo/pilots.geojson, geo/pilots.csv and geo/excerpts.csv from data/
// (never edit those files by hand).
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { DataError } from '../src/lib/data/errors';
import { loadAtlasData } from '../src/lib/data/load';
import { dataCsvFiles } from './dataCsvFiles';
import { serializePilots } from './pilotsFile';

const root = fileURLToPath(new URL('..', import.meta.url));
try {
  const { data } = loadAtlasData({ root });
  const path = fileURLToPath(new URL('pilots.geojson', import.meta.url));
  writeFileSync(path, serializePilots(data.places));
  console.log(`wrote geo/pilots.geojson: ${data.places.length} places`);
  for (const [name, text] of Object.entries(dataCsvFiles(data))) {
    writeFileSync(fileURLToPath(new URL(name, import.meta.url)), text);
    console.log(`wrote geo/${name}: ${text.split('\n').length - 2} rows`);
  }
} catch (error) {
  if (!(error instanceof DataError)) throw error;
  console.error(error.message);
  process.exit(1);
}

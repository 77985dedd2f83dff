// `npm run check:data`: validates data/ and says what it checked, or names every problem.
// PILOT_ATLAS_ROOT (a folder with data/, its documents in data/sources/, and geo/provinces.geojson)
// checks another copy of the data, as the tests do with their spoilt ones.
import { fileURLToPath } from 'node:url';
import { DataError } from '../src/lib/data/errors';
import { loadAtlasData, resolveDataLocation } from '../src/lib/data/load';

const location = resolveDataLocation(fileURLToPath(new URL('..', import.meta.url)));
try {
  const { data } = loadAtlasData(location);
  const excerpts = data.places.reduce((n, p) => n + p.excerpts.length, 0);
  const contextExcerpts = data.context.reduce((n, f) => n + f.excerpts.length, 0);
  console.log(
    `data ok: ${data.places.length} places, ${excerpts} place excerpts, ${data.context.length} context facts ` +
      `(${contextExcerpts} excerpts), ${data.mechanisms.length} mechanisms, ${data.works.length} works; ` +
      `every excerpt found verbatim in its document in data/sources/ (${data.sources.length} documents)`,
  );
} catch (error) {
  if (!(error instanceof DataError)) throw error;
  console.error(error.message);
  process.exit(1);
}

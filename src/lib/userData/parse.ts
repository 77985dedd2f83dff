import Papa from 'papaparse';
import { fieldPath } from '../data/errors';
import type { Place } from '../data/schema';
import { type UserPlaceRow, userPlaceSchema } from './schema';

export type ImportResult = { ok: true; places: Place[] } | { ok: false; problems: string[] };

const MAX_PROBLEMS = 8;
const MAX_BYTES = 5_000_000;

function toPlace(row: UserPlaceRow): Place {
  const hasScale = row.scale_min !== null || row.scale_max !== null || row.scale_base !== null;
  return {
    id: row.id,
    name: { en: row.name_en, zh: row.name_zh },
    level: row.level,
    province: row.province ?? '',
    location: { lon: row.lon, lat: row.lat, precision: 'stated' },
    status: row.status,
    startYear: row.start_year,
    scale: hasScale
      ? { min: row.scale_min, max: row.scale_max, base: row.scale_base, tiers: [] }
      : null,
    shares: { red: row.red_share, black: row.black_share, of: null },
    mechanisms: row.mechanisms,
    disputes: [],
    readings: {},
    excerpts: [],
  };
}

/** Rows from a GeoJSON FeatureCollection of Points, or from a CSV with a header row. */
function readRows(text: string, fileName: string): { rows: unknown[]; label: string } | string {
  if (/\.csv$/i.test(fileName)) {
    const parsed = Papa.parse<Record<string, string>>(text.trim(), {
      header: true,
      skipEmptyLines: true,
    });
    if (parsed.errors[0])
      return `CSV row ${(parsed.errors[0].row ?? 0) + 2}: ${parsed.errors[0].message}`;
    return { rows: parsed.data, label: 'row' };
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return 'the file is neither valid GeoJSON nor a .csv file';
  }
  const features = (json as { type?: unknown; features?: unknown }).features;
  if ((json as { type?: unknown }).type !== 'FeatureCollection' || !Array.isArray(features))
    return 'expected a GeoJSON FeatureCollection';
  const rows = features.map(
    (f: { geometry?: { type?: string; coordinates?: unknown[] }; properties?: object }) => {
      const [lon, lat] = f.geometry?.type === 'Point' ? (f.geometry.coordinates ?? []) : [];
      return { ...f.properties, lon, lat };
    },
  );
  return { rows, label: 'feature' };
}

/** Validates a file of places; on any problem, lists the first ones and imports nothing. */
export function parseUserPlaces(
  text: string,
  fileName: string,
  known: { placeIds: ReadonlySet<string>; mechanismIds: ReadonlySet<string> },
): ImportResult {
  if (text.length > MAX_BYTES)
    return { ok: false, problems: [`the file is larger than ${MAX_BYTES / 1e6} MB`] };
  const read = readRows(text, fileName);
  if (typeof read === 'string') return { ok: false, problems: [read] };
  if (!read.rows.length) return { ok: false, problems: [`the file holds no ${read.label}`] };
  const problems: string[] = [];
  const places: Place[] = [];
  const seen = new Set<string>();
  read.rows.forEach((row, i) => {
    const where = read.label === 'row' ? `row ${i + 2}` : `feature ${i + 1}`;
    const result = userPlaceSchema.safeParse(row);
    if (!result.success) {
      for (const issue of result.error.issues)
        problems.push(`${where}, ${fieldPath(issue.path) || 'row'}: expected ${issue.message}`);
      return;
    }
    const { id, mechanisms } = result.data;
    if (known.placeIds.has(id) || seen.has(id))
      problems.push(`${where}, id: "${id}" is already used`);
    for (const m of mechanisms.filter((m) => !known.mechanismIds.has(m)))
      problems.push(`${where}, mechanisms: expected known mechanism ids, found "${m}"`);
    seen.add(id);
    places.push(toPlace(result.data));
  });
  if (problems.length) return { ok: false, problems: problems.slice(0, MAX_PROBLEMS) };
  return { ok: true, places };
}

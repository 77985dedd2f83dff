import Papa from 'papaparse';
import { fieldPath } from '../data/errors';
import type { Place } from '../data/schema';
import { jsonErrorAt } from './jsonErrorAt';
import { shown, type UserPlaceRow, userPlaceSchema } from './schema';

export type ImportResult =
  { ok: true; places: Place[] } | { ok: false; problems: string[]; total: number };

/** Called every so many rows: for the page's progress bar. */
export type OnProgress = (done: number, total: number) => void;

export interface KnownIds {
  placeIds: ReadonlySet<string>;
  mechanismIds: ReadonlySet<string>;
}

export const MAX_PROBLEMS = 8;
export const MAX_BYTES = 5_000_000;
/** Places one file may add: the scale the atlas is measured at (README, Benchmark) and a margin. */
export const MAX_PLACES = 5_000;
const PROGRESS_EVERY = 2_000;
const CSV_COLUMNS = ['id', 'name_en', 'lon', 'lat'];

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

/** Problems, counted in full but kept only as far as they are shown. */
class Problems {
  list: string[] = [];
  total = 0;
  add(message: string) {
    this.total++;
    if (this.list.length < MAX_PROBLEMS) this.list.push(message);
  }
  refusal(): ImportResult {
    return { ok: false, problems: this.list, total: this.total };
  }
}

const refuse = (message: string): ImportResult => ({ ok: false, problems: [message], total: 1 });

/** The file's bytes as text, or why they are not UTF-8 text. */
export function decodeUserFile(bytes: ArrayBuffer): string | ImportResult {
  if (bytes.byteLength > MAX_BYTES)
    return refuse(`the file is larger than ${MAX_BYTES / 1e6} MB; expected a smaller file`);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    const view = new Uint8Array(bytes);
    const loose = new TextDecoder('utf-8').decode(view);
    const bad = loose.indexOf('\uFFFD');
    const line = loose.slice(0, bad).split('\n').length;
    return refuse(
      `the file is not UTF-8 text (first invalid byte on line ${line}); expected UTF-8: ` +
        'save it again as "UTF-8" (Excel: "CSV UTF-8") and try again',
    );
  }
}

/** A JSON syntax error by line and column, and what is found there. */
function jsonSyntaxProblem(text: string): string {
  const at = jsonErrorAt(text);
  if (at < 0) return 'the file is not valid JSON';
  const before = text.slice(0, at).split('\n');
  const found =
    at >= text.length ? 'the file ends too soon' : `found ${shown([...text.slice(at)][0])}`;
  return `the file is not valid JSON: line ${before.length}, column ${[...before.at(-1)!].length + 1}: ${found}`;
}

interface Rows {
  rows: unknown[];
  /** "row 2" (CSV, counting the header as row 1) or "feature 1". */
  where: (index: number) => string;
  /** The name of a field in the file, for a schema field. */
  field: (name: string) => string;
}

function readCsv(text: string, problems: Problems): Rows | undefined {
  const parsed = Papa.parse<Record<string, string>>(text.trim(), {
    header: true,
    skipEmptyLines: true,
  });
  const header = parsed.meta.fields ?? [];
  const missing = CSV_COLUMNS.filter((column) => !header.includes(column));
  if (missing.length) {
    problems.add(
      `row 1 (the header): no ${missing.map((c) => `"${c}"`).join(', ')} column; expected the columns of geo/pilots.geojson plus lon and lat`,
    );
    return undefined;
  }
  for (const error of parsed.errors) problems.add(`row ${(error.row ?? 0) + 2}: ${error.message}`);
  if (problems.total) return undefined;
  return { rows: parsed.data, where: (i) => `row ${i + 2}`, field: (name) => name };
}

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** The properties and the Point's coordinates of each feature, or the feature's own problem. */
function readGeoJson(text: string, problems: Problems): Rows | undefined {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    problems.add(jsonSyntaxProblem(text));
    return undefined;
  }
  if (!isObject(json) || json.type !== 'FeatureCollection' || !Array.isArray(json.features)) {
    problems.add(
      `expected a GeoJSON FeatureCollection (an object with "type": "FeatureCollection" and "features"); found ${isObject(json) ? `an object with type ${shown(json.type)}` : shown(json)}`,
    );
    return undefined;
  }
  const rows = json.features.map((feature: unknown, i): unknown => {
    const where = `feature ${i + 1}`;
    if (!isObject(feature)) {
      problems.add(`${where}: expected a GeoJSON Feature (an object); found ${shown(feature)}`);
      return null;
    }
    const geometry = feature.geometry;
    if (!isObject(geometry)) {
      problems.add(
        `${where}, geometry: ${geometry === undefined ? 'missing; expected a Point' : `expected a Point; found ${shown(geometry)}`}`,
      );
      return null;
    }
    if (geometry.type !== 'Point') {
      problems.add(
        `${where}, geometry: expected a Point (a place is one position); found ${typeof geometry.type === 'string' ? `a ${shown(geometry.type).slice(1, -1)}` : shown(geometry.type)}`,
      );
      return null;
    }
    const c = geometry.coordinates;
    if (!Array.isArray(c) || c.length < 2 || c.length > 3) {
      problems.add(
        `${where}, geometry.coordinates: ${c === undefined ? 'missing; expected' : 'expected'} [longitude, latitude]${c === undefined ? '' : `; found ${shown(c)}`}`,
      );
      return null;
    }
    const notNumber = c.findIndex((v) => typeof v !== 'number');
    if (notNumber >= 0) {
      problems.add(
        `${where}, geometry.coordinates[${notNumber}]: expected a number; found ${shown(c[notNumber])}`,
      );
      return null;
    }
    const properties = feature.properties ?? {};
    if (!isObject(properties)) {
      problems.add(`${where}, properties: expected an object; found ${shown(properties)}`);
      return null;
    }
    return { ...properties, lon: c[0], lat: c[1] };
  });
  const coordinate: Record<string, string> = {
    lon: 'geometry.coordinates[0]',
    lat: 'geometry.coordinates[1]',
  };
  return {
    rows,
    where: (i) => `feature ${i + 1}`,
    field: (name) => coordinate[name] ?? `properties.${name}`,
  };
}

/**
 * Validates a file of places; on any problem, gives the first ones and their total and imports
 * nothing. Runs in the import worker (importWorker.ts); synchronous and pure, for the unit tests.
 */
export function parseUserPlaces(
  text: string,
  fileName: string,
  known: KnownIds,
  onProgress?: OnProgress,
): ImportResult {
  if (text.length > MAX_BYTES)
    return refuse(`the file is larger than ${MAX_BYTES / 1e6} MB; expected a smaller file`);
  const problems = new Problems();
  const read = /\.csv$/i.test(fileName) ? readCsv(text, problems) : readGeoJson(text, problems);
  if (!read) return problems.refusal();
  if (!read.rows.length)
    return refuse(`the file holds no ${/\.csv$/i.test(fileName) ? 'row' : 'feature'}`);
  const places: Place[] = [];
  const seen = new Set<string>();
  read.rows.forEach((row, i) => {
    if (i % PROGRESS_EVERY === 0) onProgress?.(i, read.rows.length);
    if (row === null) return; // Its problem is already listed.
    const where = read.where(i);
    const result = userPlaceSchema.safeParse(row);
    if (!result.success) {
      for (const issue of result.error.issues)
        problems.add(`${where}, ${read.field(fieldPath(issue.path)) || 'row'}: ${issue.message}`);
      return;
    }
    const { id, mechanisms } = result.data;
    if (known.placeIds.has(id) || seen.has(id))
      problems.add(`${where}, ${read.field('id')}: "${id}" is already used; expected a new id`);
    for (const m of mechanisms.filter((m) => !known.mechanismIds.has(m)))
      problems.add(
        `${where}, ${read.field('mechanisms')}: expected known mechanism ids; found ${shown(m)}`,
      );
    seen.add(id);
    places.push(toPlace(result.data));
  });
  onProgress?.(read.rows.length, read.rows.length);
  if (problems.total) return problems.refusal();
  if (places.length > MAX_PLACES)
    return refuse(
      `the file holds ${places.length.toLocaleString('en')} places; expected at most ${MAX_PLACES.toLocaleString('en')} (the map would no longer answer promptly): split it, or keep the places you need`,
    );
  return { ok: true, places };
}

// Node side of the data pipeline: reads data/ (with the documents in data/sources/) and the basemap.
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { basename, join, relative, resolve, sep } from 'node:path';
import { LineCounter, isMap, isScalar, isSeq, parseDocument } from 'yaml';
import { DataError, type DataIssue, fieldPath } from './errors.ts';
import { checkLocations, type Provinces } from './locations.ts';
import { normalizeText } from './normalize.ts';
import type { AtlasData, Place } from './schema.ts';
import { sourceDocumentPath } from './sourceDocuments.ts';
import { type ParsedFile, validateData } from './validate.ts';
import { checkVerbatim } from './verbatim.ts';

/** A data file may hold this many bytes at most; larger ones are refused unread. */
export const MAX_FILE_BYTES = 5_000_000;
const MAX_YAML_ALIASES = 100;

export interface LoadOptions {
  /** Repository root; data/ and geo/ are read from it. */
  root: string;
}

export interface LoadResult {
  data: AtlasData;
  /** Files read, for a dev server to watch. */
  files: string[];
}

/**
 * Where `npm run check:data` and the Vite plugin read from: the data root is PILOT_ATLAS_ROOT (a
 * folder holding data/, with its documents in data/sources/, and geo/provinces.geojson), else the
 * repository's own. Tests point it at spoilt copies of the data.
 */
export function resolveDataLocation(
  repoRoot: string,
  env: Record<string, string | undefined> = process.env,
): Required<LoadOptions> {
  return {
    root: resolve(env.PILOT_ATLAS_ROOT || repoRoot),
  };
}

type Path = (string | number)[];
type Range = [number, number, number];
const rangeOf = (node: unknown) => (node as { range?: Range } | null)?.range;

/** The keys and indices leading to the deepest YAML node around `offset`. */
function pathAt(node: unknown, offset: number): Path {
  const path: Path = [];
  const inside = (start?: Range, end?: Range) =>
    !!start && !!end && offset >= start[0] && offset < end[2];
  for (let current = node; ;) {
    if (isMap(current)) {
      const pair = current.items.find((p) => inside(rangeOf(p.key), rangeOf(p.value ?? p.key)));
      if (!pair) return path;
      path.push(isScalar(pair.key) ? String(pair.key.value) : '?');
      current = pair.value;
    } else if (isSeq(current)) {
      const i = current.items.findIndex((item) => inside(rangeOf(item), rangeOf(item)));
      if (i < 0) return path;
      path.push(i);
      current = current.items[i];
    } else return path;
  }
}

function lineOf(text: string, index: number): number {
  return text.slice(0, index).split('\n').length;
}

function readYaml(
  path: string,
  root: string,
  kind: 'list' | 'place',
  issues: DataIssue[],
): ParsedFile {
  const file = relative(root, path).split(sep).join('/');
  const expected = kind === 'list' ? 'a list of entries' : 'one place';
  const fail = (message: string, entry = '', field = ''): ParsedFile => {
    issues.push({ file, entry, field, message });
    return { file, content: null };
  };
  let size: number;
  try {
    const stat = statSync(path);
    if (!stat.isFile()) return fail(`expected a file holding ${expected}, found a folder`);
    size = stat.size;
  } catch {
    return fail(`file is missing; expected it to hold ${expected}`);
  }
  if (size > MAX_FILE_BYTES)
    return fail(
      `file is ${(size / 1e6).toFixed(1)} MB; expected at most ${MAX_FILE_BYTES / 1e6} MB for a data file`,
    );
  const buffer = readFileSync(path);
  if (buffer[0] === 0xef && buffer[1] === 0xbb && buffer[2] === 0xbf)
    return fail(
      'file starts with a byte-order mark (BOM); expected UTF-8 without BOM: save it again as "UTF-8", not "UTF-8 with BOM"',
    );
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(buffer);
  } catch {
    const loose = buffer.toString('utf8');
    return fail(
      `file is not valid UTF-8 (first bad byte on line ${lineOf(loose, loose.indexOf('\uFFFD'))}); ` +
        'expected UTF-8 text: save it again with that encoding',
    );
  }
  if (text.includes('\r'))
    return fail(
      `file has Windows (CRLF) line endings, from line ${lineOf(text, text.indexOf('\r'))}; ` +
        'expected LF line endings: set your editor to LF and save it again',
    );
  if (!text.trim()) return fail(`file is empty; expected ${expected}`);

  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { uniqueKeys: true, lineCounter, prettyErrors: false });
  const error = doc.errors[0];
  if (error) {
    const offset = error.pos[0];
    const { line, col } = lineCounter.linePos(offset);
    const path = pathAt(doc.contents, offset);
    let entry = '';
    let field = path;
    if (kind === 'list' && typeof path[0] === 'number') {
      const id: unknown = doc.getIn([path[0], 'id']);
      entry = typeof id === 'string' && id ? id : `entry #${path[0] + 1}`;
      field = path.slice(1);
    } else if (kind === 'place' && path.length) {
      const id: unknown = doc.get('id');
      entry = typeof id === 'string' && id ? id : basename(file, '.yaml');
    }
    const message =
      error.code === 'DUPLICATE_KEY'
        ? `key "${String(path.at(-1))}" appears twice in the same map (again on line ${line}); expected each key once: remove one`
        : error.code === 'MULTIPLE_DOCS'
          ? `a line "---" on line ${line} starts a second YAML document; expected one document per file`
          : `invalid YAML on line ${line}, column ${col}: ${error.message.split('\n')[0]}`;
    return fail(message, entry, fieldPath(field));
  }
  let content: unknown;
  try {
    content = doc.toJS({ maxAliasCount: MAX_YAML_ALIASES });
  } catch (error) {
    // The `yaml` package refuses an alias bomb with a bare ReferenceError: name the file instead.
    const reason = error instanceof Error ? error.message : String(error);
    return fail(
      `its YAML aliases (*name) expand too far (${reason}); expected at most ${MAX_YAML_ALIASES} alias uses: write the values out`,
    );
  }
  if (content === null || content === undefined)
    return fail(`file holds no data (only comments or null); expected ${expected}`);
  return { file, content };
}

export function loadAtlasData({ root }: LoadOptions): LoadResult {
  const issues: DataIssue[] = [];
  const dataDir = join(root, 'data');
  const placeDir = join(dataDir, 'places');
  const placeNames = existsSync(placeDir) ? readdirSync(placeDir).sort() : [];
  if (!placeNames.length)
    issues.push({
      file: 'data/places',
      entry: '',
      field: '',
      message: 'no place files; expected one .yaml file per place in this folder',
    });
  for (const name of placeNames) {
    // A place saved as .yml or .YAML would otherwise be left off the map without a word.
    if (/\.ya?ml$/i.test(name) && !name.endsWith('.yaml') && !name.startsWith('.'))
      issues.push({
        file: `data/places/${name}`,
        entry: '',
        field: '',
        message: `only files ending in ".yaml" are read; expected "${name.replace(/\.ya?ml$/i, '.yaml')}": rename it`,
      });
  }
  const placePaths = placeNames
    .filter((name) => name.endsWith('.yaml') && !name.startsWith('.'))
    .map((name) => join(placeDir, name));
  const listPath = (name: string) => join(dataDir, `${name}.yaml`);
  const files = [...['sources', 'works', 'mechanisms', 'context'].map(listPath), ...placePaths];
  const raw = {
    sources: readYaml(listPath('sources'), root, 'list', issues),
    works: readYaml(listPath('works'), root, 'list', issues),
    mechanisms: readYaml(listPath('mechanisms'), root, 'list', issues),
    context: readYaml(listPath('context'), root, 'list', issues),
    places: placePaths
      .map((p) => readYaml(p, root, 'place', issues))
      .filter((p) => p.content !== null),
  };
  const { data, issues: dataIssues, placeFiles } = validateData(raw);
  issues.push(...dataIssues);
  const fileOf = (place: Place) => placeFiles.get(place) ?? 'data/places';

  const provincesPath = join(root, 'geo', 'provinces.geojson');
  if (existsSync(provincesPath)) {
    const provinces = JSON.parse(readFileSync(provincesPath, 'utf8')) as Provinces;
    issues.push(...checkLocations(data.places, provinces, fileOf));
  } else
    issues.push({
      file: 'geo/provinces.geojson',
      entry: '',
      field: '',
      message: 'file is missing; expected the basemap provinces (npm run geo:basemap makes it)',
    });

  const texts = new Map<string, string>();
  for (const source of data.sources) {
    const file = sourceDocumentPath(source.id);
    const path = join(root, file);
    if (existsSync(path)) {
      files.push(path);
      texts.set(source.id, normalizeText(readFileSync(path, 'utf8')));
    } else
      issues.push({
        file: raw.sources.file,
        entry: source.id,
        field: 'id',
        message: `no document ${file}; expected the text of the document this entry describes`,
      });
  }
  issues.push(...checkVerbatim(data, texts, fileOf, raw.context.file));

  if (issues.length) throw new DataError(issues);
  return { data, files };
}

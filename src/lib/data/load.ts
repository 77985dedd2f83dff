// Node side of the data pipeline: reads data/, the basemap and the seed documents from disk.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { parseDocument } from 'yaml';
import { DataError, type DataIssue } from './errors.ts';
import { checkLocations, type Provinces } from './locations.ts';
import { normalizeText } from './normalize.ts';
import type { AtlasData } from './schema.ts';
import { type ParsedFile, validateData } from './validate.ts';
import { checkVerbatim } from './verbatim.ts';

export interface LoadOptions {
  /** Repository root; data/ and geo/ are read from it. */
  root: string;
  /** Folder with the seed documents; defaults to ../shared/seeds beside the repository. */
  seedsDir?: string;
}

export interface LoadResult {
  data: AtlasData;
  /** Files read, for a dev server to watch. */
  files: string[];
  /** What was not checked, in words (for example when the seed documents are absent). */
  notes: string[];
}

function readYaml(path: string, root: string, issues: DataIssue[]): ParsedFile {
  const file = relative(root, path);
  const fail = (message: string): ParsedFile => {
    issues.push({ file, entry: '(file)', field: '', message });
    return { file, content: null };
  };
  const buffer = readFileSync(path);
  if (buffer.length > 5_000_000)
    return fail(`file is ${buffer.length} bytes; a data file may hold 5 MB at most`);
  const text = buffer.toString('utf8');
  if (text.charCodeAt(0) === 0xfeff)
    return fail('file starts with a byte-order mark; save it as UTF-8 without BOM');
  if (text.includes('\r'))
    return fail('file has CRLF (Windows) line endings; save it with LF line endings');
  if (!text.trim()) return fail('file is empty');
  const doc = parseDocument(text, { prettyErrors: true, uniqueKeys: true });
  if (doc.errors.length) {
    const first = doc.errors[0]!;
    const line = first.linePos?.[0];
    return fail(
      `invalid YAML${line ? ` at line ${line.line}, column ${line.col}` : ''}: ${first.message.split('\n')[0]}`,
    );
  }
  return { file, content: doc.toJS() };
}

export function loadAtlasData({ root, seedsDir }: LoadOptions): LoadResult {
  const issues: DataIssue[] = [];
  const dataDir = join(root, 'data');
  const placeDir = join(dataDir, 'places');
  const placePaths = readdirSync(placeDir)
    .filter((name) => name.endsWith('.yaml'))
    .sort()
    .map((name) => join(placeDir, name));
  const listPath = (name: string) => join(dataDir, `${name}.yaml`);
  const files = [...['sources', 'works', 'mechanisms', 'context'].map(listPath), ...placePaths];
  const raw = {
    sources: readYaml(listPath('sources'), root, issues),
    works: readYaml(listPath('works'), root, issues),
    mechanisms: readYaml(listPath('mechanisms'), root, issues),
    context: readYaml(listPath('context'), root, issues),
    places: placePaths.map((p) => readYaml(p, root, issues)).filter((p) => p.content !== null),
  };
  const { data, issues: dataIssues } = validateData(raw);
  issues.push(...dataIssues);
  const fileById = new Map(
    raw.places.map((p) => [(p.content as { id?: string }).id ?? '', p.file]),
  );
  const fileOf = (id: string) => fileById.get(id) ?? 'data/places';

  const provinces = JSON.parse(
    readFileSync(join(root, 'geo', 'provinces.geojson'), 'utf8'),
  ) as Provinces;
  issues.push(...checkLocations(data.places, provinces, fileOf));

  const notes: string[] = [];
  const seeds = resolve(
    seedsDir ?? process.env.PILOT_ATLAS_SEEDS ?? join(root, '..', 'shared', 'seeds'),
  );
  const texts = new Map<string, string>();
  for (const source of data.sources) {
    const path = join(seeds, source.file);
    if (existsSync(path)) texts.set(source.id, normalizeText(readFileSync(path, 'utf8')));
    else notes.push(`excerpts of "${source.id}" not checked verbatim: ${path} is absent`);
  }
  issues.push(...checkVerbatim(data, texts, fileOf, raw.context.file));

  if (issues.length) throw new DataError(issues);
  return { data, files, notes };
}

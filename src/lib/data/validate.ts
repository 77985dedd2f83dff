import { basename } from 'node:path';
import type { z } from 'zod';
import { type DataIssue, fieldPath } from './errors.ts';
import { describeIssue, describeValue, unknownId } from './messages.ts';
import {
  type AtlasData,
  type ContextFact,
  type Mechanism,
  type Place,
  type Source,
  type Work,
  contextFactSchema,
  mechanismSchema,
  placeSchema,
  sourceSchema,
  workSchema,
} from './schema.ts';
import { placeNames } from './placeMentions.ts';
import { checkPlaceRules, checkExcerptCitations } from './rules.ts';
import { checkContextNumbers, checkPlaceNumbers } from './supportRules.ts';

/** A parsed data file: its path (for messages) and its parsed YAML content. */
export interface ParsedFile {
  file: string;
  content: unknown;
}

export interface RawData {
  sources: ParsedFile;
  works: ParsedFile;
  mechanisms: ParsedFile;
  context: ParsedFile;
  places: ParsedFile[];
}

/** An entry is named by its id, or, lacking one, by `fallback` (its position, or its file name). */
function entryName(item: unknown, fallback: string): string {
  const id = (item as { id?: unknown } | null)?.id;
  return typeof id === 'string' && id ? id : fallback;
}

const placeFileId = (file: string) => basename(file).replace(/\.yaml$/, '');

function parseOne<T>(
  schema: z.ZodType<T>,
  item: unknown,
  file: string,
  entry: string,
  issues: DataIssue[],
) {
  const result = schema.safeParse(item, { reportInput: true });
  if (result.success) return result.data;
  for (const issue of result.error.issues)
    for (const { path, message } of describeIssue(issue, schema))
      issues.push({ file, entry, field: fieldPath(path), message });
  return null;
}

function parseList<T>(schema: z.ZodType<T>, parsed: ParsedFile, issues: DataIssue[]): T[] {
  if (!Array.isArray(parsed.content)) {
    issues.push({
      file: parsed.file,
      entry: '',
      field: '',
      message: `expected a list of entries, each starting with "- " (or [] for none); found ${describeValue(parsed.content)}`,
    });
    return [];
  }
  return parsed.content.flatMap((item, i) => {
    const value = parseOne(schema, item, parsed.file, entryName(item, `entry #${i + 1}`), issues);
    return value === null ? [] : [value];
  });
}

function checkUniqueIds(items: { id: string }[], file: string, issues: DataIssue[]) {
  const seen = new Set<string>();
  for (const item of items) {
    if (seen.has(item.id))
      issues.push({
        file,
        entry: item.id,
        field: 'id',
        message: `duplicate id "${item.id}": an earlier entry of this file has it; expected each id once`,
      });
    seen.add(item.id);
  }
}

/** Validates every file and the references between them; returns the data or the list of problems. */
export function validateData(raw: RawData): {
  data: AtlasData;
  issues: DataIssue[];
  /** The file each place was read from, for messages about it. */
  placeFiles: Map<Place, string>;
} {
  const issues: DataIssue[] = [];
  const sources: Source[] = parseList(sourceSchema, raw.sources, issues);
  const works: Work[] = parseList(workSchema, raw.works, issues);
  const mechanisms: Mechanism[] = parseList(mechanismSchema, raw.mechanisms, issues);
  const context: ContextFact[] = parseList(contextFactSchema, raw.context, issues);
  const placeFiles: { file: string; place: Place }[] = [];
  for (const parsed of raw.places) {
    const entry = entryName(parsed.content, placeFileId(parsed.file));
    if (Array.isArray(parsed.content)) {
      issues.push({
        file: parsed.file,
        entry,
        field: '',
        message:
          'expected one place as a map of fields (id: …, name: …), found a list; ' +
          'a place file holds a single place, not a list',
      });
      continue;
    }
    const place = parseOne(placeSchema, parsed.content, parsed.file, entry, issues);
    if (place) placeFiles.push({ file: parsed.file, place });
  }
  checkUniqueIds(sources, raw.sources.file, issues);
  checkUniqueIds(works, raw.works.file, issues);
  checkUniqueIds(mechanisms, raw.mechanisms.file, issues);
  checkUniqueIds(context, raw.context.file, issues);
  const placeIds = new Map<string, string>();
  for (const { file, place } of placeFiles) {
    const other = placeIds.get(place.id);
    if (other !== undefined)
      issues.push({
        file,
        entry: place.id,
        field: 'id',
        message: `duplicate id "${place.id}": ${other} has it too; expected each place id once`,
      });
    else placeIds.set(place.id, file);
    if (place.id !== placeFileId(file))
      issues.push({
        file,
        entry: place.id,
        field: 'id',
        message: `expected "${placeFileId(file)}", the name of its file; rename the file or fix the id`,
      });
  }
  // A source refused above is reported once, there: not again at every excerpt that cites it.
  const refused = new Set(
    (Array.isArray(raw.sources.content) ? raw.sources.content : [])
      .map((item) => (item as { id?: unknown } | null)?.id)
      .filter((id): id is string => typeof id === 'string' && !sources.some((s) => s.id === id)),
  );
  const refs = { sources, works, mechanisms, refused };
  for (const work of works) {
    work.quotedIn.forEach((sourceId, i) => {
      if (!sources.some((s) => s.id === sourceId) && !refused.has(sourceId))
        issues.push({
          file: raw.works.file,
          entry: work.id,
          field: `quotedIn[${i}]`,
          message: unknownId(
            'source',
            sourceId,
            raw.sources.file,
            sources.map((s) => s.id),
          ),
        });
    });
  }
  for (const fact of context)
    checkExcerptCitations(fact.excerpts, refs, raw.context.file, fact.id, issues);
  const allPlaces = placeFiles.map((p) => p.place);
  const names = placeNames(allPlaces);
  for (const { file, place } of placeFiles) {
    checkExcerptCitations(place.excerpts, refs, file, place.id, issues);
    checkPlaceRules(place, mechanisms, file, issues);
    checkPlaceNumbers(place, names, file, issues);
  }
  for (const fact of context) checkContextNumbers(fact, raw.context.file, issues);
  const cited = new Set(
    [...context.flatMap((f) => f.excerpts), ...allPlaces.flatMap((p) => p.excerpts)].map(
      (e) => e.via,
    ),
  );
  for (const work of works)
    if (!cited.has(work.id))
      issues.push({
        file: raw.works.file,
        entry: work.id,
        field: 'id',
        message: `no excerpt cites this work; expected an excerpt with "via: ${work.id}", or remove the work`,
      });
  for (const fact of context) {
    const add = (field: string, message: string) =>
      issues.push({ file: raw.context.file, entry: fact.id, field, message });
    if (fact.group === 'timeline' && fact.year === null)
      add('year', 'a timeline fact needs the year its passage gives; found null');
    if (fact.group !== 'timeline' && fact.year !== null)
      add('year', `only timeline facts carry a year; expected null in group "${fact.group}"`);
    if (fact.group === 'disputes' && !fact.disputed)
      add(
        'disputed',
        'a fact in the disputes group must be disputed: true, with both sides quoted',
      );
    if (fact.disputed && fact.note === undefined)
      add('note', 'a disputed fact needs a note saying what the documents disagree on');
    if (fact.disputed && fact.excerpts.length < 2)
      issues.push({
        file: raw.context.file,
        entry: fact.id,
        field: 'excerpts',
        message: `a disputed fact needs the excerpts of both sides; expected at least two, found ${fact.excerpts.length}`,
      });
  }
  const places = placeFiles.map((p) => p.place).sort((a, b) => a.name.en.localeCompare(b.name.en));
  return {
    data: { sources, works, mechanisms, places, context },
    issues,
    placeFiles: new Map(placeFiles.map(({ file, place }) => [place, file])),
  };
}

import { z } from 'zod';
import { type DataIssue, fieldPath } from './errors.ts';
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
import { checkPlaceRules, checkExcerptCitations } from './rules.ts';

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

function entryName(item: unknown, index: number): string {
  const id = (item as { id?: unknown } | null)?.id;
  return typeof id === 'string' && id ? id : `entry #${index + 1}`;
}

function parseOne<T>(
  schema: z.ZodType<T>,
  item: unknown,
  file: string,
  entry: string,
  issues: DataIssue[],
) {
  const result = schema.safeParse(item);
  if (result.success) return result.data;
  for (const issue of result.error.issues) {
    issues.push({ file, entry, field: fieldPath(issue.path), message: issue.message });
  }
  return null;
}

function parseList<T>(schema: z.ZodType<T>, parsed: ParsedFile, issues: DataIssue[]): T[] {
  if (!Array.isArray(parsed.content)) {
    issues.push({
      file: parsed.file,
      entry: '(file)',
      field: '',
      message: 'expected a list of entries',
    });
    return [];
  }
  return parsed.content.flatMap((item, i) => {
    const value = parseOne(schema, item, parsed.file, entryName(item, i), issues);
    return value === null ? [] : [value];
  });
}

function checkUniqueIds(items: { id: string }[], file: string, issues: DataIssue[]) {
  const seen = new Set<string>();
  for (const item of items) {
    if (seen.has(item.id))
      issues.push({ file, entry: item.id, field: 'id', message: `duplicate id "${item.id}"` });
    seen.add(item.id);
  }
}

/** Validates every file and the references between them; returns the data or the list of problems. */
export function validateData(raw: RawData): { data: AtlasData; issues: DataIssue[] } {
  const issues: DataIssue[] = [];
  const sources: Source[] = parseList(sourceSchema, raw.sources, issues);
  const works: Work[] = parseList(workSchema, raw.works, issues);
  const mechanisms: Mechanism[] = parseList(mechanismSchema, raw.mechanisms, issues);
  const context: ContextFact[] = parseList(contextFactSchema, raw.context, issues);
  const placeFiles: { file: string; place: Place }[] = [];
  for (const parsed of raw.places) {
    const place = parseOne(
      placeSchema,
      parsed.content,
      parsed.file,
      entryName(parsed.content, 0),
      issues,
    );
    if (place) placeFiles.push({ file: parsed.file, place });
  }
  checkUniqueIds(sources, raw.sources.file, issues);
  checkUniqueIds(works, raw.works.file, issues);
  checkUniqueIds(mechanisms, raw.mechanisms.file, issues);
  checkUniqueIds(context, raw.context.file, issues);
  const placeIds = new Set<string>();
  for (const { file, place } of placeFiles) {
    if (placeIds.has(place.id))
      issues.push({ file, entry: place.id, field: 'id', message: `duplicate id "${place.id}"` });
    placeIds.add(place.id);
  }
  const refs = { sources, works, mechanisms };
  for (const work of works) {
    work.quotedIn.forEach((sourceId, i) => {
      if (!sources.some((s) => s.id === sourceId))
        issues.push({
          file: raw.works.file,
          entry: work.id,
          field: `quotedIn[${i}]`,
          message: `unknown source "${sourceId}"`,
        });
    });
  }
  for (const fact of context)
    checkExcerptCitations(fact.excerpts, refs, raw.context.file, fact.id, issues);
  for (const { file, place } of placeFiles) {
    checkExcerptCitations(place.excerpts, refs, file, place.id, issues);
    checkPlaceRules(place, mechanisms, file, issues);
  }
  for (const fact of context) {
    if (fact.disputed && fact.excerpts.length < 2)
      issues.push({
        file: raw.context.file,
        entry: fact.id,
        field: 'excerpts',
        message: 'a disputed fact needs the excerpts of both sides',
      });
  }
  const places = placeFiles.map((p) => p.place).sort((a, b) => a.name.en.localeCompare(b.name.en));
  return { data: { sources, works, mechanisms, places, context }, issues };
}

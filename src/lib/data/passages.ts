import { normalizeText } from './normalize.ts';
import type { AtlasData, Excerpt } from './schema.ts';

/** A document's text normalised as normalizeText does, with where each character came from. */
export interface NormalizedText {
  text: string;
  /** rawStart[i]: the offset in the raw text of normalised character i. */
  rawStart: number[];
  /** rawEnd[i]: the offset just after the raw characters normalised character i stands for. */
  rawEnd: number[];
}

const SINGLE_QUOTES = /[\u2018\u2019\u201A\u201B\u2032]/;
const DOUBLE_QUOTES = /[\u201C\u201D\u201E\u201F\u2033]/;
const SPACE = /\s/;

/**
 * normalizeText, keeping for each character of the result the raw characters it came from: a run
 * of white space becomes one space standing for the whole run. `text` equals normalizeText(raw).
 */
export function normalizeWithOffsets(raw: string): NormalizedText {
  const out: string[] = [];
  const rawStart: number[] = [];
  const rawEnd: number[] = [];
  let i = 0;
  while (i < raw.length) {
    const char = raw[i]!;
    if (SPACE.test(char)) {
      let j = i + 1;
      while (j < raw.length && SPACE.test(raw[j]!)) j++;
      out.push(' ');
      rawStart.push(i);
      rawEnd.push(j);
      i = j;
      continue;
    }
    out.push(SINGLE_QUOTES.test(char) ? "'" : DOUBLE_QUOTES.test(char) ? '"' : char);
    rawStart.push(i);
    rawEnd.push(i + 1);
    i++;
  }
  // normalizeText trims: leading and trailing runs of white space go.
  const from = out[0] === ' ' ? 1 : 0;
  const to = out.length > from && out.at(-1) === ' ' ? out.length - 1 : out.length;
  return {
    text: out.slice(from, to).join(''),
    rawStart: rawStart.slice(from, to),
    rawEnd: rawEnd.slice(from, to),
  };
}

/**
 * Where `quote` stands in the raw document: [start, end) offsets of its first occurrence, found
 * as the verbatim check finds it (white space and quote marks normalised); null when absent.
 */
export function passageRange(document: NormalizedText, quote: string): [number, number] | null {
  const wanted = normalizeText(quote);
  if (!wanted) return null;
  const at = document.text.indexOf(wanted);
  if (at < 0) return null;
  return [document.rawStart[at]!, document.rawEnd[at + wanted.length - 1]!];
}

/** What an excerpt of the atlas that quotes a passage supports: a place's fields or a national fact. */
export interface PassageUse {
  kind: 'place' | 'fact';
  /** The place's or the fact's id. */
  id: string;
  /** The fields the excerpt supports, as in `supports`. */
  fields: string[];
  /** The excerpt's quote as the data has it, by which the app finds the passage of an excerpt. */
  quote: string;
}

/** A stretch of the document that one or more excerpts quote (overlapping quotes are merged). */
export interface Passage {
  start: number;
  end: number;
  uses: PassageUse[];
}

/** What the reading view loads for one document: its raw text and the passages the atlas uses. */
export interface ReadingDocument {
  id: string;
  text: string;
  /** In document order, not overlapping. */
  passages: Passage[];
}

/** Every excerpt of the data with what it supports, in the data's order. */
function usesOf(data: AtlasData): { excerpt: Excerpt; kind: 'place' | 'fact'; id: string }[] {
  return [
    ...data.places.flatMap((place) =>
      place.excerpts.map((excerpt) => ({ excerpt, kind: 'place' as const, id: place.id })),
    ),
    ...data.context.flatMap((fact) =>
      fact.excerpts.map((excerpt) => ({ excerpt, kind: 'fact' as const, id: fact.id })),
    ),
  ];
}

/**
 * The reading document of each source: its raw text and the ranges of every passage an excerpt
 * quotes. Computed at build time, so that the browser only marks ranges.
 */
export function readingDocuments(
  data: AtlasData,
  rawTexts: Map<string, string>,
): ReadingDocument[] {
  const uses = usesOf(data);
  return data.sources.flatMap((source) => {
    const text = rawTexts.get(source.id);
    if (text === undefined) return [];
    const normalized = normalizeWithOffsets(text);
    const found: Passage[] = [];
    for (const { excerpt, kind, id } of uses) {
      if (excerpt.source !== source.id) continue;
      const range = passageRange(normalized, excerpt.quote);
      if (!range) continue;
      found.push({
        start: range[0],
        end: range[1],
        uses: [{ kind, id, fields: excerpt.supports, quote: excerpt.quote }],
      });
    }
    found.sort((a, b) => a.start - b.start || a.end - b.end);
    const passages: Passage[] = [];
    for (const passage of found) {
      const last = passages.at(-1);
      if (last && passage.start < last.end) {
        last.end = Math.max(last.end, passage.end);
        last.uses.push(...passage.uses);
      } else passages.push(passage);
    }
    return [{ id: source.id, text, passages }];
  });
}

/** The 1-based number of the passage that quotes `excerpt` in `document`, or null. */
export function passageNumberOf(document: ReadingDocument, excerpt: Excerpt): number | null {
  const index = document.passages.findIndex((p) => p.uses.some((u) => u.quote === excerpt.quote));
  return index < 0 ? null : index + 1;
}

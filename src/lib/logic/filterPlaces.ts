import { normalizeText } from '../data/normalize';
import type { Place } from '../data/schema';

export type MatchMode = 'any' | 'all';

export interface PlaceFilter {
  mechanisms: readonly string[];
  mode: MatchMode;
  search: string;
}

export const noFilter: PlaceFilter = { mechanisms: [], mode: 'any', search: '' };

function fold(text: string): string {
  return normalizeText(text).toLowerCase();
}

/**
 * Separates the texts of a place, and the places, in the folded search text. Folding turns every
 * run of white space into one space, so a folded query never holds it and no match can run from
 * one text into the next.
 */
const SEPARATOR = '\n';

/**
 * Each place's names and excerpts, folded once (places are read-only data; a search folds only the
 * query). Folding the joined texts in one go equals folding each: the query is trimmed, so a space
 * left at either end of a text cannot be part of a match.
 */
const foldedText = new WeakMap<Place, string>();

function searchText(place: Place): string {
  let text = foldedText.get(place);
  if (text === undefined) {
    const texts = [place.name.en, place.name.zh ?? '', ...place.excerpts.map((e) => e.quote)];
    text = fold(texts.join('\0')).replaceAll('\0', SEPARATOR);
    foldedText.set(place, text);
  }
  return text;
}

/** Which places a query matched, and how many. */
interface Hits {
  hits: boolean[];
  count: number;
}

/**
 * Every place's search text in one string, with where each place starts, and the results of the
 * last few queries: deleting a character returns to one of them, and typing one more can only
 * match where the shorter query matched.
 */
interface SearchIndex {
  text: string;
  starts: number[];
  recent: Map<string, Hits>;
}

/** How many queries' results an index keeps. */
const RECENT_QUERIES = 16;

const indexes = new WeakMap<readonly Place[], SearchIndex>();

function searchIndex(places: readonly Place[]): SearchIndex {
  let index = indexes.get(places);
  if (!index) {
    const starts: number[] = [];
    let length = 0;
    const texts = places.map((place) => {
      const text = searchText(place);
      starts.push(length);
      length += text.length + SEPARATOR.length;
      return text;
    });
    index = { text: texts.join(SEPARATOR), starts, recent: new Map() };
    indexes.set(places, index);
  }
  return index;
}

/**
 * Builds the search index of a list now — folding every name and excerpt once, the one costly step
 * (a few hundred ms for 30,000 excerpts on a slow machine) — so that the first keystroke does not.
 */
export function prepareSearch(places: readonly Place[]): void {
  searchIndex(places);
}

/** Drops what was folded of these places: their texts have changed (their excerpts arrived). */
export function forgetSearch(places: readonly Place[]): void {
  indexes.delete(places);
  for (const place of places) foldedText.delete(place);
}

/** The index of the place whose text holds position `at` (the last start ≤ at). */
function placeAt(starts: readonly number[], at: number): number {
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (starts[mid]! <= at) low = mid;
    else high = mid - 1;
  }
  return low;
}

/**
 * Which places match a search, by position: one scan of the joined text for the whole list,
 * skipping to the next place after each hit, rather than a search per text of each place.
 */
function scanHits(index: SearchIndex, query: string): Hits {
  const { text, starts } = index;
  const hits = new Array<boolean>(starts.length).fill(false);
  let count = 0;
  let at = text.indexOf(query);
  while (at !== -1) {
    const i = placeAt(starts, at);
    hits[i] = true;
    count++;
    if (i + 1 >= starts.length) break;
    at = text.indexOf(query, starts[i + 1]);
  }
  return { hits, count };
}

/** Which of the places `among` marks match a query: a search of those places' texts only. */
function hitsAmong(places: readonly Place[], query: string, among: boolean[]): Hits {
  let count = 0;
  const hits = among.map((candidate, i) => {
    const hit = candidate && searchText(places[i]!).includes(query);
    if (hit) count++;
    return hit;
  });
  return { hits, count };
}

function searchHits(places: readonly Place[], query: string): boolean[] {
  const index = searchIndex(places);
  const { recent } = index;
  let found = recent.get(query);
  if (found) {
    recent.delete(query); // kept as the most recent
  } else {
    // A text holding the query holds every part of it: only places a part matched can match.
    let narrowest: Hits | undefined;
    for (const [part, hits] of recent)
      if (query.includes(part) && hits.count < (narrowest?.count ?? Infinity)) narrowest = hits;
    found = narrowest ? hitsAmong(places, query, narrowest.hits) : scanHits(index, query);
    if (recent.size >= RECENT_QUERIES) recent.delete(recent.keys().next().value!);
  }
  recent.set(query, found);
  return found.hits;
}

/** Whether a place has the chosen mechanisms: any of them or all of them; no choice matches all. */
export function matchesMechanisms(
  place: Place,
  mechanisms: readonly string[],
  mode: MatchMode,
): boolean {
  if (!mechanisms.length) return true;
  const has = (m: string) => place.mechanisms.includes(m);
  return mode === 'all' ? mechanisms.every(has) : mechanisms.some(has);
}

/** Search over English and Chinese names and the text of the excerpts, case- and space-insensitive. */
export function matchesSearch(place: Place, search: string): boolean {
  const query = fold(search);
  return !query || searchText(place).includes(query);
}

export function filterPlaces(places: readonly Place[], filter: PlaceFilter): Place[] {
  const query = fold(filter.search);
  const hits = query ? searchHits(places, query) : null;
  return places.filter(
    (p, i) => (!hits || hits[i]) && matchesMechanisms(p, filter.mechanisms, filter.mode),
  );
}

export function isFilterActive(filter: PlaceFilter): boolean {
  return filter.mechanisms.length > 0 || fold(filter.search) !== '';
}

/** How many places have each mechanism, for the filter chips. */
export function mechanismCounts(places: readonly Place[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const place of places)
    for (const m of place.mechanisms) counts.set(m, (counts.get(m) ?? 0) + 1);
  return counts;
}

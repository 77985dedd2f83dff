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
  if (!query) return true;
  const haystack = [place.name.en, place.name.zh ?? '', ...place.excerpts.map((e) => e.quote)];
  return haystack.some((text) => fold(text).includes(query));
}

export function filterPlaces(places: readonly Place[], filter: PlaceFilter): Place[] {
  return places.filter(
    (p) => matchesMechanisms(p, filter.mechanisms, filter.mode) && matchesSearch(p, filter.search),
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

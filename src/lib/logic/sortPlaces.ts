import { emphasisOf } from '../data/emphasis';
import type { Place } from '../data/schema';
import { LEVELS } from '../data/vocabulary';

export type SortKey = 'name' | 'level' | 'emphasis';

const emphasisRank = { red: 0, even: 1, black: 2, 'not-reported': 3 } as const;

/** The comparison `localeCompare` makes, without building it anew for every pair. */
const collator = new Intl.Collator();

function rank(place: Place, key: SortKey): number {
  if (key === 'level') return place.level === null ? LEVELS.length : LEVELS.indexOf(place.level);
  if (key === 'emphasis') {
    const e = emphasisOf(place);
    return e === 'not-reported' ? 1000 : emphasisRank[e] * 100 + (100 - (place.shares.red ?? 0));
  }
  return 0;
}

/** Level sorts from province down to village (unknown last); emphasis from red-list-leaning to black. */
export function sortPlaces(places: readonly Place[], key: SortKey): Place[] {
  return places
    .map((place) => ({ place, rank: rank(place, key) }))
    .sort((a, b) => a.rank - b.rank || collator.compare(a.place.name.en, b.place.name.en))
    .map(({ place }) => place);
}

/**
 * The places of `subset` in the order of `sorted` (which holds them all): a list sorted once,
 * then narrowed by each keystroke in one pass, instead of sorted again.
 */
export function inOrderOf(sorted: readonly Place[], subset: readonly Place[]): Place[] {
  if (subset.length === sorted.length) return [...sorted];
  const kept = new Set(subset);
  return sorted.filter((place) => kept.has(place));
}

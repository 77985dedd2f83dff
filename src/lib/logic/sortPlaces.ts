import { emphasisOf } from '../data/pilotsGeoJSON';
import type { Place } from '../data/schema';
import { LEVELS } from '../data/vocabulary';

export type SortKey = 'name' | 'level' | 'emphasis';

const emphasisRank = { red: 0, even: 1, black: 2, 'not-reported': 3 } as const;

/** Level sorts from province down to village (unknown last); emphasis from red-list-leaning to black. */
export function sortPlaces(places: readonly Place[], key: SortKey): Place[] {
  const byName = (a: Place, b: Place) => a.name.en.localeCompare(b.name.en);
  const rank = (p: Place): number => {
    if (key === 'level') return p.level === null ? LEVELS.length : LEVELS.indexOf(p.level);
    if (key === 'emphasis') {
      const e = emphasisOf(p);
      return e === 'not-reported' ? 1000 : emphasisRank[e] * 100 + (100 - (p.shares.red ?? 0));
    }
    return 0;
  };
  return [...places].sort((a, b) => rank(a) - rank(b) || byName(a, b));
}

import type { Place } from './schema.ts';

export type Emphasis = 'red' | 'black' | 'even' | 'not-reported';

/** Which list a place leans on, from its reported shares; not reported unless both are. */
export function emphasisOf(place: Place): Emphasis {
  const { red, black } = place.shares;
  if (red === null || black === null) return 'not-reported';
  return red > black ? 'red' : black > red ? 'black' : 'even';
}

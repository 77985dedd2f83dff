import { describe, expect, it } from 'vitest';
import type { Place } from '../../src/lib/data/schema';
import { type SortKey, inOrderOf, sortPlaces } from '../../src/lib/logic/sortPlaces';

function place(en: string, level: Place['level'], shares: Omit<Place['shares'], 'of'>): Place {
  return {
    id: en.toLowerCase(),
    name: { en, zh: null },
    level,
    province: 'jiangsu',
    location: { lon: 119, lat: 33, precision: 'stated' },
    status: 'pilot',
    startYear: null,
    scale: null,
    shares: { ...shares, of: null },
    mechanisms: [],
    disputes: [],
    readings: {},
    excerpts: [],
  };
}

const none = { red: null, black: null };
const places = [
  place('wuhan', 'prefecture-level city', { red: 72, black: 28 }),
  place('Anqing', 'prefecture-level city', none),
  place('Jiangsu', 'province', { red: 20, black: 80 }),
  place('Rongcheng', 'county-level city', { red: 50, black: 50 }),
  place('Teng Jia', null, { red: 90, black: 10 }),
  place('Beijing', 'municipality', { red: 60, black: null }),
];

describe('sortPlaces', () => {
  it.each<[SortKey, string[]]>([
    ['name', ['Anqing', 'Beijing', 'Jiangsu', 'Rongcheng', 'Teng Jia', 'wuhan']],
    // Province down to village, unknown last; the same level by name.
    ['level', ['Jiangsu', 'Beijing', 'Anqing', 'wuhan', 'Rongcheng', 'Teng Jia']],
    // Red-leaning (more red first), even, black-leaning, then not reported (by name).
    ['emphasis', ['Teng Jia', 'wuhan', 'Rongcheng', 'Jiangsu', 'Anqing', 'Beijing']],
  ])('by %s', (key, expected) => {
    expect(sortPlaces(places, key).map((p) => p.name.en)).toEqual(expected);
  });

  it('leaves its input as it was', () => {
    const before = places.map((p) => p.id);
    sortPlaces(places, 'name');
    expect(places.map((p) => p.id)).toEqual(before);
  });
});

describe('inOrderOf', () => {
  const subsets: [string, string[]][] = [
    ['all of them', places.map((p) => p.name.en)],
    ['some of them', ['Teng Jia', 'wuhan', 'Anqing']],
    ['one', ['Beijing']],
    ['none', []],
  ];
  it.each(
    subsets.flatMap(([what, names]) =>
      (['name', 'level', 'emphasis'] as SortKey[]).map((key) => [what, key, names] as const),
    ),
  )('%s, by %s, is the subset sorted', (_, key, names) => {
    const subset = places.filter((p) => names.includes(p.name.en));
    expect(inOrderOf(sortPlaces(places, key), subset)).toEqual(sortPlaces(subset, key));
  });
});

import { describe, expect, it } from 'vitest';
import type { Place } from '../../src/lib/data/schema';
import {
  filterPlaces,
  isFilterActive,
  mechanismCounts,
  type PlaceFilter,
} from '../../src/lib/logic/filterPlaces';

function place(id: string, mechanisms: string[], extra: Partial<Place> = {}): Place {
  return {
    id,
    name: { en: id, zh: null },
    level: 'county',
    province: 'jiangsu',
    location: { lon: 119, lat: 33, precision: 'stated' },
    status: 'pilot',
    startYear: null,
    scale: null,
    shares: { red: null, black: null },
    mechanisms,
    disputes: [],
    excerpts: [{ quote: `${id} quote`, source: 's', supports: ['status'] }],
    ...extra,
  };
}

const places = [
  place('alpha', ['red-list', 'black-list']),
  place('beta', ['red-list']),
  place('gamma', []),
  place('delta', ['point-score'], { name: { en: 'Delta', zh: '三角洲' } }),
];

const ids = (filter: Partial<PlaceFilter>) =>
  filterPlaces(places, { mechanisms: [], mode: 'any', search: '', ...filter }).map((p) => p.id);

describe('filterPlaces', () => {
  it.each<[string, Partial<PlaceFilter>, string[]]>([
    ['no filter keeps every place', {}, ['alpha', 'beta', 'gamma', 'delta']],
    ['any: one mechanism', { mechanisms: ['red-list'] }, ['alpha', 'beta']],
    ['any: either mechanism', { mechanisms: ['black-list', 'point-score'] }, ['alpha', 'delta']],
    ['all: both mechanisms', { mechanisms: ['red-list', 'black-list'], mode: 'all' }, ['alpha']],
    [
      'all: one mechanism is the same as any',
      { mechanisms: ['red-list'], mode: 'all' },
      ['alpha', 'beta'],
    ],
    ['unknown mechanism matches nothing', { mechanisms: ['mind-reading'] }, []],
    [
      'all with an unknown mechanism matches nothing',
      { mechanisms: ['red-list', 'mind-reading'], mode: 'all' },
      [],
    ],
    ['search by English name, any case', { search: 'DELTA' }, ['delta']],
    ['search by Chinese name', { search: '三角' }, ['delta']],
    ['search by excerpt text', { search: 'gamma quote' }, ['gamma']],
    [
      'search and mechanisms together',
      { search: 'a', mechanisms: ['red-list'], mode: 'all' },
      ['alpha', 'beta'],
    ],
    ['blank search is no search', { search: '   ' }, ['alpha', 'beta', 'gamma', 'delta']],
  ])('%s', (_name, filter, expected) => {
    expect(ids(filter)).toEqual(expected);
  });

  it('says whether a filter is active', () => {
    expect(isFilterActive({ mechanisms: [], mode: 'all', search: ' ' })).toBe(false);
    expect(isFilterActive({ mechanisms: ['red-list'], mode: 'any', search: '' })).toBe(true);
    expect(isFilterActive({ mechanisms: [], mode: 'any', search: 'wu' })).toBe(true);
  });

  it('counts places per mechanism', () => {
    expect(Object.fromEntries(mechanismCounts(places))).toEqual({
      'red-list': 2,
      'black-list': 1,
      'point-score': 1,
    });
  });
});

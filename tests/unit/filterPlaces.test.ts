import { describe, expect, it } from 'vitest';
import type { Place } from '../../src/lib/data/schema';
import {
  filterPlaces,
  forgetSearch,
  isFilterActive,
  matchesSearch,
  mechanismCounts,
  type PlaceFilter,
  prepareSearch,
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
    shares: { red: null, black: null, of: null },
    mechanisms,
    disputes: [],
    readings: {},
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

  describe('search', () => {
    const texts = (id: string, en: string, quotes: string[]) =>
      place(id, [], {
        name: { en, zh: null },
        excerpts: quotes.map((quote) => ({ quote, source: 's', supports: ['status'] })),
      });
    const corpus = [
      texts('curly', 'Curly', ['the \u201Csocial credit\u201D system', 'a \u2018red list\u2019']),
      texts('spaced', 'Spaced', ['scores\n   drop  by\tten points']),
      texts('split', 'Split', ['ends with foo', 'bar starts this one']),
      texts('tail', 'Tail Alp', []),
      texts('head', 'Habitat', ['last place, last words']),
    ];
    const search = (query: string, list = corpus) =>
      filterPlaces(list, { mechanisms: [], mode: 'any', search: query }).map((p) => p.id);

    it.each<[string, string, string[]]>([
      ['straight quotes find curly ones', '"social credit"', ['curly']],
      ['single quotes too', "'red list'", ['curly']],
      ['any run of white space is one space', 'drop by ten', ['spaced']],
      ['a line break in the text is a space', 'scores drop', ['spaced']],
      ['the query is trimmed and folded', '  SCORES   DROP ', ['spaced']],
      ['a match never spans two excerpts', 'foo bar', []],
      ['nor two places', 'alphabitat', []],
      ['nor a name and an excerpt', 'habitatlast', []],
      ['the last text of the last place', 'last words', ['head']],
      ['several hits in one place count once', 'last', ['head']],
      ['order is the list order', 'a', ['curly', 'spaced', 'split', 'tail', 'head']],
      ['no hit', 'zebra', []],
    ])('%s', (_name, query, expected) => {
      expect(search(query)).toEqual(expected);
    });

    it('answers the same for the same list searched again and again', () => {
      prepareSearch(corpus);
      for (const query of ['s', 'sc', 'sco', 'sc', 's', '', 'foo'])
        expect(search(query)).toEqual(
          corpus
            .filter((p) =>
              [p.name.en, ...p.excerpts.map((e) => e.quote)].some((t) =>
                t.replace(/\s+/g, ' ').toLowerCase().includes(query),
              ),
            )
            .map((p) => p.id),
        );
    });
    // Each query is answered from the results of earlier ones where it can be (deleting returns
    // to a query; a longer query narrows a shorter one it contains): the answers must not change.
    const naive = (list: Place[], query: string) =>
      list.filter((p) => matchesSearch(p, query)).map((p) => p.id);
    it.each<[string, string[]]>([
      ['typing and deleting', ['l', 'la', 'las', 'last', 'las', 'la', 'l', '']],
      ['a longer query around an earlier one', ['is', 'list', 'red list', 'a red list', 'is']],
      ['a query that contains none of the earlier ones', ['sc', 'scores', 'foo', 'oo', 'zebra']],
      ['a part matched that the whole does not', ['foo', 'bar', 'foo bar', 'foo']],
      [
        'more queries than are remembered',
        [...'abcdefghijklmnopqrstuvwxyz', 'a', 'al', 'alp', 'tail alp', 'alp', 'a'],
      ],
    ])('%s', (_name, queries) => {
      const list = [...corpus]; // a list of its own: its index remembers nothing yet
      for (const query of queries)
        expect(search(query, list), `"${query}"`).toEqual(naive(list, query));
    });
  });

  it('searches excerpts filled in later once told to forget what it folded', () => {
    const list = [place('late', [], { excerpts: [] })];
    const search = () => filterPlaces(list, { mechanisms: [], mode: 'any', search: 'arrived' });
    expect(search()).toEqual([]);
    list[0]!.excerpts = [{ quote: 'it arrived', source: 's', supports: ['status'] }];
    expect(search(), 'still the folded text of before').toEqual([]);
    forgetSearch(list);
    expect(search().map((p) => p.id)).toEqual(['late']);
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

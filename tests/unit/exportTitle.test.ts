import { describe, expect, it } from 'vitest';
import { ALL_PLACES_TITLE, defaultTitle, joinWords } from '../../src/lib/export/title';
import { data } from './exportHelpers';

const place = (id: string) => data.places.find((p) => p.id === id)!;
const filter = (mechanisms: string[] = [], mode: 'any' | 'all' = 'any', search = '') => ({
  mechanisms,
  mode,
  search,
});

describe('defaultTitle', () => {
  it.each([
    ['nothing chosen', undefined, filter(), ALL_PLACES_TITLE],
    ['a search of spaces only', undefined, filter([], 'any', '   '), ALL_PLACES_TITLE],
    ['one mechanism', undefined, filter(['red-list']), 'Places using red list'],
    [
      'two, any',
      undefined,
      filter(['red-list', 'black-list']),
      'Places using red list or black list',
    ],
    [
      'three, all',
      undefined,
      filter(['point-score', 'red-list', 'black-list'], 'all'),
      'Places using point score, red list and black list',
    ],
    ['a search', undefined, filter([], 'any', '  pudong  '), 'Places matching “pudong”'],
    [
      'a mechanism and a search',
      undefined,
      filter(['letter-grades'], 'any', 'Rong cheng'),
      'Places using letter-grade tiers, matching “Rong cheng”',
    ],
    ['an unknown mechanism id', undefined, filter(['teleport']), 'Places using teleport'],
    ['Wuhan selected', place('wuhan'), filter(), 'Wuhan: red list 72%, black list 28%'],
    [
      'Pudong selected',
      place('shanghai-pudong'),
      filter(),
      'Shanghai Pudong: red list 25%, black list 75%',
    ],
    [
      'a selection wins over filters',
      place('wuhan'),
      filter(['red-list']),
      'Wuhan: red list 72%, black list 28%',
    ],
    ['a pilot without shares', place('rongcheng'), filter(), 'Rongcheng: a social credit pilot'],
    ['a place that is not a pilot', place('shanxi'), filter(), 'Shanxi: not a social credit pilot'],
  ])('%s', (_, selected, f, title) => {
    expect(defaultTitle({ selected, filter: f, mechanisms: data.mechanisms })).toBe(title);
  });
});

describe('joinWords', () => {
  it.each([
    [[], 'or', ''],
    [['a'], 'or', 'a'],
    [['a', 'b'], 'and', 'a and b'],
    [['a', 'b', 'c'], 'or', 'a, b or c'],
  ] as const)('%j with %s is %j', (words, conjunction, text) => {
    expect(joinWords(words, conjunction)).toBe(text);
  });
});

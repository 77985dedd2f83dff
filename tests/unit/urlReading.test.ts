import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type KnownIds,
  type UrlState,
  decodeUrlState,
  defaultUrlState,
  encodeUrlState,
} from '../../src/lib/logic/urlState';
import { type UrlWrite, urlWriteFor } from '../../src/lib/logic/urlWrites';

const known: KnownIds = {
  places: new Set(['wuhan', 'rongcheng']),
  mechanisms: new Set(['red-list']),
  sources: new Set(['zou-2019', 'qian-sun-interview']),
};

describe('the reading view in a link', () => {
  it.each<[string, string, Partial<UrlState>]>([
    ['a document at its first passage', '?doc=zou-2019', { doc: 'zou-2019' }],
    ['a document at passage 3', '?doc=zou-2019&passage=3', { doc: 'zou-2019', passage: 3 }],
    ['an unknown document falls back alone', '?doc=atlantis&place=wuhan', { place: 'wuhan' }],
    ['a bad passage falls back alone', '?doc=zou-2019&passage=-2', { doc: 'zou-2019' }],
    ['a passage that is not a number', '?doc=zou-2019&passage=x', { doc: 'zou-2019' }],
    ['a passage of zero', '?doc=zou-2019&passage=0', { doc: 'zou-2019' }],
    [
      'beside a selection',
      '?place=wuhan&doc=zou-2019&passage=2',
      { place: 'wuhan', doc: 'zou-2019', passage: 2 },
    ],
  ])('%s', (_, query, expected) => {
    expect(decodeUrlState(query, known)).toEqual({ ...defaultUrlState, ...expected });
  });

  it('opens no document when the app knows no sources', () => {
    expect(
      decodeUrlState('?doc=zou-2019', { places: known.places, mechanisms: known.mechanisms }).doc,
    ).toBeNull();
  });

  it('survives a round trip through a link', () => {
    fc.assert(
      fc.property(
        fc.option(fc.constantFrom(...known.sources!), { nil: null }),
        fc.integer({ min: 1, max: 9999 }),
        fc.option(fc.constantFrom(...known.places), { nil: null }),
        (doc, passage, place) => {
          const state = { ...defaultUrlState, place, doc, passage: doc ? passage : 1 };
          expect(decodeUrlState(encodeUrlState(state), known)).toEqual(state);
        },
      ),
    );
  });

  it.each<[string, Partial<UrlState>, Partial<UrlState>, UrlWrite]>([
    [
      'opening a document is a history entry',
      { place: 'wuhan' },
      { place: 'wuhan', doc: 'zou-2019', passage: 2 },
      'push',
    ],
    ['closing it too', { doc: 'zou-2019', passage: 2 }, {}, 'push'],
    [
      'the next passage replaces the entry',
      { doc: 'zou-2019', passage: 2 },
      { doc: 'zou-2019', passage: 3 },
      'replace',
    ],
  ])('%s', (_, before, after, expected) => {
    expect(urlWriteFor({ ...defaultUrlState, ...before }, { ...defaultUrlState, ...after })).toBe(
      expected,
    );
  });
});

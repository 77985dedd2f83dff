import { describe, expect, it } from 'vitest';
import {
  type ExcerptIntent,
  wantsExcerpts,
  wantsSearchIndex,
} from '../../src/lib/logic/excerptIntent';

const idle: ExcerptIntent = {
  pointedAt: null,
  selected: null,
  search: '',
  listFocused: false,
  searchFocused: false,
};

describe('excerpt intent', () => {
  it.each<[string, Partial<ExcerptIntent>, boolean, boolean]>([
    // what the user did, excerpts fetched, search index built
    ['nothing yet (the first load)', {}, false, false],
    ['a search of spaces only', { search: '   ' }, false, false],
    ['points at a place', { pointedAt: 'wuhan' }, true, false],
    ['selects a place (or links to one)', { selected: 'wuhan' }, true, false],
    ['moves the focus into the list', { listFocused: true }, true, false],
    ['focuses the search box', { searchFocused: true, listFocused: true }, true, true],
    ['types or links a search', { search: 'shame' }, true, true],
  ])('%s', (_, intent, excerpts, index) => {
    const state = { ...idle, ...intent };
    expect(wantsExcerpts(state)).toBe(excerpts);
    expect(wantsSearchIndex(state)).toBe(index);
  });
});

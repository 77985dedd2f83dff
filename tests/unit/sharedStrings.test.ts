import { describe, expect, it } from 'vitest';
import { splitExcerpts } from '../../src/lib/data/excerptSplit';
import { loadAtlasData } from '../../src/lib/data/load';
import { MAX_SHARED_LENGTH, shareRepeatedStrings } from '../../src/lib/data/sharedStrings';
import { root } from './helpers';

const long = 'q'.repeat(MAX_SHARED_LENGTH + 1);
const longest = 's'.repeat(MAX_SHARED_LENGTH);

describe('shareRepeatedStrings', () => {
  it.each([
    { what: 'nothing to share', value: { a: 'x', b: ['y', 'z'] }, shared: 0 },
    { what: 'an array', value: ['x', 'x', 'y', 'x'], shared: 2 },
    {
      what: 'across objects and arrays',
      value: { a: ['x', 'y'], b: { c: 'x', d: ['y'] } },
      shared: 2,
    },
    {
      what: 'nested arrays (every place’s excerpts)',
      value: [[{ s: 'x' }], [{ s: 'x' }, { s: 'x' }]],
      shared: 2,
    },
    { what: 'keys are not values', value: { x: 'y', y: 'x' }, shared: 0 },
    {
      what: 'numbers, nulls and booleans are left alone',
      value: [1, 1, null, null, true, true],
      shared: 0,
    },
    { what: 'the longest string looked up', value: [longest, longest], shared: 1 },
    { what: 'a longer string (a quote) is not', value: [long, long], shared: 0 },
    { what: 'not an object', value: 'x', shared: 0 },
    { what: 'null', value: null, shared: 0 },
  ])('$what: $shared shared, values unchanged', ({ value, shared }) => {
    const before = structuredClone(value);
    expect(shareRepeatedStrings(value)).toBe(shared);
    expect(value).toEqual(before);
  });

  it('the atlas’s first data and its excerpts keep every value, and share their repeated ids', () => {
    const { data } = loadAtlasData({ root });
    const { first, excerpts } = splitExcerpts(data);
    for (const part of [first, excerpts]) {
      const before = structuredClone(part);
      expect(shareRepeatedStrings(part)).toBeGreaterThan(0);
      expect(part).toEqual(before);
    }
  });
});

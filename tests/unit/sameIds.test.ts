import { describe, expect, it } from 'vitest';
import { sameIds } from '../../src/lib/logic/sameIds';

describe('sameIds', () => {
  const ids = ['wuhan', 'rongcheng'];
  it.each([
    { a: ids, b: ids, same: true },
    { a: ['wuhan', 'rongcheng'], b: ['wuhan', 'rongcheng'], same: true },
    { a: [], b: [], same: true },
    { a: ['wuhan', 'rongcheng'], b: ['rongcheng', 'wuhan'], same: false },
    { a: ['wuhan'], b: ['wuhan', 'rongcheng'], same: false },
    { a: ['wuhan', 'rongcheng'], b: ['wuhan'], same: false },
    { a: [], b: ['wuhan'], same: false },
  ])('$a vs $b → $same', ({ a, b, same }) => {
    expect(sameIds(a, b)).toBe(same);
  });
});

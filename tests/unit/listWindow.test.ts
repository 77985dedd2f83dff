import { describe, expect, it } from 'vitest';
import { OVERSCAN, WHOLE_UP_TO, rowsToRender, visibleRange } from '../../src/lib/logic/listWindow';

const ROW = 50;

describe('visibleRange', () => {
  it.each<[string, number, { offset: number; height: number }, { start: number; end: number }]>([
    ['top of a long list', 3000, { offset: 0, height: 500 }, { start: 0, end: 10 + OVERSCAN }],
    [
      'scrolled into the middle',
      3000,
      { offset: 50_000, height: 500 },
      { start: 1000 - OVERSCAN, end: 1010 + OVERSCAN },
    ],
    [
      'a partly visible row counts',
      3000,
      { offset: 50_025, height: 500 },
      { start: 1000 - OVERSCAN, end: 1011 + OVERSCAN },
    ],
    [
      'scrolled to the end',
      3000,
      { offset: 149_500, height: 500 },
      { start: 2990 - OVERSCAN, end: 3000 },
    ],
    [
      'the list starts below the visible area',
      3000,
      { offset: -2000, height: 500 },
      { start: 0, end: 0 },
    ],
    [
      'the list starts lower in the visible area',
      3000,
      { offset: -200, height: 500 },
      { start: 0, end: 6 + OVERSCAN },
    ],
    ['a short list is whole', WHOLE_UP_TO, { offset: -5000, height: 10 }, { start: 0, end: 60 }],
    ['an empty list', 0, { offset: 0, height: 500 }, { start: 0, end: 0 }],
  ])('%s', (_, count, viewport, expected) => {
    expect(visibleRange(count, ROW, viewport)).toEqual(expected);
  });

  it('renders nothing of a long list before a row height is known', () => {
    expect(visibleRange(3000, 0, { offset: 0, height: 500 })).toEqual({ start: 0, end: 0 });
  });
});

describe('rowsToRender', () => {
  it.each<[string, { start: number; end: number }, number[], number[]]>([
    ['the range alone', { start: 3, end: 6 }, [], [3, 4, 5]],
    ['a pinned row inside the range adds nothing', { start: 3, end: 6 }, [4, 4], [3, 4, 5]],
    ['pinned rows far away, in order', { start: 3, end: 5 }, [2999, 0], [0, 3, 4, 2999]],
    ['the same pinned row twice, once', { start: 0, end: 1 }, [7, 7], [0, 7]],
    [
      'no selection (-1) and rows past the end are ignored',
      { start: 0, end: 2 },
      [-1, 5000],
      [0, 1],
    ],
  ])('%s', (_, range, pinned, expected) => {
    expect(rowsToRender(3000, range, pinned)).toEqual(expected);
  });
});

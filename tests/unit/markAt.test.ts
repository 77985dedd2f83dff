import { describe, expect, it } from 'vitest';
import type { MarkerStyle } from '../../src/lib/cartography/markers';
import { HIT_SLOP, markAt } from '../../src/lib/staticMap/markAt';
import type { PlaceMark } from '../../src/lib/cartography/marks';

const marker = (radius: number, strokeWidth = 1.5): MarkerStyle => ({
  radius,
  fill: '#c0392b',
  stroke: '#3a3a3a',
  strokeWidth,
  opacity: 1,
  strokeOpacity: 1,
  sortKey: 20 - radius,
  base: radius,
  ring: false,
  dot: false,
  cross: false,
});
const mark = (
  id: string,
  x: number,
  y: number,
  radius: number,
  strokeWidth?: number,
): PlaceMark => ({
  id,
  x,
  y,
  marker: marker(radius, strokeWidth),
  label: null,
  labelBox: null,
  leader: null,
});

// In drawing order: a large marker, a small one drawn over its edge, and one far away.
const marks = [
  mark('jiangsu', 100, 100, 11),
  mark('suining', 108, 100, 6.5),
  mark('far', 300, 40, 5),
];

describe('markAt: the marker under a click on the still map', () => {
  it.each([
    ['the centre of a lone marker', 300, 40, 'far'],
    ['inside the large marker, clear of the small one', 92, 100, 'jiangsu'],
    ['where both are drawn: the one drawn last, on top', 106, 100, 'suining'],
    ['just outside the stroke, within the slop', 300 + 5 + 1.5 + HIT_SLOP - 0.1, 40, 'far'],
    ['beyond the slop', 300 + 5 + 1.5 + HIT_SLOP + 0.1, 40, null],
    ['the empty map', 200, 200, null],
  ])('%s', (_what, x, y, expected) => {
    expect(markAt(marks, x, y)).toBe(expected);
  });

  it('reaches as far as a selected marker is drawn (radius + 3, a 3-px stroke)', () => {
    const selected = [mark('wuhan', 50, 50, 11, 3)];
    expect(markAt(selected, 50, 50 - 14 - HIT_SLOP)).toBe('wuhan');
    expect(markAt(selected, 50, 50 - 14 - HIT_SLOP - 0.5)).toBeNull();
  });

  it('finds nothing on a map with no markers', () => {
    expect(markAt([], 0, 0)).toBeNull();
  });
});

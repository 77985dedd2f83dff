import { describe, expect, it } from 'vitest';
import { clampStep, movePlace } from '../../src/lib/logic/tour';

describe('clampStep', () => {
  it.each([
    [1, 4, 1],
    [3, 4, 3],
    [9, 4, 4],
    [0, 4, 1],
    [-5, 4, 1],
    [2.6, 4, 3],
    [2, 0, 1],
  ])('step %d of a %d-place tour is %d', (step, length, expected) => {
    expect(clampStep(step, length)).toBe(expected);
  });
});

describe('movePlace', () => {
  const tour = ['a', 'b', 'c'];
  it.each<[number, number, string[]]>([
    [1, -1, ['b', 'a', 'c']],
    [1, 1, ['a', 'c', 'b']],
    [0, -1, ['a', 'b', 'c']],
    [2, 1, ['a', 'b', 'c']],
    [5, -1, ['a', 'b', 'c']],
  ])('moves the place at %d by %d', (index, delta, expected) => {
    expect(movePlace(tour, index, delta)).toEqual(expected);
    expect(tour).toEqual(['a', 'b', 'c']);
  });
});

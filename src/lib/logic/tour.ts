/** The default presentation tour: the four core pilots, north to south-east. */
export const CORE_TOUR = ['rongcheng', 'jiangsu', 'shanghai-pudong', 'wuhan'] as const;

/** Keeps a step within a tour of `length` places (1-based). */
export function clampStep(step: number, length: number): number {
  if (length < 1) return 1;
  return Math.min(Math.max(1, Math.round(step)), length);
}

/** Moves the place at `index` by `delta` places in the tour, returning a new tour. */
export function movePlace(tour: readonly string[], index: number, delta: number): string[] {
  const target = index + delta;
  if (index < 0 || index >= tour.length || target < 0 || target >= tour.length) return [...tour];
  const next = [...tour];
  [next[index], next[target]] = [next[target]!, next[index]!];
  return next;
}

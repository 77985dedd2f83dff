import type { Place } from '../data/schema';

export interface ScaleSegment {
  name: string;
  /** Position and width along the bar, 0..1. */
  start: number;
  width: number;
  range: string;
}

export interface ScaleLayout {
  min: number;
  max: number;
  /** The upper end is open when the top of the scale is not reported. */
  openTop: boolean;
  base: number | null;
  basePosition: number | null;
  segments: ScaleSegment[];
}

function rangeText(min: number | null, max: number | null): string {
  if (min !== null && max !== null) return `${min}–${max}`;
  if (min !== null) return `${min} or more`;
  if (max !== null) return `up to ${max}`;
  return 'range not reported';
}

/**
 * Lays out a place's scale on a 0..1 bar. Where the maximum is not reported the bar ends a little
 * above the highest number the sources give, and is drawn open-ended.
 */
export function layoutScale(scale: NonNullable<Place['scale']>): ScaleLayout | null {
  const numbers = [
    scale.min,
    scale.max,
    scale.base,
    ...scale.tiers.flatMap((t) => [t.min, t.max]),
  ].filter((n): n is number => n !== null);
  if (!numbers.length) return null;
  const min = scale.min ?? Math.min(...numbers);
  const highest = Math.max(...numbers);
  const openTop = scale.max === null;
  const max = openTop ? highest + Math.max(1, (highest - min) * 0.08) : scale.max!;
  const span = max - min || 1;
  const at = (n: number) => Math.min(1, Math.max(0, (n - min) / span));
  const segments = [...scale.tiers]
    .sort((a, b) => (a.min ?? min) - (b.min ?? min))
    .map((t) => {
      const start = at(t.min ?? min);
      return {
        name: t.name,
        start,
        width: at(t.max ?? max) - start,
        range: rangeText(t.min, t.max),
      };
    });
  const base = scale.base;
  return { min, max, openTop, base, basePosition: base === null ? null : at(base), segments };
}

/** One line for the panel: "0–100 points", "from 0 points (maximum not reported); base 1,000". */
export function scaleSummary(scale: NonNullable<Place['scale']>): string {
  const { min, max, base } = scale;
  const range =
    min !== null && max !== null
      ? `${min}–${max} points`
      : min !== null
        ? `from ${min} points (maximum not reported)`
        : max !== null
          ? `up to ${max} points (minimum not reported)`
          : 'range not reported';
  return base === null ? range : `${range}; base ${base.toLocaleString('en')}`;
}

export { rangeText };

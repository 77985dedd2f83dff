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

export interface Tick {
  value: number;
  /** Position along the bar, 0..1. */
  position: number;
}

/**
 * Where one tier gives way to the next: the lower bound of every tier above the bottom of the scale
 * (Rongcheng: 600, 850, 960, 1050).
 */
export function tierBoundaries(layout: ScaleLayout, scale: NonNullable<Place['scale']>): Tick[] {
  const span = layout.max - layout.min || 1;
  const values = [...new Set(scale.tiers.map((t) => t.min).filter((n): n is number => n !== null))]
    .filter((n) => n > layout.min && n < layout.max)
    .sort((a, b) => a - b);
  return values.map((value) => ({ value, position: (value - layout.min) / span }));
}

export interface PlacedLabel {
  /** Left edge, in pixels from the bar's left. */
  left: number;
  /** 0 for the row nearest the bar, 1 for the next, … */
  row: number;
}

/**
 * Places labels centred on their points along a bar `width` pixels wide, kept inside it; a label
 * that would touch the one before it in a row goes to the next row out.
 */
export function placeLabels(
  labels: readonly { center: number; width: number }[],
  width: number,
  gap = 4,
): PlacedLabel[] {
  const rowEnds: number[] = [];
  return labels.map(({ center, width: w }) => {
    const left = Math.max(0, Math.min(width - w, center - w / 2));
    let row = rowEnds.findIndex((end) => left >= end + gap);
    if (row === -1) row = rowEnds.length;
    rowEnds[row] = left + w;
    return { left, row };
  });
}

/**
 * The widest bar the scale's labels are laid out for, px. A printed page's bar is wider than the
 * panel's (A4 or Letter less 12 mm margins: about 680 px) and a phone's sheet may be wider than
 * the page: a layout that keeps labels apart and inside a bar does so on any wider bar when each
 * label keeps its offset from its point (`anchoredLeft`), so the page never lays them out again.
 */
export const LAYOUT_MAX_PX = 600;

/**
 * A label's CSS `left` on a bar of any width: its point's position along the bar (0..1), as a
 * percentage, plus the label's offset from that point in px, as placed on a bar `width` px wide.
 */
export function anchoredLeft(position: number, left: number, width: number): string {
  const offset = Math.round((left - position * width) * 100) / 100;
  return `calc(${(position * 100).toFixed(3)}% + ${offset}px)`;
}

/** About how wide a short text is, in pixels, at a font size: a bar need not measure its labels. */
export function textWidth(text: string, fontPx: number): number {
  return Math.ceil(text.length * fontPx * 0.62);
}

/**
 * Which of five lightness steps (0 lightest … 4 darkest) each of `count` tiers, lowest first, takes:
 * spread out so that any two neighbours differ by at least one step.
 */
export function tierSteps(count: number): number[] {
  if (count <= 1) return [2];
  return Array.from({ length: count }, (_, i) => Math.round((i * 4) / (count - 1)));
}

export interface PlacedFlag extends PlacedLabel {
  /** Where its leader line runs down to the bar, in pixels from the bar's left. */
  at: number;
}

/**
 * Places labels above a bar like flags: each beside a leader line that runs down to its point
 * (`at`), the label to the left of its line (to the right where there is no room), in the lowest
 * row where it overlaps no other label and no leader line crosses another label.
 */
export function placeFlags(
  labels: readonly { at: number; width: number }[],
  width: number,
  gap = 4,
): PlacedFlag[] {
  const placed: (PlacedFlag & { right: number })[] = [];
  // Left to right: a label's line then only meets labels to its left, which end at their own lines.
  const order = labels.map((_, i) => i).sort((a, b) => labels[a]!.at - labels[b]!.at);
  const result: PlacedFlag[] = [];
  for (const i of order) {
    const { at, width: w } = labels[i]!;
    const left = at - w < 0 ? Math.min(at, Math.max(0, width - w)) : at - w;
    const right = left + w;
    const clear = (row: number) =>
      placed.every(
        (p) =>
          (p.row !== row || right + gap <= p.left || left >= p.right + gap) &&
          (p.row >= row || !(at >= p.left - 1 && at <= p.right + 1)) &&
          (p.row <= row || !(p.at >= left - 1 && p.at <= right + 1)),
      );
    let row = 0;
    while (row < placed.length && !clear(row)) row++;
    const flag = { left, row, at };
    placed.push({ ...flag, right });
    result[i] = flag;
  }
  return result;
}

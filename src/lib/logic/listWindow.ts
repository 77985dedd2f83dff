/**
 * Windowing maths for a long list of rows of one height: which rows to put in the DOM so that what
 * the user can see (plus some margin) is there, and nothing else. Rows sit at `index × rowHeight`,
 * so the list keeps its full height and a true scrollbar.
 */

export interface Viewport {
  /** How far the visible area's top edge is below the list's top, px (negative: list starts lower). */
  offset: number;
  /** Height of the visible area, px. */
  height: number;
}

/** Rows rendered beyond each edge of the visible area: scrolling a little never shows a gap. */
export const OVERSCAN = 10;

/** A list this short is rendered whole: windowing would save nothing worth its seams. */
export const WHOLE_UP_TO = 60;

/** The rows, first to last (exclusive), that the visible area shows, widened by `overscan`. */
export function visibleRange(
  count: number,
  rowHeight: number,
  viewport: Viewport,
  overscan = OVERSCAN,
): { start: number; end: number } {
  if (count <= WHOLE_UP_TO) return { start: 0, end: Math.max(0, count) };
  if (rowHeight <= 0) return { start: 0, end: 0 };
  const first = Math.floor(viewport.offset / rowHeight);
  const last = Math.ceil((viewport.offset + Math.max(0, viewport.height)) / rowHeight);
  const start = Math.min(count, Math.max(0, first - overscan));
  const end = Math.max(start, Math.min(count, last + overscan));
  return { start, end };
}

/**
 * The indexes to render, ascending: the visible range and the `pinned` rows wherever they are
 * (the row holding keyboard focus and the selected one, so focus and the tab stop never vanish).
 */
export function rowsToRender(
  count: number,
  range: { start: number; end: number },
  pinned: readonly number[],
): number[] {
  const rows: number[] = [];
  for (let i = range.start; i < range.end; i++) rows.push(i);
  const extra = pinned.filter((i) => Number.isInteger(i) && i >= 0 && i < count);
  for (const i of new Set(extra)) if (i < range.start || i >= range.end) rows.push(i);
  return rows.sort((a, b) => a - b);
}

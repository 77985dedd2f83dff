import type { Palette, Theme } from '../cartography/palette';
import {
  type CalloutContent,
  calloutContent,
  type DrawnMarks,
  type LegendGroup,
  legendGroups,
} from './content';
import { markerShapes, symbolStyle } from '../cartography/markers';
import { type ExportScene, selectedPlace, type TextSize } from './scene';
import type { Rect, Shape, TextBlock } from '../cartography/shapes';
import type { FontWeight, MeasureText } from '../cartography/measure';
import { plainQuotes, wrapText } from './text';

// The export's text and its card: type sizes, columns of text, the legend and the callout.

/** The slide's own colours, around the map: text, secondary text, rules and the paper. */
export interface Ink {
  text: string;
  muted: string;
  border: string;
  paper: string;
}

export const INKS: Record<Theme, Ink> = {
  light: { text: '#1d1d1f', muted: '#5a5a60', border: '#d0d0d4', paper: '#ffffff' },
  dark: { text: '#f2f2f4', muted: '#b4b4bc', border: '#3a4248', paper: '#12181d' },
};

interface TextStyle {
  size: number;
  weight?: FontWeight;
  fill?: string;
  lineHeight?: number;
  maxLines?: number;
  keepQuotes?: boolean;
}

/** Lays out blocks of text and shapes downwards from a top edge, in a column. */
export class Column {
  shapes: Shape[] = [];
  constructor(
    public x: number,
    public y: number,
    readonly width: number,
    private readonly measure: MeasureText,
    readonly ink: Ink = INKS.light,
  ) {}

  fits(text: string, style: TextStyle, indent = 0): boolean {
    return this.measure(plainQuotes(text), style.size, style.weight ?? 400) <= this.width - indent;
  }

  text(text: string, style: TextStyle, indent = 0): TextBlock | null {
    const weight = style.weight ?? 400;
    const lines = wrapText(plainQuotes(text), this.measure, {
      maxWidth: this.width - indent,
      size: style.size,
      weight,
      maxLines: style.maxLines,
      keepQuotes: style.keepQuotes,
    });
    if (!lines.length) return null;
    const lineHeight = style.size * (style.lineHeight ?? 1.3);
    const block: TextBlock = {
      lines,
      x: this.x + indent,
      y: this.y + (lineHeight - style.size) / 2 + style.size * 0.88,
      size: style.size,
      lineHeight,
      weight,
      fill: style.fill ?? this.ink.text,
    };
    this.shapes.push({ kind: 'text', block });
    this.y += lines.length * lineHeight;
    return block;
  }

  gap(height: number) {
    this.y += height;
  }
}

/** How much larger "Large" sets every text than "Standard". */
export const LARGE_TEXT = 1.25;

/**
 * Type sizes in CSS px of the image. At 1920 × 1080 ("Standard") the title is 52 px and every other
 * text 24 px or more, legible from the back of a room; they scale with the image's smaller ratio to
 * a 1440 × 1080 slide, so a 16:9 and a 4:3 slide of the same height set the same sizes.
 */
export function typeScale(width: number, height: number, text: TextSize = 'standard') {
  const u = Math.min(2.5, Math.max(0.3, Math.min(width / 1440, height / 1080)));
  const k = text === 'large' ? LARGE_TEXT : 1;
  const f = (px: number) => Math.max(9, Math.round(px * u * k * 10) / 10);
  return {
    u,
    margin: Math.round(28 * u),
    pad: Math.round(20 * u),
    title: f(52),
    subtitle: f(26),
    heading: f(26),
    body: f(24),
    name: f(32),
    small: f(24),
    credits: f(24),
    label: f(24),
  };
}
export type Type = ReturnType<typeof typeScale>;

/** The radius of a legend's markers: the cross of "not a pilot" (a glyph) as large as the text. */
const legendRadius = (t: Type) => t.body * 0.46;

/** One group of the legend: its heading, then each entry beside its mark. */
function legendColumn(
  group: LegendGroup,
  at: { x: number; y: number; width: number },
  t: Type,
  measure: MeasureText,
  ink: Ink,
  c: Palette,
): Column {
  const col = new Column(at.x, at.y, at.width, measure, ink);
  if (group.title) {
    col.text(group.title, { size: t.heading, weight: 700, maxLines: 2 });
    col.gap(t.body * 0.35);
  }
  const indent = t.body * 1.7;
  for (const { symbol, label } of group.entries) {
    if (symbol.kind === 'note') {
      col.text(label, { size: t.small, fill: ink.muted, lineHeight: 1.25 });
      continue;
    }
    const middle = col.y + (t.body * 1.25) / 2;
    const cx = at.x + indent / 2 - t.body * 0.15;
    if (symbol.kind === 'marker')
      col.shapes.push(
        ...markerShapes(cx, middle, symbolStyle(symbol.symbol, legendRadius(t), c), c),
      );
    else
      col.shapes.push({
        kind: 'rect',
        rect: {
          x: cx - t.body * 0.5,
          y: middle - t.body * 0.34,
          width: t.body,
          height: t.body * 0.68,
        },
        fill: symbol.fill,
        stroke: symbol.stroke,
        strokeWidth: Math.max(1, t.u),
      });
    col.text(label, { size: t.body, lineHeight: 1.25 }, indent);
    col.gap(t.body * 0.25);
  }
  return col;
}

/** The selected place's name, kind and figures; its quotation goes in the quote band (layout.ts). */
function calloutColumn(
  content: CalloutContent,
  at: { x: number; y: number; width: number },
  t: Type,
  measure: MeasureText,
  ink: Ink,
): Column {
  const col = new Column(at.x, at.y, at.width, measure, ink);
  const nameStyle = { size: t.name, weight: 700, lineHeight: 1.2, maxLines: 2 } as const;
  const both = content.nameZh && `${content.name}  ${content.nameZh}`;
  if (both && col.fits(both, nameStyle)) col.text(both, nameStyle);
  else {
    col.text(content.name, nameStyle);
    if (content.nameZh) col.text(content.nameZh, nameStyle);
  }
  col.text(content.kind, { size: t.small, fill: ink.muted, maxLines: 2 });
  col.gap(t.body * 0.4);
  for (const fact of content.facts)
    col.text(`${fact.label}: ${fact.value}`, { size: t.body, maxLines: 2 });
  return col;
}

export function rectOf(col: Column, top: number): Rect {
  return { x: col.x, y: top, width: col.width, height: col.y - top };
}

/** Shapes and the box they take. */
export interface Block {
  rect: Rect;
  shapes: Shape[];
}

export interface PanelLayout {
  rect: Rect;
  /** Beside the map (wide images), or below it. */
  beside: boolean;
  legend: Block;
  callout: Block | null;
}

/** Lays out one item (a legend group, the callout) from a top-left corner, at a width. */
type Item = (at: { x: number; y: number; width: number }) => Column;

/**
 * Splits items, in order, into at most `columns` runs, the tallest as short as can be; the items'
 * heights at the column width are `heights`. Returns each run's first index.
 */
export function splitRuns(heights: readonly number[], columns: number, gap: number): number[] {
  const runHeight = (from: number, to: number) =>
    heights.slice(from, to).reduce((sum, h) => sum + h, 0) + Math.max(0, to - from - 1) * gap;
  let best = { starts: [0], tallest: runHeight(0, heights.length) };
  const search = (starts: number[]) => {
    const ends = [...starts.slice(1), heights.length];
    const tallest = Math.max(...starts.map((from, i) => runHeight(from, ends[i]!)));
    if (tallest < best.tallest) best = { starts, tallest };
    if (starts.length === columns) return;
    for (let next = starts.at(-1)! + 1; next < heights.length; next++) search([...starts, next]);
  };
  search([0]);
  return best.starts;
}

/**
 * Items in `columns` columns side by side from (x, y): each run of items (splitRuns) one under
 * the other. Returns the columns of each item and the bottom of the tallest.
 */
function flow(
  items: readonly Item[],
  columns: number,
  at: { x: number; y: number; width: number },
  gaps: { column: number; item: number },
): { placed: Column[]; bottom: number } {
  const width = (at.width - (columns - 1) * gaps.column) / columns;
  const heights = items.map((item) => {
    const col = item({ x: 0, y: 0, width });
    return col.y;
  });
  const starts = splitRuns(heights, columns, gaps.item);
  const placed: Column[] = [];
  let bottom = at.y;
  starts.forEach((from, run) => {
    const to = starts[run + 1] ?? items.length;
    const x = at.x + run * (width + gaps.column);
    let y = at.y;
    for (let i = from; i < to; i++) {
      const col = items[i]!({ x, y, width });
      placed.push(col);
      y = col.y + gaps.item;
    }
    bottom = Math.max(bottom, y - gaps.item);
  });
  return { placed, bottom };
}

function blockOf(cols: readonly Column[]): Block {
  const rects = cols.map((col) => rectOf(col, columnTop(col)));
  const x = Math.min(...rects.map((r) => r.x));
  const y = Math.min(...rects.map((r) => r.y));
  const right = Math.max(...rects.map((r) => r.x + r.width));
  const bottom = Math.max(...rects.map((r) => r.y + r.height));
  return {
    rect: { x, y, width: right - x, height: bottom - y },
    shapes: cols.flatMap((col) => col.shapes),
  };
}

/** The panel beside the map in one, two or three columns: its width for 24 px text, and at most. */
const PANEL_WIDTH = {
  1: { wanted: 540, most: 0.42 },
  2: { wanted: 880, most: 0.46 },
  3: { wanted: 1200, most: 0.6 },
} as const;

/**
 * The card holding the legend and the callout: beside the map on wide images, a band below it on
 * tall ones. The map does not run under it (layout.ts), so it never covers a place. Beside the
 * map, the legend takes one column, or two (a wider card) where one would be taller than the map;
 * below it, the legend's groups and the callout flow into as many columns as the width holds.
 */
export function layoutPanel(
  scene: ExportScene,
  area: Rect,
  types: readonly [Type, ...Type[]],
  measure: MeasureText,
  c: Palette,
  ink: Ink = INKS.light,
  drawn: DrawnMarks = { statuses: new Set(), precisions: new Set() },
): PanelLayout {
  const groups = legendGroups(scene, c, drawn);
  const place = selectedPlace(scene);
  const content = place ? calloutContent(place, scene) : null;
  const right = area.width >= area.height * 1.05;

  /** The panel's columns at type sizes `t`, laid out from (0, 0), and whether they fit the area. */
  const arrange = (t: Type): Arranged => {
    const legendItems: Item[] = groups.map(
      (group) => (at) => legendColumn(group, at, t, measure, ink, c),
    );
    const calloutItem: Item | null =
      content && ((at) => calloutColumn(content, at, t, measure, ink));
    const gaps = { column: t.pad * 1.5, item: t.body * 0.6 };
    if (!right) {
      const width = area.width - 2 * t.margin;
      const inner = { x: t.pad, y: t.pad, width: width - 2 * t.pad };
      const items = calloutItem ? [...legendItems, calloutItem] : legendItems;
      const columns = Math.max(1, Math.min(items.length, Math.floor(inner.width / (300 * t.u))));
      const { placed, bottom } = flow(items, columns, inner, gaps);
      const legend = placed.slice(0, legendItems.length);
      const callout = calloutItem ? placed.at(-1)! : null;
      return { width, legend, callout, height: bottom + t.pad, fits: true, margin: t.margin };
    }
    const room = area.height - 2 * t.margin;
    let arranged: Arranged | null = null;
    // One column; two, the callout below them; two or three, the callout in the last.
    for (const [columns, calloutBelow] of [
      [1, true],
      [2, true],
      [2, false],
      [3, false],
    ] as const) {
      if (!calloutItem && !calloutBelow && columns === 2) continue;
      const { wanted, most } = PANEL_WIDTH[columns];
      const width = Math.round(Math.min((t.body / 24) * wanted, area.width * most));
      const inner = { x: t.pad, y: t.pad, width: width - 2 * t.pad };
      const flowed = calloutBelow || !calloutItem ? legendItems : [...legendItems, calloutItem];
      const { placed, bottom } = flow(flowed, columns, inner, gaps);
      const callout =
        calloutItem && calloutBelow
          ? calloutItem({ ...inner, y: bottom + t.pad * 1.5 })
          : calloutItem
            ? placed.at(-1)!
            : null;
      const height = (calloutBelow ? (callout?.y ?? bottom) : bottom) + t.pad;
      const legend = placed.slice(0, legendItems.length);
      arranged = { width, legend, callout, height, fits: height <= room, margin: t.margin };
      if (arranged.fits) break;
    }
    return arranged!;
  };

  // "Large" text sets the panel at the standard sizes where it would not fit otherwise.
  let arranged = arrange(types[0]);
  for (const t of types.slice(1)) if (!arranged.fits) arranged = arrange(t);
  const { width, height, margin } = arranged;
  // Move the panel, laid out at (0, 0), into place.
  const x = right ? area.x + area.width - margin - width : area.x + margin;
  const y = right ? area.y + margin : area.y + area.height - margin - height;
  const cols = [...arranged.legend, ...(arranged.callout ? [arranged.callout] : [])];
  for (const col of cols) shiftColumn(col, x, y);
  return {
    rect: { x, y, width, height },
    beside: right,
    legend: blockOf(arranged.legend),
    callout: arranged.callout && blockOf([arranged.callout]),
  };
}

interface Arranged {
  width: number;
  height: number;
  legend: Column[];
  callout: Column | null;
  fits: boolean;
  margin: number;
}

/** Moves a column's shapes down by `dy` (and right by `dx`). */
export function shiftColumn(col: Column, dy: number): void;
export function shiftColumn(col: Column, dx: number, dy: number): void;
export function shiftColumn(col: Column, a: number, b?: number) {
  const [dx, dy] = b === undefined ? [0, a] : [a, b];
  for (const shape of col.shapes) {
    if (shape.kind === 'text')
      [shape.block.x, shape.block.y] = [shape.block.x + dx, shape.block.y + dy];
    else if (shape.kind === 'circle') [shape.cx, shape.cy] = [shape.cx + dx, shape.cy + dy];
    else if (shape.kind === 'rect')
      [shape.rect.x, shape.rect.y] = [shape.rect.x + dx, shape.rect.y + dy];
    else
      [shape.x1, shape.y1, shape.x2, shape.y2] = [
        shape.x1 + dx,
        shape.y1 + dy,
        shape.x2 + dx,
        shape.y2 + dy,
      ];
  }
  col.x += dx;
  col.y += dy;
}

export function columnTop(col: Column): number {
  let top = Infinity;
  for (const shape of col.shapes)
    if (shape.kind === 'text') top = Math.min(top, shape.block.y - shape.block.size);
  return top;
}

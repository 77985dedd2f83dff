import type { Palette, Theme } from '../cartography/palette';
import { type CalloutContent, calloutContent, type LegendEntry, legendEntries } from './content';
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
    readonly x: number,
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

function legendColumn(
  legend: { title: string; entries: LegendEntry[] },
  at: { x: number; y: number; width: number },
  t: Type,
  measure: MeasureText,
  ink: Ink,
): Column {
  const col = new Column(at.x, at.y, at.width, measure, ink);
  col.text(legend.title, { size: t.heading, weight: 700, maxLines: 2 });
  col.gap(t.body * 0.35);
  const indent = t.body * 1.7;
  for (const { symbol, label } of legend.entries) {
    if (symbol.kind === 'note') {
      col.gap(t.body * 0.2);
      col.text(label, { size: t.small, fill: ink.muted, lineHeight: 1.25 });
      continue;
    }
    const middle = col.y + (t.body * 1.3) / 2;
    const cx = at.x + indent / 2 - t.body * 0.15;
    if (symbol.kind === 'dot')
      col.shapes.push({
        kind: 'circle',
        cx,
        cy: middle,
        r: t.body * 0.4,
        fill: symbol.fill,
        stroke: symbol.stroke,
        strokeWidth: symbol.strokeWidth * Math.max(1, t.u),
        opacity: symbol.opacity,
        strokeOpacity: symbol.opacity === 1 ? 1 : symbol.opacity + 0.07,
      });
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

export interface PanelLayout {
  rect: Rect;
  legend: Column;
  callout: Column | null;
}

/**
 * The card holding the legend and the callout: a column at the right of wide images, a band at the
 * bottom of tall ones. The map does not run under it (layout.ts), so it never covers a place.
 */
export function layoutPanel(
  scene: ExportScene,
  area: Rect,
  t: Type,
  measure: MeasureText,
  c: Palette,
  ink: Ink = INKS.light,
): PanelLayout {
  const legend = legendEntries(scene, c);
  const place = selectedPlace(scene);
  const content = place ? calloutContent(place, scene) : null;
  const right = area.width >= area.height * 1.05;
  const width = right
    ? Math.min(Math.round((t.body / 24) * 540), Math.round(area.width * 0.42))
    : area.width - 2 * t.margin;
  const inner = width - 2 * t.pad;
  const sideBySide = !right && content !== null && inner / 2 - t.pad >= 170 * t.u;
  const columnWidth = sideBySide ? (inner - t.pad * 2) / 2 : inner;
  const x = right ? area.x + area.width - t.margin - width : area.x + t.margin;

  const legendCol = legendColumn(
    legend,
    { x: x + t.pad, y: t.pad, width: columnWidth },
    t,
    measure,
    ink,
  );
  let callout: Column | null = null;
  if (content) {
    const cx = sideBySide ? x + t.pad * 3 + columnWidth : x + t.pad;
    const cy = sideBySide ? t.pad : legendCol.y + t.pad * 1.5;
    callout = calloutColumn(content, { x: cx, y: cy, width: columnWidth }, t, measure, ink);
  }
  const height = Math.max(legendCol.y, callout?.y ?? 0) + t.pad;
  // Move the panel, built at y = 0, into place.
  const y = right ? area.y + t.margin : area.y + area.height - t.margin - height;
  for (const col of [legendCol, callout]) if (col) shiftColumn(col, y);
  return { rect: { x, y, width, height }, legend: legendCol, callout };
}

export function shiftColumn(col: Column, dy: number) {
  for (const shape of col.shapes) {
    if (shape.kind === 'text') shape.block.y += dy;
    else if (shape.kind === 'circle') shape.cy += dy;
    else if (shape.kind === 'rect') shape.rect.y += dy;
  }
  col.y += dy;
}

export function columnTop(col: Column): number {
  let top = Infinity;
  for (const shape of col.shapes)
    if (shape.kind === 'text') top = Math.min(top, shape.block.y - shape.block.size);
  return top;
}

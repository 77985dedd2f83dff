import type { Palette } from '../cartography/palette';
import { type CalloutContent, calloutContent, type LegendEntry, legendEntries } from './content';
import { type ExportScene, selectedPlace } from './scene';
import type { Rect, Shape, TextBlock } from '../cartography/shapes';
import type { FontWeight, MeasureText } from '../cartography/measure';
import { plainQuotes, wrapText } from './text';

// The export's text and its card: type sizes, columns of text, the legend and the callout.

const INK = '#1d1d1f';
export const MUTED = '#5a5a60';
export const BORDER = '#d0d0d4';
export const PAPER = '#ffffff';

interface TextStyle {
  size: number;
  weight?: FontWeight;
  fill?: string;
  lineHeight?: number;
  maxLines?: number;
}

/** Lays out blocks of text and shapes downwards from a top edge, in a column. */
export class Column {
  shapes: Shape[] = [];
  constructor(
    readonly x: number,
    public y: number,
    readonly width: number,
    private readonly measure: MeasureText,
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
      fill: style.fill ?? INK,
    };
    this.shapes.push({ kind: 'text', block });
    this.y += lines.length * lineHeight;
    return block;
  }

  gap(height: number) {
    this.y += height;
  }
}

export function typeScale(width: number, height: number) {
  const u = Math.min(2.5, Math.max(0.35, Math.min(width / 1200, height / 1080)));
  const f = (px: number) => Math.max(9, Math.round(px * u * 10) / 10);
  return {
    u,
    margin: Math.round(24 * u),
    pad: Math.round(16 * u),
    title: f(40),
    subtitle: f(19),
    heading: f(17),
    body: f(16),
    name: f(24),
    small: f(14),
    credits: f(13),
  };
}
export type Type = ReturnType<typeof typeScale>;

function legendColumn(
  legend: { title: string; entries: LegendEntry[] },
  at: { x: number; y: number; width: number },
  t: Type,
  measure: MeasureText,
): Column {
  const col = new Column(at.x, at.y, at.width, measure);
  col.text(legend.title, { size: t.heading, weight: 700 });
  col.gap(t.body * 0.35);
  const indent = t.body * 1.7;
  for (const { symbol, label } of legend.entries) {
    if (symbol.kind === 'note') {
      col.gap(t.body * 0.2);
      col.text(label, { size: t.small, fill: MUTED, lineHeight: 1.25 });
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
    col.text(label, { size: t.body }, indent);
    col.gap(t.body * 0.2);
  }
  return col;
}

function calloutColumn(
  content: CalloutContent,
  at: { x: number; y: number; width: number },
  excerptLines: number,
  t: Type,
  measure: MeasureText,
): Column {
  const col = new Column(at.x, at.y, at.width, measure);
  const nameStyle = { size: t.name, weight: 700, lineHeight: 1.2, maxLines: 2 } as const;
  const both = content.nameZh && `${content.name}  ${content.nameZh}`;
  if (both && col.fits(both, nameStyle)) col.text(both, nameStyle);
  else {
    col.text(content.name, nameStyle);
    if (content.nameZh) col.text(content.nameZh, nameStyle);
  }
  col.text(content.kind, { size: t.small, fill: MUTED, maxLines: 2 });
  col.gap(t.body * 0.4);
  for (const fact of content.facts)
    col.text(`${fact.label}: ${fact.value}`, { size: t.body, maxLines: 2 });
  if (excerptLines > 0 && content.excerpt && content.citation) {
    col.gap(t.body * 0.5);
    col.text(content.excerpt, { size: t.body, maxLines: excerptLines, lineHeight: 1.35 });
    col.gap(t.body * 0.2);
    col.text(content.citation, { size: t.small, fill: MUTED, maxLines: 3, lineHeight: 1.25 });
  }
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

/** The card holding the legend and the callout: at the right of wide images, at the bottom of tall ones. */
export function layoutPanel(
  scene: ExportScene,
  mapArea: Rect,
  t: Type,
  measure: MeasureText,
  c: Palette,
): PanelLayout {
  const legend = legendEntries(scene, c);
  const place = selectedPlace(scene);
  const content = place ? calloutContent(place, scene) : null;
  const right = mapArea.width >= mapArea.height * 1.05;
  const width = right
    ? Math.min(Math.round(400 * t.u), Math.round(mapArea.width * 0.42))
    : mapArea.width - 2 * t.margin;
  const room = right ? mapArea.height - 2 * t.margin : mapArea.height * 0.55;
  const inner = width - 2 * t.pad;
  const sideBySide = !right && content !== null && inner / 2 - t.pad >= 170 * t.u;
  const columnWidth = sideBySide ? (inner - t.pad * 2) / 2 : inner;
  const x = right ? mapArea.x + mapArea.width - t.margin - width : mapArea.x + t.margin;

  const build = (excerptLines: number | null): PanelLayout => {
    const top = 0;
    const legendCol = legendColumn(
      legend,
      { x: x + t.pad, y: top + t.pad, width: columnWidth },
      t,
      measure,
    );
    let callout: Column | null = null;
    if (content && excerptLines !== null) {
      const cx = sideBySide ? x + t.pad * 3 + columnWidth : x + t.pad;
      const cy = sideBySide ? top + t.pad : legendCol.y + t.pad * 1.5;
      callout = calloutColumn(
        content,
        { x: cx, y: cy, width: columnWidth },
        excerptLines,
        t,
        measure,
      );
    }
    const bottom = Math.max(legendCol.y, callout?.y ?? 0) + t.pad;
    return { rect: { x, y: top, width, height: bottom - top }, legend: legendCol, callout };
  };

  let panel = build(null);
  if (content)
    for (const lines of [6, 5, 4, 3, 2, 1, 0]) {
      const attempt = build(lines);
      if (attempt.rect.height <= room) {
        panel = attempt;
        break;
      }
    }
  // Move the panel, built at y = 0, into place.
  const y = right
    ? mapArea.y + t.margin
    : mapArea.y + mapArea.height - t.margin - panel.rect.height;
  for (const col of [panel.legend, panel.callout]) if (col) shiftColumn(col, y);
  return { ...panel, rect: { ...panel.rect, y } };
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

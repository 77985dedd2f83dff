import type { FontWeight } from './measure';

/** The drawing primitives of the map and the exports' overlays, drawn alike onto a canvas and into an SVG. */

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Lines of text; `y` is the first line's baseline, each next one `lineHeight` lower. */
export interface TextBlock {
  lines: string[];
  x: number;
  y: number;
  size: number;
  lineHeight: number;
  weight: FontWeight;
  fill: string;
  opacity?: number;
  /** A halo drawn under the text, as MapLibre draws label halos. */
  halo?: { color: string; width: number };
  /** Which side of `x` the lines are aligned on (default left). */
  align?: 'left' | 'right' | 'center';
  /** Added after each character, px (CSS `letter-spacing`). */
  letterSpacing?: number;
}

export type Shape =
  | {
      kind: 'rect';
      rect: Rect;
      fill: string;
      opacity?: number;
      stroke?: string;
      strokeWidth?: number;
      radius?: number;
    }
  | {
      kind: 'circle';
      cx: number;
      cy: number;
      r: number;
      /** 'none' for a ring. */
      fill: string;
      stroke: string;
      strokeWidth: number;
      opacity?: number;
      strokeOpacity?: number;
    }
  | {
      kind: 'line';
      x1: number;
      y1: number;
      x2: number;
      y2: number;
      stroke: string;
      width: number;
      opacity?: number;
    }
  | { kind: 'text'; block: TextBlock };

export type CircleShape = Extract<Shape, { kind: 'circle' }>;

export type OverlayId = 'title' | 'panel' | 'legend' | 'callout' | 'credits';

export interface Overlay {
  id: OverlayId;
  shapes: Shape[];
}

export const FONT_FAMILY = "'Noto Sans SC', sans-serif";

export function bottomOf(block: TextBlock): number {
  return block.y + (block.lines.length - 1) * block.lineHeight;
}

export function intersects(a: Rect, b: Rect): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

/** Whether `box` lies wholly within `bounds`. */
export function inside(box: Rect, bounds: Rect): boolean {
  return (
    box.x >= bounds.x &&
    box.y >= bounds.y &&
    box.x + box.width <= bounds.x + bounds.width &&
    box.y + box.height <= bounds.y + bounds.height
  );
}

/** `box` with `by` px added on every side. */
export function grow(box: Rect, by: number): Rect {
  return { x: box.x - by, y: box.y - by, width: box.width + 2 * by, height: box.height + 2 * by };
}

/** The square a marker's ink covers: its centre and how far the ink reaches. */
export function markerBox(m: { x: number; y: number; reach: number }): Rect {
  return { x: m.x - m.reach, y: m.y - m.reach, width: 2 * m.reach, height: 2 * m.reach };
}

export function contains(rect: Rect, x: number, y: number): boolean {
  return x >= rect.x && x <= rect.x + rect.width && y >= rect.y && y <= rect.y + rect.height;
}

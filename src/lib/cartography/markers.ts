import { emphasisOf, type Emphasis } from '../data/emphasis';
import type { Place } from '../data/schema';
import type { LEVELS, STATUSES } from '../data/vocabulary';
import type { Palette } from './palette';
import type { Shape } from './shapes';

// How a place's marker is drawn: every size and colour rule, as tables. The live map's layers
// (layers.ts) are generated from these tables; the still map and the exports call markerStyle.

type Level = (typeof LEVELS)[number];
type Status = (typeof STATUSES)[number];

/** Radius in CSS px by level; any other level (town, village, none) gets DEFAULT_RADIUS. */
export const LEVEL_RADIUS: Partial<Record<Level, number>> = {
  province: 11,
  municipality: 10,
  'prefecture-level city': 8,
  'county-level city': 6.5,
  district: 6.5,
  county: 6.5,
};
export const DEFAULT_RADIUS = 5;

/** The fill of a solid marker, by which list the place leans on. */
export const EMPHASIS_FILL: Record<Emphasis, keyof Palette> = {
  red: 'redList',
  black: 'blackList',
  even: 'even',
  'not-reported': 'notReported',
};

/**
 * What the status adds. Pilots are solid; a local system has a white centre dot; a place only
 * mentioned is hollow; a place a source says is not a pilot is hollow, grey and crossed, so it
 * never looks like one.
 */
export const STATUS_MARK: Record<
  Status,
  { hollow: boolean; dot: boolean; cross: boolean; stroke: keyof Palette }
> = {
  pilot: { hollow: false, dot: false, cross: false, stroke: 'markerStroke' },
  'model city': { hollow: false, dot: false, cross: false, stroke: 'markerStroke' },
  'local system': { hollow: false, dot: true, cross: false, stroke: 'markerStroke' },
  mentioned: { hollow: true, dot: false, cross: false, stroke: 'markerStroke' },
  'not a pilot': { hollow: true, dot: false, cross: true, stroke: 'notPilot' },
};

/** An inferred location gets a thin ring RING.gap px outside its marker. */
export const RING = { gap: 3, width: 1.2 } as const;
/** The centre dot of a local system. */
export const DOT = { radius: 2.2, strokeWidth: 1 } as const;
/** The cross of a place that is not a pilot: a "×" glyph this many times the radius. */
export const CROSS_SIZE = 2.2;
export const CROSS_GLYPH = '×';

export const STROKE_WIDTH = 1.5;
export const SELECTED = { grow: 3, strokeWidth: 3 } as const;
export const HOVERED = { grow: 1.5, strokeWidth: 2.5 } as const;
/** Places that do not match the filters fade. */
export const DIMMED = { opacity: 0.18, strokeOpacity: 0.25 } as const;

/** A marker's radius by level; a level read from GeoJSON or CSV is text, hence `string`. */
export function levelRadius(place: { level: string | null }): number {
  return (place.level && LEVEL_RADIUS[place.level as Level]) || DEFAULT_RADIUS;
}

export interface MarkerStyle {
  /** The level's radius; `radius` grows from it when the place is selected. */
  base: number;
  radius: number;
  fill: string;
  stroke: string;
  strokeWidth: number;
  opacity: number;
  strokeOpacity: number;
  /** Drawn in increasing order: small places over large ones. */
  sortKey: number;
  /** Location inferred: a ring around the marker. */
  ring: boolean;
  /** A local system: a centre dot. */
  dot: boolean;
  /** Not a pilot: a cross over the marker. */
  cross: boolean;
}

export function markerStyle(
  place: Place,
  state: { matches: boolean; selected: boolean },
  c: Palette,
  /** The outline of the user's own places (`c.userData`); the dataset's follow the status. */
  userStroke?: string,
): MarkerStyle {
  return symbolStyle(
    {
      emphasis: emphasisOf(place),
      status: place.status,
      precision: place.location.precision,
      ...state,
      userStroke,
    },
    levelRadius(place),
    c,
  );
}

/** What a marker encodes: a place's, or a legend entry's. */
export interface MarkerSymbol {
  emphasis: Emphasis;
  status: Status;
  precision: 'stated' | 'inferred';
  matches: boolean;
  selected: boolean;
  userStroke?: string;
}

/** A marker's style from what it encodes, at a base radius (the level's, or a legend's). */
export function symbolStyle(symbol: MarkerSymbol, base: number, c: Palette): MarkerStyle {
  const mark = STATUS_MARK[symbol.status];
  return {
    base,
    radius: symbol.selected ? base + SELECTED.grow : base,
    fill: mark.hollow ? c.hollow : c[EMPHASIS_FILL[symbol.emphasis]],
    stroke: symbol.selected ? c.selected : (symbol.userStroke ?? c[mark.stroke]),
    strokeWidth: symbol.selected ? SELECTED.strokeWidth : STROKE_WIDTH,
    opacity: symbol.matches ? 1 : DIMMED.opacity,
    strokeOpacity: symbol.matches ? 1 : DIMMED.strokeOpacity,
    sortKey: 20 - base,
    ring: symbol.precision === 'inferred',
    dot: mark.dot,
    cross: mark.cross,
  };
}

/** How far from its centre a marker's ink reaches, ring included (strokes drawn outside, as MapLibre does). */
export function markerReach(m: MarkerStyle): number {
  return m.radius + m.strokeWidth + (m.ring ? RING.gap + RING.width : 0);
}

/**
 * A marker as shapes for SVG and canvas. MapLibre draws a circle's stroke outside its radius;
 * SVG and canvas centre a stroke on the outline, so each outline goes half a stroke further out.
 */
export function markerShapes(x: number, y: number, m: MarkerStyle, c: Palette): Shape[] {
  const shapes: Shape[] = [];
  if (m.ring)
    shapes.push({
      kind: 'circle',
      cx: x,
      cy: y,
      r: m.radius + RING.gap + RING.width / 2,
      fill: 'none',
      stroke: m.stroke,
      strokeWidth: RING.width,
      opacity: 0,
      strokeOpacity: m.strokeOpacity,
    });
  shapes.push({
    kind: 'circle',
    cx: x,
    cy: y,
    r: m.radius + m.strokeWidth / 2,
    fill: m.fill,
    stroke: m.stroke,
    strokeWidth: m.strokeWidth,
    opacity: m.opacity,
    strokeOpacity: m.strokeOpacity,
  });
  if (m.dot)
    shapes.push({
      kind: 'circle',
      cx: x,
      cy: y,
      r: DOT.radius + DOT.strokeWidth / 2,
      fill: c.labelHalo,
      stroke: c.markerStroke,
      strokeWidth: DOT.strokeWidth,
      opacity: m.opacity,
      strokeOpacity: m.strokeOpacity,
    });
  if (m.cross) {
    const size = m.base * CROSS_SIZE;
    shapes.push({
      kind: 'text',
      block: {
        lines: [CROSS_GLYPH],
        x,
        // The glyph's middle sits about 0.35 em above its baseline.
        y: y + size * 0.35,
        size,
        lineHeight: size,
        weight: 400,
        fill: c.notPilot,
        opacity: m.strokeOpacity,
        align: 'center',
      },
    });
  }
  return shapes;
}

import { emphasisOf } from '../data/emphasis';
import type { Place } from '../data/schema';
import type { LabelLang } from '../logic/urlState';
import type { Palette } from '../map/palette';
import { CORE_PLACES } from '../map/placeLayers';
import type { CircleShape } from './shapes';

// The numbers of the `pilots-circle` and `pilots-symbol` layers in src/lib/map/style.ts, for the
// SVG (tests/unit/exportMarkers.test.ts evaluates the style's expressions against these).

const LEVEL_RADIUS: Record<string, number> = {
  province: 11,
  municipality: 10,
  'prefecture-level city': 8,
  'county-level city': 6.5,
  district: 6.5,
  county: 6.5,
};

export function levelRadius(place: Place): number {
  return (place.level && LEVEL_RADIUS[place.level]) || 5;
}

export interface MarkerStyle {
  radius: number;
  fill: string;
  stroke: string;
  strokeWidth: number;
  opacity: number;
  strokeOpacity: number;
  /** Drawn in increasing order: small places over large ones. */
  sortKey: number;
}

export function markerStyle(
  place: Place,
  state: { matches: boolean; selected: boolean },
  c: Palette,
  /** The outline: `c.markerStroke` for the dataset's places, `c.userData` for the user's own. */
  stroke: string = c.markerStroke,
): MarkerStyle {
  const base = levelRadius(place);
  const fills = { red: c.redList, black: c.blackList, even: c.even, 'not-reported': c.notReported };
  return {
    radius: state.selected ? base + 3 : base,
    fill: fills[emphasisOf(place)],
    stroke: state.selected ? c.selected : stroke,
    strokeWidth: state.selected ? 3 : 1.5,
    opacity: state.matches ? 1 : 0.18,
    strokeOpacity: state.matches ? 1 : 0.25,
    sortKey: 20 - base,
  };
}

/**
 * A marker as a circle for SVG and canvas. MapLibre draws a circle's stroke outside its radius;
 * SVG and canvas centre a stroke on the outline, so the outline goes half a stroke further out.
 */
export function markerCircle(place: { x: number; y: number; marker: MarkerStyle }): CircleShape {
  const m = place.marker;
  return {
    kind: 'circle',
    cx: place.x,
    cy: place.y,
    r: m.radius + m.strokeWidth / 2,
    fill: m.fill,
    stroke: m.stroke,
    strokeWidth: m.strokeWidth,
    opacity: m.opacity,
    strokeOpacity: m.strokeOpacity,
  };
}

/** The last line of the label of a place the user imported, as the `user-symbol` layer writes it. */
export const USER_DATA_TAG = '(your data)';

export const LABEL = {
  size: 12.5,
  /** MapLibre's default text-line-height, in ems. */
  lineHeight: 1.2,
  /** text-offset [0.9, 0] with text-anchor left, in ems. */
  offset: 0.9,
  haloWidth: 1.6,
  dimmedOpacity: 0.3,
} as const;

/** The label's lines, as the `labelLang` global state picks them, the dominant list, and a tag on the user's own places. */
export function labelLines(place: Place, lang: LabelLang, userData = false): string[] {
  const zh = place.name.zh ?? place.name.en;
  const names =
    lang === 'en'
      ? [place.name.en]
      : lang === 'zh'
        ? [zh]
        : place.name.zh
          ? [place.name.en, place.name.zh]
          : [place.name.en];
  const emphasis = emphasisOf(place);
  const note =
    emphasis === 'red'
      ? [`red list ${place.shares.red}%`]
      : emphasis === 'black'
        ? [`black list ${place.shares.black}%`]
        : [];
  return [...names, ...note, ...(userData ? [USER_DATA_TAG] : [])];
}

/**
 * Labels are placed in increasing order, each skipped where it would collide: the selected place
 * first, then the places that match the filters, then the faded ones. Within each, the core pilots
 * come first (smaller before larger), then the others (larger before smaller).
 */
export function labelSortKey(place: Place, state: { matches: boolean; selected: boolean }): number {
  if (state.selected) return 0;
  const radius = levelRadius(place);
  return (state.matches ? 0 : 20) + (CORE_PLACES.includes(place.id) ? radius - 4 : 20 - radius);
}

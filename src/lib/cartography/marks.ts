import type { Place } from '../data/schema';
import type { LabelLang } from '../logic/urlState';
import { LABEL, LEADER, labelLines, labelSortKey } from './labels';
import { type MarkerStyle, markerReach, markerStyle } from './markers';
import type { MeasureText } from './measure';
import type { Palette } from './palette';
import { placeLabels } from './placement';
import type { Rect, Shape, TextBlock } from './shapes';

export interface PlaceMark {
  id: string;
  x: number;
  y: number;
  marker: MarkerStyle;
  /** Null where the label is not drawn (not yet at this zoom, or no room). */
  label: TextBlock | null;
  /** The text's box, and the line to a label moved aside from its marker. */
  labelBox: Rect | null;
  leader: [x1: number, y1: number, x2: number, y2: number] | null;
}

export interface PlaceMarksInput {
  places: readonly Place[];
  project: (lngLat: readonly [number, number]) => [number, number];
  /** The drawn area: places outside it are left out. */
  view: Rect;
  /** Where labels must stay; by default the view. */
  labelBounds?: Rect;
  matches: (id: string) => boolean;
  selectedId: string | null;
  /** The view's zoom, and the lowest whole zoom at which each place is labelled (labelZoom.ts). */
  zoom: number;
  labelZoom: (id: string) => number;
  isUser: (id: string) => boolean;
  labelLang: LabelLang;
  measure: MeasureText;
  palette: Palette;
  /** The label's size, px (LABEL.size unless a projector asks for LABEL.largeSize). */
  labelSize?: number;
}

/** Where crowds of places would need more, labels that do not fit beside their marker are left out. */
const MAX_LEADERS = 40;

/**
 * Markers and labels, the one layout of places that the live map, the still map and the exports
 * draw: markers in their sort order, labels placed by priority (placement.ts).
 */
export function placeMarks(input: PlaceMarksInput): PlaceMark[] {
  const { palette: c, view } = input;
  const marks = input.places
    .map((place) => {
      const [x, y] = input.project([place.location.lon, place.location.lat]);
      const state = { matches: input.matches(place.id), selected: place.id === input.selectedId };
      const userStroke = input.isUser(place.id) ? c.userData : undefined;
      return { place, state, x, y, marker: markerStyle(place, state, c, userStroke) };
    })
    .filter((m) => m.x >= view.x && m.x <= view.x + view.width)
    .filter((m) => m.y >= view.y && m.y <= view.y + view.height)
    .sort((a, b) => a.marker.sortKey - b.marker.sortKey);

  const size = input.labelSize ?? LABEL.size;
  const lineHeight = size * LABEL.lineHeight;
  const bounds = input.labelBounds ?? view;
  const zoom = Math.floor(input.zoom);
  const lines = new Map<string, string[]>();
  const requests = [...marks]
    .sort((a, b) => labelSortKey(a.place, a.state) - labelSortKey(b.place, b.state))
    .filter(({ place, state }) => state.selected || input.labelZoom(place.id) <= zoom)
    .map(({ place, x, y, marker }) => {
      const text = labelLines(place, input.labelLang, input.isUser(place.id));
      lines.set(place.id, text);
      return {
        id: place.id,
        x,
        y,
        reach: markerReach(marker),
        width: Math.max(...text.map((l) => input.measure(l, size, 400))),
        height: text.length * lineHeight,
        bounds,
      };
    });
  const placed = new Map(
    placeLabels(
      requests,
      marks.map((m) => ({ x: m.x, y: m.y, reach: markerReach(m.marker) })),
      { pad: LABEL.pad, maxLeaders: MAX_LEADERS },
    ).map((p) => [p.id, p]),
  );

  return marks.map(({ place, state, x, y, marker }) => {
    const p = placed.get(place.id);
    if (!p) return { id: place.id, x, y, marker, label: null, labelBox: null, leader: null };
    const label: TextBlock = {
      lines: lines.get(place.id)!,
      x: p.align === 'left' ? p.box.x : p.box.x + p.box.width,
      y: p.box.y + (lineHeight - size) / 2 + size * 0.88,
      size,
      lineHeight,
      weight: 400,
      fill: c.label,
      opacity: state.matches ? 1 : LABEL.dimmedOpacity,
      halo: { color: c.labelHalo, width: LABEL.haloWidth },
      align: p.align,
    };
    return { id: place.id, x, y, marker, label, labelBox: p.box, leader: p.leader };
  });
}

/** The leader line of a label moved aside, as a shape; faded with its label. */
export function leaderShape(mark: PlaceMark, c: Palette): Shape | null {
  if (!mark.leader) return null;
  const [x1, y1, x2, y2] = mark.leader;
  const opacity = mark.label?.opacity ?? 1;
  return { kind: 'line', x1, y1, x2, y2, stroke: c.leader, width: LEADER.width, opacity };
}

import type { Place } from '../data/schema';
import { LABEL, type MarkerStyle, labelLines, labelSortKey, markerStyle } from '../export/markers';
import { intersects, type Rect, type TextBlock } from '../export/shapes';
import type { MeasureText } from '../export/text';
import type { LabelLang } from '../logic/urlState';
import type { Palette } from '../map/palette';

export interface PlaceMark {
  id: string;
  x: number;
  y: number;
  marker: MarkerStyle;
  /** First baseline at (x, y); null where the label would collide with one placed before it. */
  label: TextBlock | null;
}

export interface PlaceMarksInput {
  places: readonly Place[];
  project: (lngLat: readonly [number, number]) => [number, number];
  /** The drawn area: places outside it are left out. */
  view: Rect;
  matches: (id: string) => boolean;
  selectedId: string | null;
  /** The view's zoom, and the lowest whole zoom at which each place is labelled (labelZoom.ts). */
  zoom: number;
  labelZoom: (id: string) => number;
  isUser: (id: string) => boolean;
  labelLang: LabelLang;
  measure: MeasureText;
  palette: Palette;
}

/**
 * Markers and labels as the `pilots-circle` and `pilots-symbol` layers draw them: markers in their
 * sort order, labels placed greedily by priority and skipped where they would collide.
 */
export function placeMarks(input: PlaceMarksInput): PlaceMark[] {
  const { palette: c, view } = input;
  const marks = input.places
    .map((place) => {
      const [x, y] = input.project([place.location.lon, place.location.lat]);
      const state = { matches: input.matches(place.id), selected: place.id === input.selectedId };
      const stroke = input.isUser(place.id) ? c.userData : c.markerStroke;
      return { place, state, x, y, marker: markerStyle(place, state, c, stroke) };
    })
    .filter((m) => m.x >= view.x && m.x <= view.x + view.width)
    .filter((m) => m.y >= view.y && m.y <= view.y + view.height)
    .sort((a, b) => a.marker.sortKey - b.marker.sortKey);

  const labels = new Map<string, PlaceMark['label']>();
  const taken: Rect[] = [];
  const byPriority = [...marks].sort(
    (a, b) => labelSortKey(a.place, a.state) - labelSortKey(b.place, b.state),
  );
  const lineHeight = LABEL.size * LABEL.lineHeight;
  const zoom = Math.floor(input.zoom);
  for (const { place, state, x, y } of byPriority) {
    if (!state.selected && input.labelZoom(place.id) > zoom) continue;
    const lines = labelLines(place, input.labelLang, input.isUser(place.id));
    const top = y - (lines.length * lineHeight) / 2;
    const left = x + LABEL.offset * LABEL.size;
    const width = Math.max(...lines.map((l) => input.measure(l, LABEL.size, 400)));
    const box = {
      x: left - 2,
      y: top - 2,
      width: width + 4,
      height: lines.length * lineHeight + 4,
    };
    if (taken.some((r) => intersects(r, box))) continue;
    taken.push(box);
    labels.set(place.id, {
      lines,
      x: left,
      y: top + (lineHeight - LABEL.size) / 2 + LABEL.size * 0.88,
      size: LABEL.size,
      lineHeight,
      weight: 400,
      fill: c.label,
      opacity: state.matches ? 1 : LABEL.dimmedOpacity,
      halo: { color: c.labelHalo, width: LABEL.haloWidth },
    });
  }
  return marks.map(({ place, x, y, marker }) => ({
    id: place.id,
    x,
    y,
    marker,
    label: labels.get(place.id) ?? null,
  }));
}

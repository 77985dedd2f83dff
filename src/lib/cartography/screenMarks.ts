import type { Place } from '../data/schema';
import type { LabelLang } from '../logic/urlState';
import { LABEL } from './labels';
import { type PlaceMark, placeMarks } from './marks';
import { estimateTextWidth } from './measure';
import type { Palette } from './palette';
import type { Viewport } from './projection';
import type { Rect } from './shapes';

/** What of the app's state the maps on screen draw (the atlas state is one). */
export interface ScreenMapState {
  readonly places: readonly Place[];
  readonly filterActive: boolean;
  readonly labelZooms: ReadonlyMap<string, number>;
  readonly selection: { readonly selectedId: string | null };
  readonly user: { has(id: string): boolean };
  readonly view: { readonly labelLang: LabelLang };
  readonly presentation: { readonly active: boolean };
}

export interface ScreenView {
  project: (lngLat: readonly [number, number]) => [number, number];
  zoom: number;
  viewport: Viewport;
  /** Where labels may go; the whole map unless part of it is covered (a phone's credit line). */
  labelBounds?: Rect;
}

/** Markers just outside the map still show their edge; their labels stay inside it. */
export const SCREEN_MARGIN = 20;

/** What a set of marks was made of, beyond the view: compared by identity, or by value. */
interface MarksInputs {
  places: readonly Place[];
  labelZooms: ReadonlyMap<string, number>;
  /** The matching ids while a filter is on; null with none. */
  matching: ReadonlySet<string> | null;
  selectedId: string | null;
  labelLang: LabelLang;
  presenting: boolean;
  palette: Palette;
  zoom: number;
  viewport: Viewport;
  labelBounds: Rect | undefined;
  /** Where a place is on screen. */
  project: ScreenView['project'];
}

/** Two views whose places are this close, px, draw the same marks. */
const SAME_POINT = 1e-6;

const sameSet = (a: ReadonlySet<string> | null, b: ReadonlySet<string> | null) =>
  a === b || (!!a && !!b && a.size === b.size && [...a].every((id) => b.has(id)));
const sameRect = (a: Rect | undefined, b: Rect | undefined) =>
  a === b ||
  (!!a && !!b && a.x === b.x && a.y === b.y && a.width === b.width && a.height === b.height);

function sameInputs(a: MarksInputs, b: MarksInputs): boolean {
  return (
    a.places === b.places &&
    a.labelZooms === b.labelZooms &&
    sameSet(a.matching, b.matching) &&
    a.selectedId === b.selectedId &&
    a.labelLang === b.labelLang &&
    a.presenting === b.presenting &&
    a.palette === b.palette &&
    Math.abs(a.zoom - b.zoom) < 1e-9 &&
    a.viewport.width === b.viewport.width &&
    a.viewport.height === b.viewport.height &&
    sameRect(a.labelBounds, b.labelBounds) &&
    a.places.every(({ location: { lon, lat } }) => {
      const [ax, ay] = a.project([lon, lat]);
      const [bx, by] = b.project([lon, lat]);
      return Math.abs(ax - bx) < SAME_POINT && Math.abs(ay - by) < SAME_POINT;
    })
  );
}

/**
 * The last marks made, held weakly: the live map opens where the still map is, on a camera
 * MapLibre computed to the last few bits the same, and at thousands of places placing their labels
 * again would cost as much as drawing the map. Weakly, so that the marks live no longer than the
 * map that drew them.
 */
let last: { inputs: MarksInputs; marks: WeakRef<PlaceMark[]> } | null = null;

/**
 * The marks of the maps on screen, the live one and the still one alike: every place within the
 * map (and a margin), faded when a filter is on and it does not match, labels at the
 * presentation's larger size while presenting.
 */
export function screenMarks(
  state: ScreenMapState,
  matchIds: ReadonlySet<string>,
  { project, zoom, viewport: { width, height }, labelBounds }: ScreenView,
  palette: Palette,
  /** The live map takes up a selection a frame after the panel shows it. */
  selectedId = state.selection.selectedId,
): PlaceMark[] {
  const inputs: MarksInputs = {
    places: state.places,
    labelZooms: state.labelZooms,
    matching: state.filterActive ? matchIds : null,
    selectedId,
    labelLang: state.view.labelLang,
    presenting: state.presentation.active,
    palette,
    zoom,
    viewport: { width, height },
    labelBounds,
    project,
  };
  const remembered = last && sameInputs(last.inputs, inputs) ? last.marks.deref() : undefined;
  if (remembered) return remembered;
  const m = SCREEN_MARGIN;
  const marks = placeMarks({
    places: state.places,
    project,
    view: { x: -m, y: -m, width: width + 2 * m, height: height + 2 * m },
    labelBounds: labelBounds ?? { x: 0, y: 0, width, height },
    matches: (id) => !state.filterActive || matchIds.has(id),
    selectedId,
    zoom,
    labelZoom: (id) => state.labelZooms.get(id) ?? 0,
    isUser: (id) => state.user.has(id),
    labelLang: state.view.labelLang,
    measure: estimateTextWidth,
    palette,
    labelSize: state.presentation.active ? LABEL.largeSize : LABEL.size,
  });
  last = { inputs, marks: new WeakRef(marks) };
  return marks;
}

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
  const m = SCREEN_MARGIN;
  return placeMarks({
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
}

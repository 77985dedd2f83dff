import type { AtlasData, Place } from '../data/schema';
import type { PlaceFilter } from '../logic/filterPlaces';
import type { LabelLang } from '../logic/urlState';
import { tintedProvinces } from '../map/framing';
import { type Palette, palettes, type Theme } from '../cartography/palette';
import type { Framing } from './framing';
import type { Camera, Viewport } from '../cartography/projection';

/** The slide's text sizes: the slide default, or a quarter larger. */
export type TextSize = 'standard' | 'large';

/** The slide options of the export dialog. */
export interface SlideOptions {
  framing: Framing;
  text: TextSize;
  theme: Theme;
  /** The map's camera on screen and its size in CSS px ("Current view"); null before it exists. */
  current: { camera: Camera; viewport: Viewport } | null;
}

export const DEFAULT_SLIDE: SlideOptions = {
  framing: 'all',
  text: 'standard',
  theme: 'light',
  current: null,
};

/** What an export shows: a snapshot of the app's data and state, free of Svelte. */
export interface ExportScene {
  data: AtlasData;
  /** The dataset's places followed by the user's own, as the map draws them. */
  places: Place[];
  /** Ids of the places the user imported from a file (drawn by the `user` layers). */
  userIds: string[];
  filter: PlaceFilter;
  filterActive: boolean;
  /** Ids of the places matching the filters (all of them when no filter is active). */
  matchIds: string[];
  selectedId: string | null;
  labelLang: LabelLang;
  tintedProvinces: string[];
  /** The lowest whole zoom at which the map labels each place (see src/lib/map/labelZoom.ts). */
  labelZooms: ReadonlyMap<string, number>;
  slide: SlideOptions;
}

/** The parts of AtlasState a snapshot reads. */
export interface AtlasLike {
  data: AtlasData;
  places: readonly Place[];
  user: { places: readonly Place[] };
  filters: PlaceFilter;
  filterActive: boolean;
  matching: readonly Place[];
  selection: { selectedId: string | null };
  view: { labelLang: LabelLang };
  labelZooms: ReadonlyMap<string, number>;
}

export function snapshotScene(atlas: AtlasLike, slide: SlideOptions = DEFAULT_SLIDE): ExportScene {
  return {
    data: atlas.data,
    places: [...atlas.places],
    userIds: atlas.user.places.map((p) => p.id),
    filter: {
      mechanisms: [...atlas.filters.mechanisms],
      mode: atlas.filters.mode,
      search: atlas.filters.search,
    },
    filterActive: atlas.filterActive,
    matchIds: atlas.matching.map((p) => p.id),
    selectedId: atlas.selection.selectedId,
    labelLang: atlas.view.labelLang,
    tintedProvinces: tintedProvinces(atlas.data.places),
    labelZooms: atlas.labelZooms,
    slide,
  };
}

export function slidePalette(scene: ExportScene): Palette {
  return palettes[scene.slide.theme];
}

export function selectedPlace(scene: ExportScene): Place | undefined {
  return scene.places.find((p) => p.id === scene.selectedId);
}

export function isUserPlace(scene: ExportScene, id: string): boolean {
  return scene.userIds.includes(id);
}

/** Whether the map draws a place at full strength (it matches, or no filter is active). */
export function isMatch(scene: ExportScene, id: string): boolean {
  return !scene.filterActive || scene.matchIds.includes(id);
}

/** The places to frame: the matching ones and the selected one; all of them without a filter. */
export function framedPlaces(scene: ExportScene): Place[] {
  return scene.places.filter((p) => isMatch(scene, p.id) || p.id === scene.selectedId);
}

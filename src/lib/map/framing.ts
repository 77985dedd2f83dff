import type { Place } from '../data/schema';
import {
  type Camera,
  fromWorld,
  type LngLat,
  type Padding,
  toWorld,
  worldSize,
} from '../cartography/projection';
import type { Rect } from '../cartography/shapes';

/** West, south, east, north: mainland China, Hainan, Taiwan and the north-east. */
export const CHINA_BOUNDS: [number, number, number, number] = [73.5, 17.8, 135.1, 53.6];

/** The opening view's margin around China, px. */
export const OPENING_PADDING = 24;

/** A narrow screen's folded bottom sheet over the map, px (App.svelte's peek height, 6.5 rem). */
export const FOLDED_SHEET_HEIGHT = 104;

/**
 * Above a narrow screen's folded sheet and beside the legend button, the zoom buttons and the
 * credits button, px: the places are framed in the rest, with room at the sides for their labels.
 */
export const NARROW_OPENING_PADDING: Padding = {
  top: 56,
  right: 84,
  bottom: FOLDED_SHEET_HEIGHT + 28,
  left: 84,
};

/** On a narrow screen the credits button lies in the map's top right corner, px (Credits.svelte). */
export const NARROW_CREDIT_HEIGHT = 36;

/** Where the map's labels may go, in a map `viewport` px: below the credits button on a narrow screen. */
export function labelArea(viewport: { width: number; height: number }, narrow: boolean): Rect {
  const top = narrow ? Math.min(NARROW_CREDIT_HEIGHT, viewport.height / 4) : 0;
  return { x: 0, y: top, width: viewport.width, height: viewport.height - top };
}

/** What the map opens on: a box, west-south and east-north, fitted inside the map less `padding`. */
export interface OpeningFit {
  bounds: [[lon: number, lat: number], [lon: number, lat: number]];
  padding: Padding;
}

/**
 * The map's opening view: all of China; on a narrow screen (a phone, where China would be a
 * thumbnail whose crowded east leaves places unnamed), the places themselves, above the folded
 * sheet. The live map fits it (MapLibre's `bounds`), the still map computes the same camera.
 */
export function openingFit(places: readonly Place[], narrow: boolean): OpeningFit {
  if (!narrow || !places.length) {
    const [west, south, east, north] = CHINA_BOUNDS;
    const p = OPENING_PADDING;
    return {
      bounds: [
        [west, south],
        [east, north],
      ],
      padding: { top: p, right: p, bottom: p, left: p },
    };
  }
  const lons = places.map((p) => p.location.lon);
  const lats = places.map((p) => p.location.lat);
  return {
    bounds: [
      [Math.min(...lons), Math.min(...lats)],
      [Math.max(...lons), Math.max(...lats)],
    ],
    padding: NARROW_OPENING_PADDING,
  };
}

/** Province-level places with a system of their own tint their whole province. */
export function tintedProvinces(places: readonly Place[]): string[] {
  return places
    .filter(
      (p) => (p.level === 'province' || p.level === 'municipality') && p.status !== 'not a pilot',
    )
    .map((p) => p.province);
}

/**
 * How far left of the map's middle a selected place is framed, in px: to the middle of the part a
 * drawer `covered` px wide leaves free on the right, unless the drawer covers most of the map.
 */
export function drawerShift(covered: number, mapWidth: number): number {
  return covered < mapWidth * 0.7 ? covered / 2 : 0;
}

/** A box on the page, in CSS px (the fields of a DOMRect that framing reads). */
export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/**
 * How far from the map's middle a selected place is framed, [x, y] in px (negative: left, up), so
 * that it shows in the part of the map a `panel` leaves free: a drawer on the right shifts it left
 * (`drawerShift`); a bottom sheet, as wide as the map, shifts it up to the middle of the map above
 * the sheet, unless the sheet covers most of the map.
 */
export function framingOffset(map: Box, panel: Box | null): [number, number] {
  if (!panel) return [0, 0];
  const width = map.right - map.left;
  const height = map.bottom - map.top;
  const isSheet = panel.top > map.top + 1 && panel.right - panel.left >= width * 0.7;
  if (isSheet) {
    const covered = Math.max(0, map.bottom - Math.max(panel.top, map.top));
    return [0, covered < height * 0.8 ? -covered / 2 : 0];
  }
  const covered = Math.max(0, map.right - Math.max(panel.left, map.left));
  return [-drawerShift(covered, width), 0];
}

/** The camera at `camera`'s zoom that shows `place` `offset` px ([x, y]) from the map's middle. */
export function centredAt(camera: Camera, place: LngLat, offset: [number, number]): Camera {
  const [x, y] = toWorld(place);
  const size = worldSize(camera.zoom);
  return { center: fromWorld([x - offset[0] / size, y - offset[1] / size]), zoom: camera.zoom };
}

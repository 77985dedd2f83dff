import type { Place } from '../data/schema';
import { type Camera, fromWorld, type LngLat, toWorld, worldSize } from '../cartography/projection';

/** West, south, east, north: mainland China, Hainan, Taiwan and the north-east. */
export const CHINA_BOUNDS: [number, number, number, number] = [73.5, 17.8, 135.1, 53.6];

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

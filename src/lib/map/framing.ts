import type { Place } from '../data/schema';

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

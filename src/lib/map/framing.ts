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

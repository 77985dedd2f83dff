/** The zoom whose world pixels the static basemap's path data is written in. */
export const STATIC_ZOOM = 4;

/** The basemap as SVG path data, generated at build time from geo/*.geojson. */
export interface StaticBasemap {
  provinces: { id: string; d: string }[];
  /** All neighbouring countries in one path. */
  neighbours: string;
}

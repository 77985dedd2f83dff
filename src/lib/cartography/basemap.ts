/**
 * The basemap's detail for finding one's way when zoomed in: province names, major rivers and
 * large lakes (geo/province-labels.geojson, geo/waters.geojson). None of it shows at the opening
 * view, where province names would crowd the places' labels; its data is fetched only once the
 * map is zoomed in to DETAIL_ZOOM (map/basemapDetail.ts).
 */
export const DETAIL_ZOOM = 4.5;

/** Province names: quiet, spaced capitals; they give way to every place label and marker. */
export const PROVINCE_LABEL = {
  size: 12,
  /** In ems. */
  letterSpacing: 0.12,
  haloWidth: 1.4,
} as const;

/** Line widths, px, at each of `zooms`, of WDBII river levels 1 (permanent major) and 2 (more). */
export const RIVER_WIDTH: { zooms: number[]; byLevel: Record<'1' | '2', number[]> } = {
  zooms: [DETAIL_ZOOM, 8],
  byLevel: { '1': [1, 2.2], '2': [0.6, 1.3] },
};

import type { LabelLang } from '../logic/urlState';

/**
 * The basemap's detail for finding one's way when zoomed in: province names, major rivers and
 * large lakes (geo/province-labels.geojson, geo/waters.geojson). None of it shows at the opening
 * view, where province names would crowd the places' labels; its data is fetched only once the
 * map is zoomed in to DETAIL_ZOOM (map/basemapDetail.ts), or an export is framed that close.
 */
export const DETAIL_ZOOM = 4.5;

/** Province names: quiet, spaced capitals; they give way to every place label and marker. */
export const PROVINCE_LABEL = {
  size: 12,
  /** In ems. */
  letterSpacing: 0.12,
  haloWidth: 1.4,
  /** Room kept around a name, px: MapLibre's default `text-padding`. */
  pad: 2,
} as const;

/** Line widths, px, at each of `zooms`, of WDBII river levels 1 (permanent major) and 2 (more). */
export const RIVER_WIDTH: { zooms: number[]; byLevel: Record<'1' | '2', number[]> } = {
  zooms: [DETAIL_ZOOM, 8],
  byLevel: { '1': [1, 2.2], '2': [0.6, 1.3] },
};

/** A lake's outline, px: MapLibre's `fill-outline-color` draws one pixel. */
export const LAKE_OUTLINE_WIDTH = 1;

/**
 * A river's width at a zoom, as the live map's `interpolate` computes it: linear between the
 * zooms of RIVER_WIDTH, held beyond them; 0 for a level it does not know.
 */
export function riverWidth(level: string | null | undefined, zoom: number): number {
  const widths = RIVER_WIDTH.byLevel[level as '1' | '2'] as number[] | undefined;
  if (!widths) return 0;
  const { zooms } = RIVER_WIDTH;
  if (zoom <= zooms[0]!) return widths[0]!;
  for (let i = 1; i < zooms.length; i++) {
    if (zoom > zooms[i]!) continue;
    const t = (zoom - zooms[i - 1]!) / (zooms[i]! - zooms[i - 1]!);
    return widths[i - 1]! + t * (widths[i]! - widths[i - 1]!);
  }
  return widths.at(-1)!;
}

/** What geo/province-labels.geojson says of a province. */
export interface ProvinceLabelProperties {
  id: string;
  name_en: string;
  name_zh: string;
}

/** A province's name as the map sets it in a label language: English in capitals, Chinese, or both. */
export function provinceNameLines(p: ProvinceLabelProperties, lang: LabelLang): string[] {
  const en = p.name_en.toUpperCase();
  if (lang === 'en') return [en];
  if (lang === 'zh') return [p.name_zh];
  return [en, p.name_zh];
}

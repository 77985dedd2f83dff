import type { ExpressionSpecification, StyleSpecification } from '@maplibre/maplibre-gl-style-spec';
import type { FeatureCollection, LineString, Point } from 'geojson';
import type { MapPlaceProperties } from '../data/pilotsGeoJSON';
import { type Palette, darkPalette, palette as lightPalette } from '../cartography/palette';
import {
  type Colours,
  labelLayers,
  markerLayers,
  provinceLabelLayers,
  waterLayers,
} from '../cartography/layers';
import type { LabelProperties } from '../cartography/liveLabels';
import type { LabelLang } from '../logic/urlState';

export { LABEL_FONT_NAME as LABEL_FONT } from '../cartography/labels';

export interface StyleInput {
  provincesUrl: string;
  neighboursUrl: string;
  /** The places as the map holds them (toMapPlaces). */
  pilots: FeatureCollection<Point, MapPlaceProperties>;
  /** Provinces tinted because a province-level place in the dataset has a system of its own. */
  tintedProvinces: string[];
  /** Fixed colours (an export in one theme); by default colours follow the `theme` global state. */
  palette?: Palette;
  /**
   * The global state to start with (defaults: initialGlobalState). Starting with the app's own
   * means its first `setGlobalStateProperty` calls change nothing, so no tile is laid out twice.
   */
  state?: Partial<GlobalState>;
  /** Placed labels and leader lines to start with (cartography/liveLabels.ts); empty by default. */
  labels?: FeatureCollection<Point, LabelProperties>;
  leaders?: FeatureCollection<LineString>;
}

const empty: FeatureCollection = { type: 'FeatureCollection', features: [] };

/** Global state the layers read; the app changes it with `setGlobalStateProperty`, never by restyling. */
export const initialGlobalState = {
  /** Ids of the places that match the filters, when `filterActive` is true. */
  matchIds: [] as string[],
  filterActive: false,
  theme: 'light' as 'light' | 'dark',
  /** The language of the province names (the places' labels are placed in code). */
  labelLang: 'both' as LabelLang,
};

export type GlobalState = typeof initialGlobalState;

/** Each colour as an expression that follows the `theme` global state, so a theme switch is a repaint. */
function themedColours(): Colours {
  const dark: ExpressionSpecification = ['==', ['global-state', 'theme'], 'dark'];
  const keys = Object.keys(lightPalette) as (keyof Palette)[];
  return Object.fromEntries(
    keys.map((k) => [
      k,
      ['case', dark, darkPalette[k], lightPalette[k]] as ExpressionSpecification,
    ]),
  ) as Colours;
}

export function buildStyle(input: StyleInput): StyleSpecification {
  const c: Colours = input.palette ?? themedColours();
  const state = { ...initialGlobalState, ...input.state };
  // No `glyphs` and no `font-faces`: MapLibre then draws every glyph on a canvas in the `text-font`
  // family, 'Noto Sans SC', which is the page's own @font-face (the atlas's subset, loaded once for
  // the page and the map). `font-faces` would fetch each file again, by MapLibre's own request.
  return {
    version: 8,
    name: 'Pilot Atlas',
    state: {
      matchIds: { default: state.matchIds },
      filterActive: { default: state.filterActive },
      theme: { default: state.theme },
      labelLang: { default: state.labelLang },
    },
    sources: {
      neighbours: { type: 'geojson', data: input.neighboursUrl },
      provinces: { type: 'geojson', data: input.provincesUrl },
      pilots: { type: 'geojson', data: input.pilots, promoteId: 'id' },
      // Places the user imports from a file; filled with setData, empty until then.
      user: { type: 'geojson', data: { type: 'FeatureCollection', features: [] }, promoteId: 'id' },
      // The placed labels and their leader lines (cartography/liveLabels.ts), filled with setData.
      labels: { type: 'geojson', data: input.labels ?? empty },
      leaders: { type: 'geojson', data: input.leaders ?? empty },
      // The zoomed-in basemap: empty until the map is first zoomed in (map/basemapDetail.ts).
      waters: { type: 'geojson', data: empty },
      'province-labels': { type: 'geojson', data: empty },
    },
    layers: [
      { id: 'background', type: 'background', paint: { 'background-color': c.sea } },
      {
        id: 'neighbours-fill',
        type: 'fill',
        source: 'neighbours',
        paint: { 'fill-color': c.neighbourLand, 'fill-outline-color': c.neighbourLine },
      },
      {
        id: 'provinces-fill',
        type: 'fill',
        source: 'provinces',
        paint: {
          'fill-color': [
            'case',
            ['in', ['get', 'id'], ['literal', input.tintedProvinces]],
            c.provinceTint,
            c.provinceFill,
          ],
        },
      },
      ...waterLayers(c),
      {
        id: 'provinces-line',
        type: 'line',
        source: 'provinces',
        layout: { 'line-join': 'round' },
        paint: { 'line-color': c.provinceLine, 'line-width': 0.7 },
      },
      ...provinceLabelLayers(c),
      ...markerLayers('pilots', c),
      ...markerLayers('user', c),
      ...labelLayers(c),
    ],
  };
}

import type {
  ExpressionSpecification,
  FontFacesSpecification,
  StyleSpecification,
} from '@maplibre/maplibre-gl-style-spec';
import type { FeatureCollection, Point } from 'geojson';
import type { PilotProperties } from '../data/pilotsGeoJSON';
import { type Palette, darkPalette, palette as lightPalette } from './palette';
import { placeLayers } from './placeLayers';

export { LABEL_FONT_NAME as LABEL_FONT } from './placeLayers';

export interface StyleInput {
  provincesUrl: string;
  neighboursUrl: string;
  pilots: FeatureCollection<Point, PilotProperties>;
  /** Provinces tinted because a province-level place in the dataset has a system of its own. */
  tintedProvinces: string[];
  fontFaces: FontFacesSpecification;
  /** Fixed colours (an export in one theme); by default colours follow the `theme` global state. */
  palette?: Palette;
  /**
   * The global state to start with (defaults: initialGlobalState). Starting with the app's own
   * means its first `setGlobalStateProperty` calls change nothing, so no tile is laid out twice.
   */
  state?: Partial<GlobalState>;
}

/** Global state the layers read; the app changes it with `setGlobalStateProperty`, never by restyling. */
export const initialGlobalState = {
  /** Ids of the places that match the filters, when `filterActive` is true. */
  matchIds: [] as string[],
  filterActive: false,
  labelLang: 'both' as 'en' | 'zh' | 'both',
  theme: 'light' as 'light' | 'dark',
  /** Presentation mode: larger labels for a projector. */
  large: false,
  /** The selected place's id ('' for none): its label wins label collisions. */
  selectedId: '',
};

export type GlobalState = typeof initialGlobalState;

export type Colours = { [K in keyof Palette]: string | ExpressionSpecification };

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

const nameZh: ExpressionSpecification = ['coalesce', ['get', 'name_zh'], ['get', 'name_en']];

const names: ExpressionSpecification = [
  'match',
  ['global-state', 'labelLang'],
  'en',
  ['get', 'name_en'],
  'zh',
  nameZh,
  // name_zh is null, not absent, where a place has no Chinese name: `has` would be true.
  [
    'case',
    ['!=', ['get', 'name_zh'], null],
    ['concat', ['get', 'name_en'], '\n', nameZh],
    ['get', 'name_en'],
  ],
];

/** The dominant list is written out, so the emphasis never rests on colour alone. */
const emphasisNote: ExpressionSpecification = [
  'match',
  ['get', 'emphasis'],
  'red',
  ['concat', '\nred list ', ['to-string', ['get', 'red_share']], '%'],
  'black',
  ['concat', '\nblack list ', ['to-string', ['get', 'black_share']], '%'],
  '',
];

const labelText: ExpressionSpecification = ['concat', names, emphasisNote];

export function buildStyle(input: StyleInput): StyleSpecification {
  const c: Colours = input.palette ?? themedColours();
  const state = { ...initialGlobalState, ...input.state };
  return {
    version: 8,
    name: 'Pilot Atlas',
    state: {
      matchIds: { default: state.matchIds },
      filterActive: { default: state.filterActive },
      labelLang: { default: state.labelLang },
      theme: { default: state.theme },
      large: { default: state.large },
      selectedId: { default: state.selectedId },
    },
    'font-faces': input.fontFaces,
    sources: {
      neighbours: { type: 'geojson', data: input.neighboursUrl },
      provinces: { type: 'geojson', data: input.provincesUrl },
      pilots: { type: 'geojson', data: input.pilots, promoteId: 'id' },
      // Places the user imports from a file; filled with setData, empty until then.
      user: { type: 'geojson', data: { type: 'FeatureCollection', features: [] }, promoteId: 'id' },
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
      {
        id: 'provinces-line',
        type: 'line',
        source: 'provinces',
        layout: { 'line-join': 'round' },
        paint: { 'line-color': c.provinceLine, 'line-width': 0.7 },
      },
      ...placeLayers('pilots', c, c.markerStroke, labelText),
      ...placeLayers('user', c, c.userData, ['concat', labelText, '\n(your data)']),
    ],
  };
}

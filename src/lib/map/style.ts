import type {
  ExpressionSpecification,
  FontFacesSpecification,
  StyleSpecification,
} from '@maplibre/maplibre-gl-style-spec';
import type { FeatureCollection, Point } from 'geojson';
import type { PilotProperties } from '../data/pilotsGeoJSON';
import { type Palette, darkPalette, palette as lightPalette } from './palette';

export const LABEL_FONT = 'Noto Sans SC';

export interface StyleInput {
  provincesUrl: string;
  neighboursUrl: string;
  pilots: FeatureCollection<Point, PilotProperties>;
  /** Provinces tinted because a province-level place in the dataset has a system of its own. */
  tintedProvinces: string[];
  fontFaces: FontFacesSpecification;
  /** Fixed colours (an export in one theme); by default colours follow the `theme` global state. */
  palette?: Palette;
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

type Colours = { [K in keyof Palette]: string | ExpressionSpecification };

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

const levelRadius: ExpressionSpecification = [
  'match',
  ['get', 'level'],
  'province',
  11,
  'municipality',
  10,
  'prefecture-level city',
  8,
  ['county-level city', 'district', 'county'],
  6.5,
  5,
];

const matches: ExpressionSpecification = [
  'any',
  ['!', ['global-state', 'filterActive']],
  ['in', ['get', 'id'], ['global-state', 'matchIds']],
];
const hovered: ExpressionSpecification = ['boolean', ['feature-state', 'hover'], false];
const selected: ExpressionSpecification = ['boolean', ['feature-state', 'selected'], false];
const nameZh: ExpressionSpecification = ['coalesce', ['get', 'name_zh'], ['get', 'name_en']];

const names: ExpressionSpecification = [
  'match',
  ['global-state', 'labelLang'],
  'en',
  ['get', 'name_en'],
  'zh',
  nameZh,
  ['case', ['has', 'name_zh'], ['concat', ['get', 'name_en'], '\n', nameZh], ['get', 'name_en']],
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
  return {
    version: 8,
    name: 'Pilot Atlas',
    state: {
      matchIds: { default: initialGlobalState.matchIds },
      filterActive: { default: initialGlobalState.filterActive },
      labelLang: { default: initialGlobalState.labelLang },
      theme: { default: initialGlobalState.theme },
      large: { default: initialGlobalState.large },
      selectedId: { default: initialGlobalState.selectedId },
    },
    'font-faces': input.fontFaces,
    sources: {
      neighbours: { type: 'geojson', data: input.neighboursUrl },
      provinces: { type: 'geojson', data: input.provincesUrl },
      pilots: { type: 'geojson', data: input.pilots, promoteId: 'id' },
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
      {
        id: 'pilots-circle',
        type: 'circle',
        source: 'pilots',
        layout: { 'circle-sort-key': ['-', 20, levelRadius] },
        paint: {
          'circle-radius': [
            'case',
            selected,
            ['+', levelRadius, 3],
            hovered,
            ['+', levelRadius, 1.5],
            levelRadius,
          ],
          'circle-color': [
            'match',
            ['get', 'emphasis'],
            'red',
            c.redList,
            'black',
            c.blackList,
            'even',
            c.even,
            c.notReported,
          ],
          'circle-stroke-color': ['case', selected, c.selected, c.markerStroke],
          'circle-stroke-width': ['case', selected, 3, hovered, 2.5, 1.5],
          'circle-opacity': ['case', matches, 1, 0.18],
          'circle-stroke-opacity': ['case', matches, 1, 0.25],
        },
      },
      {
        id: 'pilots-symbol',
        type: 'symbol',
        source: 'pilots',
        layout: {
          'text-field': labelText,
          'text-font': [LABEL_FONT],
          'text-size': ['case', ['global-state', 'large'], 20, 12.5],
          'text-anchor': 'left',
          'text-offset': [0.9, 0],
          'text-justify': 'left',
          'text-optional': true,
          'symbol-sort-key': [
            'case',
            ['==', ['get', 'id'], ['global-state', 'selectedId']],
            0,
            ['-', 20, levelRadius],
          ],
        },
        paint: {
          'text-color': c.label,
          'text-halo-color': c.labelHalo,
          'text-halo-width': 1.6,
          'text-opacity': ['case', matches, 1, 0.3],
        },
      },
    ],
  };
}

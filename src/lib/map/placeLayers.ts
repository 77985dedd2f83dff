import type { ExpressionSpecification, LayerSpecification } from '@maplibre/maplibre-gl-style-spec';
import { CORE_TOUR } from '../logic/tour';
import type { Colours } from './style';

export const LABEL_FONT_NAME = 'Noto Sans SC';

export const levelRadius: ExpressionSpecification = [
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

/** The four core pilots: their labels are placed before any other place's. */
export const CORE_PLACES: readonly string[] = CORE_TOUR;
/** Whether a feature is a core pilot of the atlas (never one of the user's own places). */
const isCore = (source: 'pilots' | 'user'): ExpressionSpecification => [
  'in',
  ['get', 'id'],
  ['literal', source === 'pilots' ? [...CORE_PLACES] : []],
];
/**
 * The circle and label layers of a source of places (`pilots`, or the user's own `user`): size by
 * level, fill by red/black emphasis, outline by `stroke`; selection, hover and filters through state.
 */
export function placeLayers(
  source: 'pilots' | 'user',
  c: Colours,
  stroke: Colours[keyof Colours],
  text: ExpressionSpecification,
): LayerSpecification[] {
  return [
    {
      id: `${source}-circle`,
      type: 'circle',
      source,
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
        'circle-stroke-color': ['case', selected, c.selected, stroke],
        'circle-stroke-width': ['case', selected, 3, hovered, 2.5, 1.5],
        'circle-opacity': ['case', matches, 1, 0.18],
        'circle-stroke-opacity': ['case', matches, 1, 0.25],
      },
    },
    {
      id: `${source}-symbol`,
      type: 'symbol',
      source,
      layout: {
        'text-field': text,
        'text-font': [LABEL_FONT_NAME],
        'text-size': ['case', ['global-state', 'large'], 20, 12.5],
        'text-anchor': 'left',
        'text-offset': [0.9, 0],
        'text-justify': 'left',
        'text-optional': true,
        // Placed first, so winning label collisions: the selected place, then the matching
        // places, then the faded ones. Within each, the core pilots come first, smaller before
        // larger (a province shows by its tint, a district only by its label), then the others,
        // larger before smaller. Mirrored by labelSortKey in src/lib/export/markers.ts.
        'symbol-sort-key': [
          'case',
          ['==', ['get', 'id'], ['global-state', 'selectedId']],
          0,
          [
            '+',
            ['case', matches, 0, 20],
            ['case', isCore(source), ['-', levelRadius, 4], ['-', 20, levelRadius]],
          ],
        ],
      },
      paint: {
        'text-color': c.label,
        'text-halo-color': c.labelHalo,
        'text-halo-width': 1.6,
        'text-opacity': ['case', matches, 1, 0.3],
      },
      // Where places crowd, only some labels are laid out below ALL_LABELS_ZOOM (labelZoom.ts);
      // the selected place's always is.
      filter: [
        'any',
        ['>=', ['zoom'], ['get', 'label_zoom']],
        ['==', ['get', 'id'], ['global-state', 'selectedId']],
      ],
    },
  ];
}

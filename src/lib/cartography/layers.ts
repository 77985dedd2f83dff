import type {
  ExpressionSpecification,
  LayerSpecification,
  SymbolLayerSpecification,
} from '@maplibre/maplibre-gl-style-spec';
import { DETAIL_ZOOM, PROVINCE_LABEL, RIVER_WIDTH } from './basemap';
import { LABEL, LABEL_FONT_NAME, LEADER } from './labels';
import {
  CROSS_GLYPH,
  CROSS_SIZE,
  DEFAULT_RADIUS,
  DIMMED,
  DOT,
  EMPHASIS_FILL,
  HOVERED,
  LEVEL_RADIUS,
  RING,
  SELECTED,
  STATUS_MARK,
  STROKE_WIDTH,
} from './markers';
import type { Palette } from './palette';

/**
 * The live map's place layers, generated from the tables of markers.ts and labels.ts: the same
 * rules the still map and the exports draw with, written as MapLibre expressions.
 */

export type Colours = { [K in keyof Palette]: string | ExpressionSpecification };

/** `['match', ['get', property], key, value, …, fallback]` from a table. */
function matchTable<V>(
  property: string,
  table: Partial<Record<string, V>>,
  value: (v: V) => ExpressionSpecification | string | number,
  fallback: ExpressionSpecification | string | number,
): ExpressionSpecification {
  const entries = Object.entries(table).filter((e): e is [string, V] => e[1] !== undefined);
  return [
    'match',
    ['get', property],
    ...entries.flatMap(([k, v]) => [k, value(v)]),
    fallback,
  ] as unknown as ExpressionSpecification;
}

/** The statuses whose marks have `flag` set. */
const statusesWith = (flag: 'hollow' | 'dot' | 'cross') =>
  Object.entries(STATUS_MARK)
    .filter(([, m]) => m[flag])
    .map(([s]) => s);

export const levelRadius: ExpressionSpecification = matchTable(
  'level',
  LEVEL_RADIUS,
  (r) => r,
  DEFAULT_RADIUS,
);

export const matches: ExpressionSpecification = [
  'any',
  ['!', ['global-state', 'filterActive']],
  ['in', ['get', 'id'], ['global-state', 'matchIds']],
];
const hovered: ExpressionSpecification = ['boolean', ['feature-state', 'hover'], false];
const selected: ExpressionSpecification = ['boolean', ['feature-state', 'selected'], false];

const radius: ExpressionSpecification = [
  'case',
  selected,
  ['+', levelRadius, SELECTED.grow],
  hovered,
  ['+', levelRadius, HOVERED.grow],
  levelRadius,
];

/** Markers at least this large are drawn under the smaller ones. */
const LARGE_RADIUS = 10;

const statusIn = (statuses: string[]): ExpressionSpecification => [
  'in',
  ['get', 'status'],
  ['literal', statuses],
];

/**
 * The marker layers of a source of places (`pilots`, or the user's own `user`): ring (inferred
 * location), circle, centre dot (local system), cross (not a pilot).
 */
export function markerLayers(source: 'pilots' | 'user', c: Colours): LayerSpecification[] {
  const statusStroke = matchTable('status', STATUS_MARK, (m) => c[m.stroke], c.markerStroke);
  const stroke = ['case', selected, c.selected, source === 'user' ? c.userData : statusStroke];
  const fill = [
    'case',
    statusIn(statusesWith('hollow')),
    c.hollow,
    matchTable('emphasis', EMPHASIS_FILL, (key) => c[key], c.notReported),
  ];
  const opacity: ExpressionSpecification = ['case', matches, 1, DIMMED.opacity];
  const strokeOpacity: ExpressionSpecification = ['case', matches, 1, DIMMED.strokeOpacity];
  const circle = (id: string, filter?: ExpressionSpecification): LayerSpecification =>
    ({
      id,
      type: 'circle',
      source,
      layout: { 'circle-sort-key': ['-', 20, levelRadius] },
      paint: {
        'circle-radius': radius,
        'circle-color': fill as ExpressionSpecification,
        'circle-stroke-color': stroke as ExpressionSpecification,
        'circle-stroke-width': [
          'case',
          selected,
          SELECTED.strokeWidth,
          hovered,
          HOVERED.strokeWidth,
          STROKE_WIDTH,
        ],
        'circle-opacity': opacity,
        'circle-stroke-opacity': strokeOpacity,
      },
      ...(filter ? { filter } : {}),
    }) as LayerSpecification;
  const dot = (id: string, large: boolean): LayerSpecification => ({
    id,
    type: 'circle',
    source,
    paint: {
      'circle-radius': DOT.radius,
      'circle-color': c.labelHalo,
      'circle-stroke-color': c.markerStroke,
      'circle-stroke-width': DOT.strokeWidth,
      'circle-opacity': opacity,
      'circle-stroke-opacity': strokeOpacity,
    },
    filter: [
      'all',
      statusIn(statusesWith('dot')),
      large ? ['>=', levelRadius, LARGE_RADIUS] : ['<', levelRadius, LARGE_RADIUS],
    ],
  });
  return [
    {
      id: `${source}-circle-ring`,
      type: 'circle',
      source,
      paint: {
        'circle-radius': ['+', radius, RING.gap],
        'circle-opacity': 0,
        'circle-stroke-color': stroke as ExpressionSpecification,
        'circle-stroke-width': RING.width,
        'circle-stroke-opacity': strokeOpacity,
      },
      filter: ['==', ['get', 'location_precision'], 'inferred'],
    },
    circle(`${source}-circle`),
    // The centre dots of large markers, then the small markers again over them, then their dots:
    // a dot never shows on a smaller marker drawn over a large one (Pudong over Shanghai).
    dot(`${source}-circle-bigdot`, true),
    // (Faded markers are not drawn twice, which would double their opacity.)
    circle(`${source}-circle-small`, ['all', ['<', levelRadius, LARGE_RADIUS], matches]),
    dot(`${source}-circle-dot`, false),
    {
      id: `${source}-symbol-cross`,
      type: 'symbol',
      source,
      layout: {
        'text-field': CROSS_GLYPH,
        'text-font': [LABEL_FONT_NAME],
        'text-size': ['*', levelRadius, CROSS_SIZE],
        'text-allow-overlap': true,
        'text-ignore-placement': true,
      },
      paint: { 'text-color': c.notPilot, 'text-opacity': strokeOpacity },
      filter: statusIn(statusesWith('cross')),
    },
    {
      // An invisible glyph over every marker, in the collision index, so that a province name
      // never covers a marker (circles take no part in symbol collision).
      id: `${source}-symbol-keepout`,
      type: 'symbol',
      source,
      minzoom: DETAIL_ZOOM,
      layout: {
        'text-field': CROSS_GLYPH,
        'text-font': [LABEL_FONT_NAME],
        'text-size': ['*', levelRadius, KEEPOUT_SIZE],
        'text-allow-overlap': true,
      },
      paint: { 'text-opacity': 0 },
    },
  ];
}

/** The keep-out glyph's size per px of marker radius: its box (about 0.6 × 1.2 em) spans the marker. */
const KEEPOUT_SIZE = 3.6;

/** A province's name in the label language (`labelLang` global state): en, zh or both. */
const provinceName: ExpressionSpecification = [
  'match',
  ['global-state', 'labelLang'],
  'en',
  ['get', 'name_en'],
  'zh',
  ['get', 'name_zh'],
  ['concat', ['get', 'name_en'], '\n', ['get', 'name_zh']],
];

/**
 * The zoomed-in basemap (cartography/basemap.ts): lakes and rivers from the `waters` source, drawn
 * over the land and under the province borders, and province names from `province-labels`. Both
 * sources are empty until the map is first zoomed in to DETAIL_ZOOM.
 */
export function waterLayers(c: Colours): LayerSpecification[] {
  return [
    {
      id: 'waters-fill',
      type: 'fill',
      source: 'waters',
      minzoom: DETAIL_ZOOM,
      paint: { 'fill-color': c.lake, 'fill-outline-color': c.river },
      filter: ['==', ['get', 'kind'], 'lake'],
    },
    {
      id: 'waters-line',
      type: 'line',
      source: 'waters',
      minzoom: DETAIL_ZOOM,
      layout: { 'line-join': 'round', 'line-cap': 'round' },
      paint: {
        'line-color': c.river,
        'line-width': [
          'interpolate',
          ['linear'],
          ['zoom'],
          ...RIVER_WIDTH.zooms.flatMap((zoom, i) => [
            zoom,
            matchTable('level', RIVER_WIDTH.byLevel, (widths) => widths[i]!, 0),
          ]),
        ] as unknown as ExpressionSpecification,
      },
      filter: ['==', ['get', 'kind'], 'river'],
    },
  ];
}

/**
 * Province names. MapLibre places symbols from the top layer down, and the place labels and
 * marker keep-outs above this layer are in its collision index: a province name that would touch
 * one is not drawn.
 */
export function provinceLabelLayers(c: Colours): LayerSpecification[] {
  return [
    {
      id: 'province-labels-symbol',
      type: 'symbol',
      source: 'province-labels',
      minzoom: DETAIL_ZOOM,
      layout: {
        'text-field': provinceName,
        'text-font': [LABEL_FONT_NAME],
        'text-size': PROVINCE_LABEL.size,
        'text-transform': 'uppercase',
        'text-letter-spacing': PROVINCE_LABEL.letterSpacing,
        'text-line-height': LABEL.lineHeight,
        'text-max-width': 100,
      },
      paint: {
        'text-color': c.provinceLabel,
        'text-halo-color': c.provinceFill,
        'text-halo-width': PROVINCE_LABEL.haloWidth,
      },
    },
  ];
}

/** How a place label is set: drawn by `labels-symbol`, mirrored by its keep-out. */
const labelText = {
  'text-field': ['get', 'text'],
  'text-font': [LABEL_FONT_NAME],
  'text-size': ['get', 'size'],
  'text-anchor': ['get', 'anchor'],
  'text-offset': ['get', 'offset'],
  'text-justify': 'auto',
  'text-line-height': LABEL.lineHeight,
  // Lines break where the label says, never by width.
  'text-max-width': 100,
} as const satisfies SymbolLayerSpecification['layout'];

/**
 * The labels and their leader lines, from the `labels` and `leaders` sources that the placement
 * fills (liveLabels.ts): MapLibre draws each where it was placed, hiding none.
 */
export function labelLayers(c: Colours): LayerSpecification[] {
  return [
    {
      id: 'leaders-line',
      type: 'line',
      source: 'leaders',
      layout: { 'line-cap': 'round' },
      paint: {
        'line-color': c.leader,
        'line-width': LEADER.width,
        'line-opacity': ['case', matches, 1, LABEL.dimmedOpacity],
      },
    },
    {
      id: 'labels-symbol',
      type: 'symbol',
      source: 'labels',
      layout: {
        ...labelText,
        'text-allow-overlap': true,
        // Out of the collision index: in it, MapLibre's placement pass delayed the map's first
        // idle from 1.9 to 5.7 s. The keep-out below stands in for it where province names show.
        'text-ignore-placement': true,
      },
      paint: {
        'text-color': c.label,
        'text-halo-color': c.labelHalo,
        'text-halo-width': LABEL.haloWidth,
        'text-opacity': ['case', matches, 1, LABEL.dimmedOpacity],
      },
    },
    {
      // The same labels, invisible and in the collision index, from the zoom at which province
      // names appear: a province name never covers a place label.
      id: 'labels-symbol-keepout',
      type: 'symbol',
      source: 'labels',
      minzoom: DETAIL_ZOOM,
      layout: { ...labelText, 'text-allow-overlap': true },
      paint: { 'text-opacity': 0 },
    },
  ];
}

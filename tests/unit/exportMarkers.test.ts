import { createExpression, latest } from '@maplibre/maplibre-gl-style-spec';
import type { LayerSpecification } from '@maplibre/maplibre-gl-style-spec';
import { describe, expect, it } from 'vitest';
import { toPilotFeature } from '../../src/lib/data/pilotsGeoJSON';
import { LABEL, labelLines, labelSortKey, markerStyle } from '../../src/lib/export/markers';
import { palette } from '../../src/lib/map/palette';
import { buildStyle } from '../../src/lib/map/style';
import { data } from './exportHelpers';

const style = buildStyle({
  provincesUrl: 'http://127.0.0.1/p.geojson',
  neighboursUrl: 'http://127.0.0.1/n.geojson',
  pilots: { type: 'FeatureCollection', features: [] },
  tintedProvinces: [],
  fontFaces: {},
  palette,
});
const layer = (id: string) =>
  style.layers.find((l) => l.id === id) as LayerSpecification & {
    paint: Record<string, unknown>;
    layout: Record<string, unknown>;
  };

/** Evaluates one property of the app's style for a place, as MapLibre would. */
function evaluate(
  layerId: string,
  kind: 'paint' | 'layout',
  property: string,
  placeId: string,
  state: {
    filterActive: boolean;
    matchIds: string[];
    labelLang?: string;
    selected?: boolean;
  },
): unknown {
  const l = layer(layerId);
  const spec = (latest as unknown as Record<string, Record<string, unknown>>)[`${kind}_${l.type}`]![
    property
  ];
  const globalState = {
    labelLang: 'both',
    large: false,
    theme: 'light',
    selectedId: state.selected ? placeId : '',
    ...state,
  };
  const expression = createExpression(l[kind][property], property, spec as never, globalState);
  if (expression.result !== 'success') throw new Error(JSON.stringify(expression.value));
  const feature = toPilotFeature(data.places.find((p) => p.id === placeId)!);
  const value = expression.value.evaluate(
    { zoom: 5 },
    { type: 'Point', id: feature.id, properties: feature.properties } as never,
    { selected: state.selected ?? false },
  );
  return value && typeof value === 'object' && 'toString' in value ? String(value) : value;
}

const hexToRgba = (hex: string, alpha = 1) => {
  const n = parseInt(hex.slice(1), 16);
  return `rgba(${n >> 16},${(n >> 8) & 255},${n & 255},${alpha})`;
};

describe('the SVG draws places as the map style does', () => {
  const cases = data.places.flatMap((place) =>
    [
      { filterActive: false, matchIds: [], selected: false },
      { filterActive: true, matchIds: ['wuhan'], selected: false },
      { filterActive: true, matchIds: [], selected: true },
    ].map((state) => [place.id, state] as const),
  );

  it.each(cases)('%s with %j', (id, state) => {
    const place = data.places.find((p) => p.id === id)!;
    const matches = !state.filterActive || state.matchIds.includes(id);
    const marker = markerStyle(place, { matches, selected: state.selected }, palette);
    const at = (property: string) => evaluate('pilots-circle', 'paint', property, id, state);
    expect(at('circle-radius')).toBe(marker.radius);
    expect(at('circle-stroke-width')).toBe(marker.strokeWidth);
    expect(at('circle-opacity')).toBe(marker.opacity);
    expect(at('circle-stroke-opacity')).toBe(marker.strokeOpacity);
    expect(at('circle-color')).toBe(hexToRgba(marker.fill));
    expect(at('circle-stroke-color')).toBe(hexToRgba(marker.stroke));
    expect(evaluate('pilots-circle', 'layout', 'circle-sort-key', id, state)).toBe(marker.sortKey);
    // The user's own places: the same marker, outlined in the user-data colour.
    const user = markerStyle(
      place,
      { matches, selected: state.selected },
      palette,
      palette.userData,
    );
    expect(evaluate('user-circle', 'paint', 'circle-stroke-color', id, state)).toBe(
      hexToRgba(user.stroke),
    );
    expect(evaluate('user-circle', 'paint', 'circle-radius', id, state)).toBe(user.radius);
  });

  it.each(
    data.places.flatMap((p) =>
      (['en', 'zh', 'both'] as const).map((lang) => [p.id, lang] as const),
    ),
  )('labels %s in %s with the same text', (id, labelLang) => {
    const place = data.places.find((p) => p.id === id)!;
    const text = evaluate('pilots-symbol', 'layout', 'text-field', id, {
      filterActive: false,
      matchIds: [],
      labelLang,
    });
    expect(text).toBe(labelLines(place, labelLang).join('\n'));
  });

  it.each(cases)('places the label of %s with %j in the same order', (id, state) => {
    const place = data.places.find((p) => p.id === id)!;
    const at = (property: string) => evaluate('pilots-symbol', 'layout', property, id, state);
    const matches = !state.filterActive || state.matchIds.includes(id);
    expect(at('symbol-sort-key')).toBe(labelSortKey(place, { matches, selected: state.selected }));
    expect(at('text-size')).toBe(LABEL.size);
    expect(layer('pilots-symbol').layout['text-offset']).toEqual([LABEL.offset, 0]);
    expect(layer('pilots-symbol').layout['text-anchor']).toBe('left');
    expect(evaluate('pilots-symbol', 'paint', 'text-halo-width', id, state)).toBe(LABEL.haloWidth);
    expect(evaluate('pilots-symbol', 'paint', 'text-opacity', id, state)).toBe(
      matches ? 1 : LABEL.dimmedOpacity,
    );
  });

  it('places the four core pilots’ labels before any other place’s, after the selected one', () => {
    const key = (id: string, matches: boolean, selected = false) =>
      evaluate('pilots-symbol', 'layout', 'symbol-sort-key', id, {
        filterActive: !matches,
        matchIds: [],
        selected,
      }) as number;
    const core = ['rongcheng', 'wuhan', 'shanghai-pudong', 'jiangsu'];
    const others = data.places.map((p) => p.id).filter((id) => !core.includes(id));
    expect(others).toContain('anqing');
    for (const matches of [true, false]) {
      const worstCore = Math.max(...core.map((id) => key(id, matches)));
      const bestOther = Math.min(...others.map((id) => key(id, matches)));
      expect(worstCore, `core first (matching: ${matches})`).toBeLessThan(bestOther);
      expect(key('anqing', true, true), 'the selected place before any core one').toBeLessThan(
        Math.min(...core.map((id) => key(id, matches))),
      );
    }
    // Among the core pilots, smaller places first: a province shows by its tint.
    expect(key('shanghai-pudong', true)).toBeLessThan(key('jiangsu', true));
    const faded = Math.min(...data.places.map((p) => key(p.id, false)));
    expect(
      Math.max(...data.places.map((p) => key(p.id, true))),
      'matching before faded',
    ).toBeLessThan(faded);
    // The user's own places get no lead, whatever their ids.
    expect(
      evaluate('user-symbol', 'layout', 'symbol-sort-key', 'wuhan', {
        filterActive: false,
        matchIds: [],
      }),
    ).toBe(20 - 8);
  });
});

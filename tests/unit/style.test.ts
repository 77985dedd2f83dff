import { createExpression, latest, validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import { describe, expect, it } from 'vitest';
import { MAP_PROPERTIES, toMapPlaces } from '../../src/lib/data/pilotsGeoJSON';
import { validateData } from '../../src/lib/data/validate';
import { tintedProvinces } from '../../src/lib/map/framing';
import { DETAIL_ZOOM } from '../../src/lib/cartography/basemap';
import { buildStyle } from '../../src/lib/map/style';
import { realRawData } from './helpers';

const { data } = validateData(realRawData());
const style = buildStyle({
  provincesUrl: 'http://127.0.0.1/geo/provinces.geojson',
  neighboursUrl: 'http://127.0.0.1/geo/neighbours.geojson',
  pilots: toMapPlaces(data.places),
  tintedProvinces: tintedProvinces(data.places),
});

describe('buildStyle', () => {
  it('is a valid MapLibre style', () => {
    expect(validateStyleMin(style)).toEqual([]);
  });

  it("draws text with the page's own font (one download for page and map), no glyph server", () => {
    expect(style).not.toHaveProperty('glyphs');
    expect(style).not.toHaveProperty('font-faces');
    const fonts = style.layers.flatMap((l) =>
      l.type === 'symbol' ? (l.layout?.['text-font'] ?? []) : [],
    );
    expect([...new Set(fonts)]).toEqual(['Noto Sans SC']);
  });

  it('names layers <source>-<type>[-<role>], keys in the order id, type, source, layout, paint, filter', () => {
    const order = ['id', 'type', 'source', 'minzoom', 'layout', 'paint', 'filter'];
    for (const layer of style.layers) {
      if ('source' in layer)
        expect(layer.id).toMatch(new RegExp(`^${layer.source}-${layer.type}(-[a-z]+)?$`));
      const keys = Object.keys(layer);
      expect(keys).toEqual(order.filter((k) => keys.includes(k)));
    }
  });

  it("gives the map's places exactly the properties its place layers read", () => {
    /** The feature properties an expression reads with `['get', name]`. */
    const gets = (value: unknown): string[] =>
      Array.isArray(value)
        ? value[0] === 'get' && typeof value[1] === 'string'
          ? [value[1]]
          : value.flatMap(gets)
        : value && typeof value === 'object'
          ? Object.values(value).flatMap(gets)
          : [];
    const placeLayers = style.layers.filter(
      (l) => 'source' in l && (l.source === 'pilots' || l.source === 'user'),
    );
    expect(placeLayers.length).toBeGreaterThan(4);
    const read = new Set(
      placeLayers.flatMap((l) => gets([l.layout, l.paint, 'filter' in l && l.filter])),
    );
    expect([...read].sort()).toEqual([...MAP_PROPERTIES].sort());
    const [wuhan] = toMapPlaces(data.places.filter((p) => p.id === 'wuhan')).features;
    expect(wuhan).toEqual({
      type: 'Feature',
      geometry: { type: 'Point', coordinates: [expect.any(Number), expect.any(Number)] },
      properties: {
        id: 'wuhan',
        level: 'prefecture-level city',
        status: 'pilot',
        emphasis: 'red',
        location_precision: 'stated',
      },
    });
  });

  it('tints Jiangsu, a province-level system, but not Shanxi, which is not a pilot', () => {
    const tinted = tintedProvinces(data.places);
    expect(tinted).toContain('jiangsu');
    expect(tinted).not.toContain('shanxi');
  });

  it('dims and selects through global and feature state, not by rebuilding layers', () => {
    const text = JSON.stringify(style.layers);
    expect(text).toContain('"global-state","filterActive"');
    expect(text).toContain('"feature-state","selected"');
    expect(Object.keys(style.state ?? {})).toEqual([
      'matchIds',
      'filterActive',
      'theme',
      'labelLang',
    ]);
    expect(text).toContain('"global-state","theme"');
  });

  it('starts in the state it is given (a link to a selection in dark theme), still valid', () => {
    const opening = buildStyle({
      provincesUrl: 'http://127.0.0.1/geo/provinces.geojson',
      neighboursUrl: 'http://127.0.0.1/geo/neighbours.geojson',
      pilots: toMapPlaces(data.places),
      tintedProvinces: [],
      state: { theme: 'dark', matchIds: ['wuhan'] },
    });
    expect(validateStyleMin(opening)).toEqual([]);
    expect(opening.state?.theme?.default).toBe('dark');
    expect(opening.state?.matchIds?.default).toEqual(['wuhan']);
  });

  it('carries no river, lake or province name data: it is fetched when the map is zoomed in', () => {
    for (const id of ['waters', 'province-labels'])
      expect(style.sources[id], id).toEqual({
        type: 'geojson',
        data: { type: 'FeatureCollection', features: [] },
      });
    const detail = style.layers.filter(
      (l) => 'source' in l && ['waters', 'province-labels'].includes(l.source),
    );
    expect(detail.map((l) => l.id)).toEqual([
      'waters-fill',
      'waters-line',
      'province-labels-symbol',
    ]);
    for (const layer of detail) expect(layer.minzoom, layer.id).toBe(DETAIL_ZOOM);
  });

  it('lets province names give way to place labels and markers (placed first, from the top)', () => {
    const ids = style.layers.map((l) => l.id);
    const province = ids.indexOf('province-labels-symbol');
    const keepouts = ['pilots-symbol-keepout', 'user-symbol-keepout', 'labels-symbol-keepout'];
    for (const above of keepouts) expect(ids.indexOf(above), above).toBeGreaterThan(province);
    const layoutOf = (id: string) =>
      style.layers.find((l) => l.id === id)?.layout as Record<string, unknown>;
    for (const id of keepouts) {
      expect(layoutOf(id)['text-allow-overlap'], id).toBe(true);
      expect(layoutOf(id)['text-ignore-placement'], id).toBeUndefined();
    }
    // The keep-out sets the labels' text exactly as the visible layer does.
    const { 'text-ignore-placement': ignored, ...visible } = layoutOf('labels-symbol');
    expect(ignored, 'the visible labels stay out of the collision pass').toBe(true);
    expect(layoutOf('labels-symbol-keepout')).toEqual(visible);
    const provinceLayout = style.layers[province]!.layout as Record<string, unknown>;
    expect(provinceLayout['text-allow-overlap']).toBeUndefined();
  });

  it.each([
    ['en', 'Hubei'],
    ['zh', '湖北'],
    ['both', 'Hubei\n湖北'],
  ])('names provinces in the label language (%s: %j)', (labelLang, text) => {
    const layer = style.layers.find((l) => l.id === 'province-labels-symbol')!;
    const spec = (latest as unknown as Record<string, Record<string, unknown>>).layout_symbol![
      'text-field'
    ];
    const field = (layer.layout as Record<string, unknown>)['text-field'];
    const result = createExpression(field, 'text-field', spec as never, { labelLang });
    if (result.result !== 'success') throw new Error(JSON.stringify(result.value));
    const properties = { id: 'hubei', name_en: 'Hubei', name_zh: '湖北' };
    expect(
      String(result.value.evaluate({ zoom: 6 } as never, { type: 1, properties } as never)),
    ).toBe(text);
  });
});

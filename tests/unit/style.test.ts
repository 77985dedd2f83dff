import { validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import { describe, expect, it } from 'vitest';
import { toPilotsGeoJSON } from '../../src/lib/data/pilotsGeoJSON';
import { validateData } from '../../src/lib/data/validate';
import { tintedProvinces } from '../../src/lib/map/framing';
import { buildStyle } from '../../src/lib/map/style';
import { realRawData } from './helpers';

const { data } = validateData(realRawData());
const style = buildStyle({
  provincesUrl: 'http://127.0.0.1/geo/provinces.geojson',
  neighboursUrl: 'http://127.0.0.1/geo/neighbours.geojson',
  pilots: toPilotsGeoJSON(data.places),
  tintedProvinces: tintedProvinces(data.places),
  fontFaces: {
    'Noto Sans SC': [{ url: 'http://127.0.0.1/f.woff2', 'unicode-range': ['U+4E00-9FFF'] }],
  },
});

describe('buildStyle', () => {
  it('is a valid MapLibre style', () => {
    expect(validateStyleMin(style)).toEqual([]);
  });

  it('draws text with the self-hosted font and no glyph server', () => {
    expect(style).not.toHaveProperty('glyphs');
    const fonts = style.layers.flatMap((l) =>
      l.type === 'symbol' ? (l.layout?.['text-font'] ?? []) : [],
    );
    expect([...new Set(fonts)]).toEqual(['Noto Sans SC']);
    expect(Object.keys(style['font-faces'] ?? {})).toEqual(['Noto Sans SC']);
  });

  it('names layers <source>-<type>[-<role>], keys in the order id, type, source, layout, paint, filter', () => {
    const order = ['id', 'type', 'source', 'layout', 'paint', 'filter'];
    for (const layer of style.layers) {
      if ('source' in layer)
        expect(layer.id).toMatch(new RegExp(`^${layer.source}-${layer.type}(-[a-z]+)?$`));
      const keys = Object.keys(layer);
      expect(keys).toEqual(order.filter((k) => keys.includes(k)));
    }
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
    expect(Object.keys(style.state ?? {})).toEqual(['matchIds', 'filterActive', 'theme']);
    expect(text).toContain('"global-state","theme"');
  });

  it('starts in the state it is given (a link to a selection in dark theme), still valid', () => {
    const opening = buildStyle({
      provincesUrl: 'http://127.0.0.1/geo/provinces.geojson',
      neighboursUrl: 'http://127.0.0.1/geo/neighbours.geojson',
      pilots: toPilotsGeoJSON(data.places),
      tintedProvinces: [],
      fontFaces: {},
      state: { theme: 'dark', matchIds: ['wuhan'] },
    });
    expect(validateStyleMin(opening)).toEqual([]);
    expect(opening.state?.theme?.default).toBe('dark');
    expect(opening.state?.matchIds?.default).toEqual(['wuhan']);
  });
});

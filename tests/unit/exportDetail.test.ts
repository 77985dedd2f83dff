import { createExpression, latest } from '@maplibre/maplibre-gl-style-spec';
import { describe, expect, it } from 'vitest';
import {
  DETAIL_ZOOM,
  LAKE_OUTLINE_WIDTH,
  PROVINCE_LABEL,
  provinceNameLines,
  riverWidth,
} from '../../src/lib/cartography/basemap';
import { provinceLabelLayers, waterLayers } from '../../src/lib/cartography/layers';
import { markerReach } from '../../src/lib/cartography/markers';
import { estimateTextWidth } from '../../src/lib/cartography/measure';
import { palette } from '../../src/lib/cartography/palette';
import { placeProvinceNames } from '../../src/lib/cartography/provinceNames';
import { grow, intersects, type Rect } from '../../src/lib/cartography/shapes';
import type { LabelLang } from '../../src/lib/logic/urlState';
import { drawMap } from '../../src/lib/export/canvasDraw';
import type { Framing } from '../../src/lib/export/framing';
import { composeExport } from '../../src/lib/export/layout';
import { describeMap, detailZoom } from '../../src/lib/export/mapParts';
import { DEFAULT_SLIDE } from '../../src/lib/export/scene';
import { buildSvg } from '../../src/lib/export/svg';
import { realBasemapWithDetail, sceneFor } from './exportHelpers';
import { findAll, parseXml } from './xmlCheck';

const basemap = realBasemapWithDetail();

function mapOf(
  selectedId: string,
  framing: Framing,
  labelLang: LabelLang = 'both',
  size = { width: 1920, height: 1080 },
) {
  const scene = { ...sceneFor({ selectedId, labelLang }), slide: { ...DEFAULT_SLIDE, framing } };
  const composition = composeExport({
    scene,
    size: { ...size, scale: 2 },
    title: 'A title',
    measure: estimateTextWidth,
    palette,
  });
  const options = { tintedProvinces: scene.tintedProvinces, palette, labelLang };
  return { scene, composition, options, map: describeMap(composition, basemap, options) };
}

describe('an export framed as close as the live map shows lakes, rivers and province names', () => {
  it('frames Wuhan in context that close (the case the other tests need)', () => {
    expect(detailZoom(mapOf('wuhan', 'selected').composition)).toBeGreaterThanOrEqual(DETAIL_ZOOM);
  });

  it.each([
    ['wuhan', 'all'],
    ['wuhan', 'selected'],
  ] as [string, Framing][])(
    'stands for the same live-map zoom at any size of one shape, its text scaled with it: %s, %s',
    (id, framing) => {
      const zooms = [
        { width: 1920, height: 1080 },
        { width: 3840, height: 2160 },
        { width: 1280, height: 720 },
      ].map((size) => detailZoom(mapOf(id, framing, 'both', size).composition));
      for (const zoom of zooms) expect(zoom).toBeCloseTo(zooms[0]!, 0);
    },
  );

  it("draws the live map's layers in its order: province fills, lakes, rivers, province borders", () => {
    const { map, composition } = mapOf('wuhan', 'selected');
    expect(map.layers.map((l) => l.id)).toEqual([
      'neighbours',
      'provinces',
      'lakes',
      'rivers',
      'province-lines',
    ]);
    const [, fills, lakes, rivers, lines] = map.layers;
    expect([fills!.fill, fills!.stroke]).toEqual([palette.provinceFill, undefined]);
    expect([lines!.fill, lines!.stroke]).toEqual([undefined, palette.provinceLine]);
    expect(lines!.paths.map((p) => p.d)).toEqual(fills!.paths.map((p) => p.d));
    expect([lakes!.fill, lakes!.stroke, lakes!.strokeWidth]).toEqual([
      palette.lake,
      palette.river,
      LAKE_OUTLINE_WIDTH,
    ]);
    expect([rivers!.fill, rivers!.stroke]).toEqual([undefined, palette.river]);
    // The Yangtze and the lakes beside it (Dongting, Poyang, Liangzi) are around Wuhan.
    expect(lakes!.paths.length).toBeGreaterThan(0);
    expect(rivers!.paths.length).toBeGreaterThan(0);
    const widths = new Set(rivers!.paths.map((p) => p.strokeWidth));
    const zoom = detailZoom(composition);
    expect([...widths].sort()).toEqual([riverWidth('2', zoom), riverWidth('1', zoom)].sort());
    // Only the river lines near the map, not every line of the file.
    expect(rivers!.paths.length).toBeLessThan(basemap.detail!.waters.features.length / 2);
  });

  it.each(['en', 'zh', 'both'] as LabelLang[])(
    'names provinces in the label language (%s), never over a place label or a marker',
    (lang) => {
      const { map, composition } = mapOf('wuhan', 'selected', lang);
      expect(map.provinceNames.length).toBeGreaterThan(1);
      const taken = composition.places.flatMap((p) => {
        const r = markerReach(p.marker);
        return [{ x: p.x - r, y: p.y - r, width: 2 * r, height: 2 * r }, p.labelBox ?? []].flat();
      });
      const boxes: Rect[] = [];
      for (const { id, block } of map.provinceNames) {
        const feature = basemap.detail!.provinceLabels.features.find(
          (f) => f.properties.id === id,
        )!;
        const { name_en, name_zh } = feature.properties;
        const expected = {
          en: [name_en.toUpperCase()],
          zh: [name_zh],
          both: [name_en.toUpperCase(), name_zh],
        };
        expect(block.lines, id).toEqual(expected[lang]);
        expect([block.size, block.fill, block.halo?.color, block.align]).toEqual([
          composition.labelSize,
          palette.provinceLabel,
          palette.provinceFill,
          'center',
        ]);
        const width = Math.max(
          ...block.lines.map(
            (l) => estimateTextWidth(l, block.size, 400) + [...l].length * block.letterSpacing!,
          ),
        );
        const height = block.lines.length * block.lineHeight;
        const box = {
          x: block.x - width / 2,
          y: block.y - block.size * 0.88 - (block.lineHeight - block.size) / 2,
          width,
          height,
        };
        for (const rect of taken)
          expect(intersects(grow(box, PROVINCE_LABEL.pad - 0.01), rect), id).toBe(false);
        for (const other of boxes) expect(intersects(box, other), id).toBe(false);
        boxes.push(grow(box, PROVINCE_LABEL.pad));
      }
    },
  );

  it('draws none of it on the All places slide, the opening view, where the live map shows none', () => {
    const { map, composition } = mapOf('wuhan', 'all', 'both', { width: 3840, height: 2160 });
    // Its camera is closer than DETAIL_ZOOM; the live map it enlarges is not.
    expect(composition.camera.zoom).toBeGreaterThan(DETAIL_ZOOM);
    expect(detailZoom(composition)).toBeLessThan(DETAIL_ZOOM);
    expect(map.layers.map((l) => l.id)).toEqual(['neighbours', 'provinces']);
    expect(map.provinceNames).toEqual([]);
  });

  it('is what the SVG and the canvas draw, names under the places', () => {
    const { composition, options, map } = mapOf('wuhan', 'selected');
    const svg = parseXml(buildSvg(composition, basemap, options));
    const ids = findAll(svg, (e) => e.name === 'g').map((e) => e.attributes.id);
    expect(ids.slice(0, 9)).toEqual([
      'map',
      'neighbours',
      'provinces',
      'lakes',
      'rivers',
      'province-lines',
      'province-names',
      'places',
      'leaders',
    ]);
    const group = (id: string) => findAll(svg, (e) => e.attributes.id === id)[0]!;
    for (const layer of map.layers)
      expect(findAll(group(layer.id), (e) => e.name === 'path').map((e) => e.attributes.d)).toEqual(
        layer.paths.map((p) => p.d),
      );
    expect(group('rivers').attributes.fill).toBe('none');
    expect(group('province-lines').attributes.fill).toBe('none');
    expect(findAll(group('province-names'), (e) => e.name === 'text').length).toBe(
      map.provinceNames.length,
    );

    const drawn: string[] = [];
    const state: Record<string | symbol, unknown> = {};
    const ctx = new Proxy(state, {
      get: (target, name) =>
        name in target
          ? target[name]
          : (...args: unknown[]) => {
              // Paths only: markers are circles.
              if ((name === 'fill' || name === 'stroke') && args[0] instanceof FakePath)
                drawn.push(
                  `${String(name)} ${String(target[name === 'fill' ? 'fillStyle' : 'strokeStyle'])}`,
                );
              else if (name === 'fillText') drawn.push(`text ${String(args[0])}`);
              else if (name === 'arc') drawn.push('circle');
            },
      set: (target, name, value) => ((target[name] = value), true),
    });
    const global = globalThis as { Path2D?: unknown };
    const saved = global.Path2D;
    global.Path2D = FakePath;
    try {
      Array.from(drawMap(ctx as unknown as CanvasRenderingContext2D, map));
    } finally {
      global.Path2D = saved;
    }
    const first = (entry: string) => drawn.indexOf(entry);
    const last = (entry: string) => drawn.lastIndexOf(entry);
    expect(last(`fill ${palette.provinceFill}`)).toBeLessThan(first(`fill ${palette.lake}`));
    expect(last(`fill ${palette.lake}`)).toBeLessThan(first(`stroke ${palette.provinceLine}`));
    expect(last(`stroke ${palette.river}`)).toBeLessThan(first(`stroke ${palette.provinceLine}`));
    const firstName = first(`text ${map.provinceNames[0]!.block.lines[0]}`);
    expect(last(`stroke ${palette.provinceLine}`)).toBeLessThan(firstName);
    expect(firstName).toBeLessThan(first('circle'));
  });
});

class FakePath {}

describe('placeProvinceNames', () => {
  const feature = (id: string, x: number, y: number) => ({
    type: 'Feature' as const,
    geometry: { type: 'Point' as const, coordinates: [x, y] },
    properties: { id, name_en: id, name_zh: '省' },
  });
  const place = (features: ReturnType<typeof feature>[], taken: Rect[]) =>
    placeProvinceNames({
      features,
      // Screen px are the coordinates themselves.
      project: ([x, y]) => [x, y],
      area: { x: 0, y: 0, width: 400, height: 300 },
      taken,
      labelLang: 'en',
      measure: (text) => text.length * 7,
      palette,
    }).map((n) => n.id);

  it.each([
    ['a name clear of everything', [feature('a', 100, 100)], [], ['a']],
    ['a name whose point is outside the map', [feature('a', 500, 100)], [], []],
    // 'a' set in capitals with its spacing: about 8.4 px wide.
    ['a name the edge of the map would cut', [feature('a', 3, 100)], [], []],
    ['a name just inside the edge', [feature('a', 5, 100)], [], ['a']],
    [
      'a name over a marker (the marker wins)',
      [feature('a', 100, 100)],
      [{ x: 95, y: 95, width: 10, height: 10 }],
      [],
    ],
    [
      'a name within the padding of a place label',
      [feature('a', 100, 100)],
      // The name's box reaches y = 107.2; MapLibre's 2 px of padding take it to 109.2.
      [{ x: 90, y: 109, width: 40, height: 10 }],
      [],
    ],
    [
      'two names that would overlap: the first in the file wins',
      [feature('a', 100, 100), feature('b', 110, 104), feature('c', 300, 200)],
      [],
      ['a', 'c'],
    ],
  ] as [string, ReturnType<typeof feature>[], Rect[], string[]][])(
    '%s',
    (_, features, taken, placed) => expect(place(features, taken)).toEqual(placed),
  );
});

describe('riverWidth', () => {
  it.each([
    ['1', 3, 1],
    ['1', DETAIL_ZOOM, 1],
    ['1', 6.25, 1.6],
    ['1', 8, 2.2],
    ['1', 10, 2.2],
    ['2', DETAIL_ZOOM, 0.6],
    ['2', 8, 1.3],
    ['3', 6, 0],
    [undefined, 6, 0],
  ] as [string | undefined, number, number][])(
    'level %s at zoom %d: %d px, as the live map interpolates it',
    (level, zoom, width) => expect(riverWidth(level, zoom)).toBeCloseTo(width, 6),
  );
});

describe("the live map's detail layers and the exports' rules", () => {
  const layers = [...waterLayers(palette), ...provinceLabelLayers(palette)];
  const evaluate = (layerId: string, group: 'paint' | 'layout', property: string) => {
    const layer = layers.find((l) => l.id === layerId)!;
    const spec = (latest as unknown as Record<string, Record<string, unknown>>)[
      `${group}_${layer.type}`
    ]![property];
    const value = (layer as unknown as Record<string, Record<string, unknown>>)[group]![property];
    const result = createExpression(value, spec as never);
    if (result.result !== 'success') throw new Error(JSON.stringify(result.value));
    return (zoom: number, properties: Record<string, unknown>, globalState = {}) =>
      result.value.evaluate({ zoom, globalState } as never, { type: 1, properties } as never);
  };

  it.each([4.5, 5, 6.3, 8, 9])('draw rivers as wide at zoom %d', (zoom) => {
    const width = evaluate('waters-line', 'paint', 'line-width');
    for (const level of ['1', '2'])
      expect(width(zoom, { kind: 'river', level })).toBeCloseTo(riverWidth(level, zoom), 6);
  });

  it.each(['en', 'zh', 'both'] as LabelLang[])('name a province alike (%s)', (labelLang) => {
    const text = evaluate('province-labels-symbol', 'layout', 'text-field');
    const properties = { id: 'anhui', name_en: 'Anhui', name_zh: '安徽' };
    const live = String(text(6, properties, { labelLang }));
    // The live map sets the name in capitals with `text-transform`.
    const layer = layers.find((l) => l.id === 'province-labels-symbol')!;
    expect((layer.layout as Record<string, unknown>)['text-transform']).toBe('uppercase');
    expect(live.toUpperCase().split('\n')).toEqual(provinceNameLines(properties, labelLang));
  });
});

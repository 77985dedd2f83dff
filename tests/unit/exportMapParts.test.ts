import { describe, expect, it } from 'vitest';
import { drawMap } from '../../src/lib/export/canvasDraw';
import { geometryPath } from '../../src/lib/cartography/geoPath';
import { composeExport } from '../../src/lib/export/layout';
import { describeMap, type PathLayer } from '../../src/lib/export/mapParts';
import { projector } from '../../src/lib/cartography/projection';
import { buildSvg } from '../../src/lib/export/svg';
import { estimateTextWidth } from '../../src/lib/cartography/measure';
import { darkPalette, type Palette, palette } from '../../src/lib/cartography/palette';
import { type SceneOptions, realBasemap, sceneFor } from './exportHelpers';
import { findAll, parseXml } from './xmlCheck';

const basemap = realBasemap();

function mapOf(options: SceneOptions, size = { width: 1920, height: 1080 }, p: Palette = palette) {
  const scene = sceneFor(options);
  const composition = composeExport({
    scene,
    size: { ...size, scale: 2 },
    title: 'A title',
    measure: estimateTextWidth,
    palette: p,
  });
  const map = describeMap(composition, basemap, {
    tintedProvinces: scene.tintedProvinces,
    palette: p,
  });
  return { scene, composition, map };
}

const numbers = (d: string) => d.match(/-?[\d.]+/g)!.map(Number);

describe('the map part of an export', () => {
  it.each([
    ['no filter', {}],
    ['Wuhan selected', { selectedId: 'wuhan' }],
    ['red list filter', { mechanisms: ['red-list'], selectedId: 'shanghai-pudong' }],
  ] as [string, SceneOptions][])(
    'draws each province where the projection puts it, tinted as the app tints it: %s',
    (_, options) => {
      const { scene, composition, map } = mapOf(options);
      const provinces = map.layers[1]!;
      expect(provinces.paths.length).toBeGreaterThan(3);
      const project = projector(composition.camera, composition);
      for (const path of provinces.paths) {
        const feature = basemap.provinces.features.find((f) => f.properties?.id === path.id)!;
        const direct = numbers(geometryPath(feature.geometry, project));
        const drawn = numbers(path.d);
        expect(drawn.length, path.id).toBe(direct.length);
        // Both rounded to a tenth of a pixel from the same point, projected two ways.
        const furthest = Math.max(...drawn.map((value, i) => Math.abs(value - direct[i]!)));
        expect(furthest, path.id).toBeLessThanOrEqual(0.1 + 1e-9);
        expect(path.fill).toBe(
          scene.tintedProvinces.includes(path.id!) ? palette.provinceTint : undefined,
        );
      }
      expect(provinces.paths.some((p) => p.fill === palette.provinceTint)).toBe(true);
    },
  );

  it('leaves out what lies outside the map area', () => {
    const { map: wide } = mapOf({});
    const { map: close } = mapOf({ mechanisms: ['red-list'], selectedId: 'wuhan' });
    expect(close.layers[1]!.paths.length).toBeLessThan(wide.layers[1]!.paths.length);
  });

  it("draws MapLibre's circles: the stroke outside the radius", () => {
    const { composition, map } = mapOf({ selectedId: 'wuhan' });
    expect(map.places.map((p) => p.id)).toEqual(composition.places.map((p) => p.id));
    const circleOf = ({ id, shapes }: (typeof map.places)[number]) => {
      const { marker } = composition.places.find((p) => p.id === id)!;
      return shapes.find(
        (s) =>
          s.kind === 'circle' && s.fill === marker.fill && s.strokeWidth === marker.strokeWidth,
      ) as Extract<(typeof shapes)[number], { kind: 'circle' }>;
    };
    for (const place of map.places) {
      const circle = circleOf(place);
      const { marker, x, y } = composition.places.find((p) => p.id === place.id)!;
      expect([circle.cx, circle.cy]).toEqual([x, y]);
      // The outline's inner edge is the radius, its outer edge a stroke width further out.
      expect(circle.r - circle.strokeWidth / 2).toBe(marker.radius);
      expect(circle.r + circle.strokeWidth / 2).toBe(marker.radius + marker.strokeWidth);
    }
    const wuhan = circleOf(map.places.find((p) => p.id === 'wuhan')!);
    expect([wuhan.fill, wuhan.stroke]).toEqual([palette.redList, palette.selected]);
  });

  it('labels the places that won their place, each with a halo', () => {
    const { composition, map } = mapOf({ selectedId: 'wuhan' });
    expect(map.labels.map((l) => l.id)).toEqual(
      composition.places.filter((p) => p.label).map((p) => p.id),
    );
    expect(map.labels.map((l) => l.id)).toContain('wuhan');
    for (const { block } of map.labels) expect(block.halo?.color).toBe(palette.labelHalo);
  });

  it('takes its colours from the palette', () => {
    const { map } = mapOf({}, undefined, darkPalette);
    expect(map.sea).toBe(darkPalette.sea);
    expect(map.layers.map((l) => l.fill)).toEqual([
      darkPalette.neighbourLand,
      darkPalette.provinceFill,
    ]);
  });

  it('is what the SVG draws', () => {
    const { scene, composition, map } = mapOf({ selectedId: 'rongcheng' });
    const svg = parseXml(
      buildSvg(composition, basemap, { tintedProvinces: scene.tintedProvinces }),
    );
    const group = (id: string) => findAll(svg, (e) => e.attributes.id === id)[0]!;
    for (const layer of map.layers)
      expect(findAll(group(layer.id), (e) => e.name === 'path').map((e) => e.attributes.d)).toEqual(
        layer.paths.map((p) => p.d),
      );
    expect(
      findAll(group('places'), (e) => e.name === 'circle').map((e) => e.attributes['data-id']),
    ).toEqual(
      map.places.flatMap((p) => p.shapes.filter((s) => s.kind === 'circle').map(() => p.id)),
    );
  });
});

/** A 2D context that writes down what is drawn, and in which order. */
function recordingContext() {
  const drawn: string[] = [];
  const state = { fillStyle: '', strokeStyle: '' };
  const ctx = new Proxy(state as Record<string | symbol, unknown>, {
    get(target, name) {
      if (name in target) return target[name];
      return (...args: unknown[]) => {
        if (name === 'fill' && args[0] instanceof FakePath)
          drawn.push(`fill ${target.fillStyle} ${args[1]}`);
        else if (name === 'stroke' && args[0] instanceof FakePath)
          drawn.push(`stroke ${target.strokeStyle}`);
        else if (name === 'arc') drawn.push('circle');
        else if (name === 'fillText') drawn.push(`text ${args[0]}`);
        else if (name === 'clip' || name === 'fillRect') drawn.push(String(name));
      };
    },
    set(target, name, value) {
      target[name] = value;
      return true;
    },
  });
  return { ctx: ctx as unknown as CanvasRenderingContext2D, drawn };
}

class FakePath {
  constructor(readonly d: string) {}
}

describe('the map on a canvas', () => {
  it('clips to the map area, then draws sea, land, provinces, markers, and labels on top', () => {
    const { map } = mapOf({ selectedId: 'wuhan' });
    const { ctx, drawn } = recordingContext();
    const global = globalThis as { Path2D?: unknown };
    const saved = global.Path2D;
    global.Path2D = FakePath;
    try {
      // It yields between pieces, so that an export can let the page run in between.
      expect([...drawMap(ctx, map)].length).toBeGreaterThan(map.layers[1]!.paths.length);
    } finally {
      global.Path2D = saved;
    }
    const [neighbours, provinces] = map.layers as [PathLayer, PathLayer];
    const paths = (n: number, fill: (i: number) => string, stroke: string) =>
      Array.from({ length: n }, (_, i) => [`fill ${fill(i)} evenodd`, `stroke ${stroke}`]).flat();
    const markers = map.places.flatMap((p) =>
      p.shapes.map((s) => (s.kind === 'text' ? `text ${s.block.lines[0]}` : 'circle')),
    );
    const firstLabel =
      drawn.indexOf('fillRect') +
      1 +
      2 * (neighbours.paths.length + provinces.paths.length) +
      markers.length;
    expect(drawn.slice(0, firstLabel)).toEqual([
      'clip',
      'fillRect',
      ...paths(neighbours.paths.length, () => palette.neighbourLand, palette.neighbourLine),
      ...paths(
        provinces.paths.length,
        (i) => provinces.paths[i]!.fill ?? palette.provinceFill,
        palette.provinceLine,
      ),
      ...markers,
    ]);
    expect(drawn.slice(firstLabel).every((d) => d.startsWith('text'))).toBe(true);
    expect(drawn).toContain('text Wuhan');
  });
});

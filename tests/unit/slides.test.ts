import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { creditsText } from '../../src/lib/export/content';
import { type Framing, frameSlide, inContext, visibleCorners } from '../../src/lib/export/framing';
import { composeExport } from '../../src/lib/export/layout';
import { type LngLat, type Padding, projector } from '../../src/lib/cartography/projection';
import type { TextSize } from '../../src/lib/export/scene';
import { DEFAULT_SLIDE, type SlideOptions } from '../../src/lib/export/scene';
import { contains, intersects, type TextBlock } from '../../src/lib/cartography/shapes';
import { buildSvg } from '../../src/lib/export/svg';
import {
  type FontFace,
  facesFor,
  fontFaceRule,
  parseUnicodeRange,
} from '../../src/lib/export/svgFonts';
import { estimateTextWidth } from '../../src/lib/cartography/measure';
import { wrapText } from '../../src/lib/export/text';
import { data, realBasemap, type SceneOptions, sceneFor } from './exportHelpers';
import { root } from './helpers';

const at = (p: { location: { lon: number; lat: number } }): LngLat => [
  p.location.lon,
  p.location.lat,
];
const places = data.places.map(at);
const byId = (id: string) => at(data.places.find((p) => p.id === id)!);

describe('frameSlide', () => {
  const keepOut: Padding = { top: 150, right: 700, bottom: 200, left: 60 };
  const slide = { width: 1920, height: 1080 };
  const inside = (camera: ReturnType<typeof frameSlide>, point: LngLat) => {
    const [x, y] = projector(camera, slide)(point);
    return (
      x >= keepOut.left - 0.5 &&
      x <= slide.width - keepOut.right + 0.5 &&
      y >= keepOut.top - 0.5 &&
      y <= slide.height - keepOut.bottom + 0.5
    );
  };
  const cases: [string, Framing, string | null, string[]][] = [
    ['all places, nothing selected', 'all', null, data.places.map((p) => p.id)],
    ['all places, Wuhan selected', 'all', 'wuhan', data.places.map((p) => p.id)],
    ['Wuhan in context', 'selected', 'wuhan', ['wuhan', 'anqing']],
    ['Rongcheng in context', 'selected', 'rongcheng', ['rongcheng', 'teng-jia', 'dongdao-lu-jia']],
    ['in context, nothing selected: all places', 'selected', null, data.places.map((p) => p.id)],
  ];
  it.each(cases)(
    '%s: keeps the framed places out of the title, panel and credits',
    (_, framing, selected, shown) => {
      const camera = frameSlide({
        framing,
        places,
        selected: selected ? byId(selected) : null,
        current: null,
        fallback: [],
        slide,
        keepOut,
      });
      for (const id of shown) expect(inside(camera, byId(id)), id).toBe(true);
    },
  );

  it('fits all places as large as they go (one side fills the free area)', () => {
    const camera = frameSlide({
      framing: 'all',
      places,
      selected: null,
      current: null,
      fallback: [],
      slide,
      keepOut,
    });
    const project = projector(camera, slide);
    const xs = places.map((p) => project(p)[0]);
    const ys = places.map((p) => project(p)[1]);
    const fillX =
      (Math.max(...xs) - Math.min(...xs)) / (slide.width - keepOut.left - keepOut.right);
    const fillY =
      (Math.max(...ys) - Math.min(...ys)) / (slide.height - keepOut.top - keepOut.bottom);
    expect(Math.max(fillX, fillY)).toBeGreaterThan(0.99);
  });

  it('"Selected place in context" zooms in further than "All places", on the place and its nearest neighbours', () => {
    const input = { places, selected: byId('wuhan'), current: null, fallback: [], slide, keepOut };
    const all = frameSlide({ ...input, framing: 'all' });
    const context = frameSlide({ ...input, framing: 'selected' });
    expect(context.zoom).toBeGreaterThan(all.zoom);
    const points = inContext(byId('wuhan'), places);
    expect(points[0]).toEqual(byId('wuhan'));
    expect(points).toContainEqual(byId('anqing'));
    // The place in the middle of what is framed.
    const camera = frameSlide({
      ...input,
      keepOut: { top: 0, right: 0, bottom: 0, left: 0 },
      framing: 'selected',
    });
    const [x, y] = projector(camera, slide)(byId('wuhan'));
    expect(x).toBeCloseTo(slide.width / 2, 0);
    expect(y).toBeCloseTo(slide.height / 2, 0);
  });

  const china: LngLat = [104.3, 35.7];
  const leanCases: [string, LngLat | undefined, 'right' | 'middle' | 'anchor'][] = [
    ["towards China's middle: the places at the free area's east edge", china, 'right'],
    ['without an anchor: the places in the middle', undefined, 'middle'],
    ['towards an anchor among the places: the anchor in the middle', byId('jiangsu'), 'anchor'],
  ];
  it.each(leanCases)('"All places" on a wide slide leans %s', (_, anchor, where) => {
    const input = { places, selected: null, current: null, fallback: [], slide, keepOut };
    const camera = frameSlide({ ...input, framing: 'all', anchor });
    const plain = frameSlide({ ...input, framing: 'all' });
    expect(camera.zoom).toBe(plain.zoom);
    for (const place of data.places) expect(inside(camera, at(place)), place.id).toBe(true);
    const xs = places.map((p) => projector(camera, slide)(p)[0]);
    const right = slide.width - keepOut.right;
    if (where === 'right') expect(Math.max(...xs)).toBeCloseTo(right, 0);
    else if (where === 'anchor')
      expect(projector(camera, slide)(anchor!)[0]).toBeCloseTo((keepOut.left + right) / 2, 0);
    else expect((Math.min(...xs) + Math.max(...xs)) / 2).toBeCloseTo((keepOut.left + right) / 2, 0);
  });

  const views: [
    string,
    { center: [number, number]; zoom: number },
    { width: number; height: number },
  ][] = [
    [
      'a 1280 × 720 screen on Wuhan',
      { center: [114.3, 30.6], zoom: 6 },
      { width: 1280, height: 720 },
    ],
    ['a phone on Shanghai', { center: [121.5, 31.2], zoom: 8 }, { width: 390, height: 844 }],
    ['a wide window on China', { center: [105, 35], zoom: 3.5 }, { width: 1440, height: 900 }],
  ];
  it.each(views)(
    '"Current view" of %s shows what the screen showed, in the free area',
    (_, camera, viewport) => {
      const framed = frameSlide({
        framing: 'current',
        places,
        selected: null,
        current: { camera, viewport },
        fallback: [],
        slide,
        keepOut,
      });
      for (const corner of visibleCorners(camera, viewport))
        expect(inside(framed, corner)).toBe(true);
    },
  );
});

const texts = (c: ReturnType<typeof composeExport>) => {
  const blocks: { block: TextBlock; overlay: string }[] = [];
  for (const o of c.overlays)
    for (const s of o.shapes) if (s.kind === 'text') blocks.push({ block: s.block, overlay: o.id });
  for (const p of c.places) if (p.label) blocks.push({ block: p.label, overlay: 'labels' });
  return blocks;
};

function compose(
  options: SceneOptions,
  slide: Partial<SlideOptions> = {},
  width = 1920,
  height = 1080,
) {
  const scene = { ...sceneFor(options), slide: { ...DEFAULT_SLIDE, ...slide } };
  const composition = composeExport({
    scene,
    size: { width, height, scale: 1 },
    title: 'A title',
    measure: estimateTextWidth,
  });
  return { scene, composition };
}

describe('slide text sizes', () => {
  const titleSize = (c: ReturnType<typeof composeExport>) =>
    texts(c).find((t) => t.overlay === 'title' && t.block.weight === 700)!.block.size;
  const smallest = (c: ReturnType<typeof composeExport>) =>
    Math.min(
      ...texts(c)
        .filter((t) => !(t.overlay === 'title' && t.block.weight === 700))
        .map((t) => t.block.size),
    );

  it.each([[{}], [{ selectedId: 'rongcheng' }], [{ selectedId: 'wuhan' }]] as [SceneOptions][])(
    'at 1920 × 1080 the title is at least 48 px and every other text at least 24 px: %j',
    (options) => {
      const { composition } = compose(options);
      expect(titleSize(composition)).toBeGreaterThanOrEqual(48);
      expect(smallest(composition)).toBeGreaterThanOrEqual(24);
      expect(texts(composition).some((t) => t.overlay === 'labels')).toBe(true);
    },
  );

  it.each([
    [3840, 2160, 2],
    [960, 540, 0.5],
    [1440, 1080, 1],
  ])('scale with the image: %i × %i sets them ×%f', (width, height, k) => {
    const { composition } = compose({ selectedId: 'wuhan' }, {}, width, height);
    expect(titleSize(composition)).toBeCloseTo(52 * k, 0);
    expect(smallest(composition)).toBeCloseTo(24 * k, 0);
  });

  it('"Large" sets every text larger', () => {
    const standard = compose({}, { text: 'standard' as TextSize }).composition;
    const large = compose({}, { text: 'large' as TextSize }).composition;
    expect(titleSize(large)).toBeGreaterThan(titleSize(standard));
    expect(smallest(large)).toBeGreaterThanOrEqual(30);
  });
});

describe('the slide keeps its places clear', () => {
  const states: [string, SceneOptions, Partial<SlideOptions>, number, number][] = [
    ['all places', {}, {}, 1920, 1080],
    ['Wuhan in context', { selectedId: 'wuhan' }, { framing: 'selected' }, 1920, 1080],
    ['Rongcheng, large text', { selectedId: 'rongcheng' }, { text: 'large' }, 1920, 1080],
    ['square, Pudong', { selectedId: 'shanghai-pudong' }, { framing: 'selected' }, 1080, 1080],
    ['4:3, dark', {}, { theme: 'dark' }, 1600, 1200],
  ];
  it.each(states)(
    '%s: no place under the panel, the quotation or a band; labels inside the map',
    (_, options, slide, width, height) => {
      const { composition } = compose(options, slide, width, height);
      const { regions, mapArea } = composition;
      expect(composition.places.length).toBeGreaterThan(0);
      for (const place of composition.places) {
        const marker = { x: place.x - 12, y: place.y - 12, width: 24, height: 24 };
        for (const region of [regions.panel, regions.quote, regions.title, regions.credits])
          if (region) expect(intersects(region, marker), place.id).toBe(false);
        expect(contains(mapArea, place.x, place.y)).toBe(true);
      }
    },
  );

  it.each(data.places.map((p) => [p.id]))(
    '%s selected: its quotation is whole, on one line, or left out with its source cited',
    (id) => {
      const { composition } = compose({ selectedId: id });
      const callout = composition.overlays.find((o) => o.id === 'callout')!;
      const blocks = callout.shapes.flatMap((s) => (s.kind === 'text' ? [s.block] : []));
      const quote = blocks.find((b) => b.lines[0]!.startsWith('"') && b.fill === '#1d1d1f');
      if (quote) {
        expect(quote.lines).toHaveLength(1);
        expect(quote.lines[0]!.endsWith('"')).toBe(true);
        expect(quote.lines[0]).not.toContain('…');
      }
      // The source is cited, and no line of its citation breaks inside a quoted title.
      const citation = blocks.at(-1)!;
      expect(citation.lines.join(' ')).toMatch(quote ? /^— / : /^Source: /);
      for (const line of citation.lines) expect((line.match(/"/g) ?? []).length % 2, line).toBe(0);
    },
  );
});

describe('the slide legend explains the marks the slide draws', () => {
  const STATUS_ENTRIES: [label: string, statuses: string[]][] = [
    ['Pilot', ['pilot', 'model city']],
    ['Local system', ['local system']],
    ['Mentioned only', ['mentioned']],
    ['Not a pilot', ['not a pilot']],
  ];
  const PRECISION_ENTRIES: [label: string, precision: string][] = [
    ['Stated by a source', 'stated'],
    ['Inferred (our reading)', 'inferred'],
  ];
  // Which entries a reader should find, written out for the places each slide shows.
  const cases: [string, SceneOptions, Partial<SlideOptions>, number, number, string[]][] = [
    ['all places, 16:9, light', {}, {}, 1920, 1080, ['Not a pilot', 'Mentioned only', 'Inferred']],
    ['all places, 16:9, dark', {}, { theme: 'dark' }, 1920, 1080, ['Not a pilot', 'Inferred']],
    ['all places, 4:3, light', {}, {}, 1600, 1200, ['Not a pilot', 'Mentioned only']],
    ['all places, 4:3, dark', {}, { theme: 'dark' }, 1600, 1200, ['Not a pilot', 'Local system']],
    [
      'Rongcheng in context, 16:9, light',
      { selectedId: 'rongcheng' },
      { framing: 'selected' },
      1920,
      1080,
      ['Pilot', 'Local system'],
    ],
    [
      'Wuhan in context, 4:3, dark',
      { selectedId: 'wuhan' },
      { framing: 'selected', theme: 'dark' },
      1600,
      1200,
      ['Pilot', 'Mentioned only'],
    ],
    [
      'Wuhan, large text, 16:9',
      { selectedId: 'wuhan' },
      { text: 'large' },
      1920,
      1080,
      ['Not a pilot', 'Stated by a source'],
    ],
  ];
  it.each(cases)(
    '%s: a status and a location entry for each mark on the map, and none other',
    (_, options, slide, width, height, mustHave) => {
      const { scene, composition } = compose(options, slide, width, height);
      const legend = composition.overlays.find((o) => o.id === 'legend')!;
      const lines = legend.shapes.flatMap((s) => (s.kind === 'text' ? s.block.lines : []));
      const text = lines.join(' ');
      const drawn = scene.places.filter((p) => composition.places.some((m) => m.id === p.id));
      for (const [label, statuses] of STATUS_ENTRIES)
        expect(text.includes(label), label).toBe(drawn.some((p) => statuses.includes(p.status)));
      for (const [label, precision] of PRECISION_ENTRIES)
        expect(text.includes(label), label).toBe(
          drawn.some((p) => p.location.precision === precision),
        );
      for (const label of mustHave) expect(text).toContain(label);
      expect(text).toContain('Status in the sources');
      expect(text).toContain('Location');
    },
  );

  it('"Selected place in context" on Rongcheng leaves out the statuses it does not show', () => {
    const { composition } = compose({ selectedId: 'rongcheng' }, { framing: 'selected' });
    const legend = composition.overlays.find((o) => o.id === 'legend')!;
    const lines = legend.shapes.flatMap((s) => (s.kind === 'text' ? s.block.lines : []));
    expect(lines).not.toContain('Not a pilot');
    expect(lines).not.toContain('Mentioned only');
  });

  it.each(cases)(
    '%s: title at least 48 px, every other text at least 24 px, the legend and callout clear of every place',
    (_, options, slide, width, height) => {
      const { composition } = compose(options, slide, width, height);
      const k = Math.min(width / 1440, height / 1080);
      for (const { block, overlay } of texts(composition)) {
        const title = overlay === 'title' && block.weight === 700;
        expect(block.size, block.lines.join(' ')).toBeGreaterThanOrEqual(
          Math.min(1, k) * (title ? 48 : 24),
        );
      }
      const { regions } = composition;
      for (const region of [regions.legend, regions.callout])
        if (region) {
          expect(intersects(region, regions.panel!)).toBe(true);
          for (const place of composition.places) {
            const r = place.marker.radius + 4;
            const marker = { x: place.x - r, y: place.y - r, width: 2 * r, height: 2 * r };
            expect(intersects(region, marker), place.id).toBe(false);
            if (place.labelBox) expect(intersects(region, place.labelBox), place.id).toBe(false);
          }
        }
      // The panel stays between the title and the quotation (or credits).
      const bottom = (regions.quote ?? regions.credits).y;
      expect(regions.panel!.y + regions.panel!.height).toBeLessThanOrEqual(bottom);
    },
  );
});

describe('the SVG carries its font', () => {
  const css = readFileSync(`${root}/node_modules/@fontsource/noto-sans-sc/400.css`, 'utf8');
  const faces: FontFace[] = (css.match(/@font-face\s*{[^}]*}/g) ?? []).map((block) => ({
    weight: 400,
    ranges: parseUnicodeRange(/unicode-range:\s*([^;]+);/.exec(block)?.[1] ?? ''),
    url: /url\(([^)]+\.woff2)\)/.exec(block)![1]!,
  }));

  it('reads unicode ranges', () => {
    expect(parseUnicodeRange('U+0000-00ff, U+4e00,U+30??')).toEqual([
      [0, 0xff],
      [0x4e00, 0x4e00],
      [0x3000, 0x30ff],
    ]);
  });

  it('picks only the subsets covering the text', () => {
    // Some CJK subsets also hold Latin letters: each face kept covers one of the characters.
    const latin = facesFor(faces, { 400: 'Wuhan', 700: '' });
    expect(latin.map((f) => f.url)).toContain('./files/noto-sans-sc-latin-400-normal.woff2');
    expect(latin.length).toBeLessThanOrEqual(3);
    const both = facesFor(faces, { 400: 'Wuhan 武汉市', 700: '' });
    expect(both.length).toBeGreaterThan(1);
    expect(both.length).toBeLessThan(6);
    expect(facesFor(faces, { 400: '', 700: 'Wuhan' })).toEqual([]);
  });

  it('embeds them as data: URLs in the SVG', () => {
    const { scene, composition } = compose({ selectedId: 'wuhan' });
    const used = facesFor(faces, { 400: 'Wuhan 武汉市', 700: '' });
    const fontCss = used
      .map((face) => fontFaceRule('Noto Sans SC', face, new Uint8Array([1, 2, 3])))
      .join('\n');
    const svg = buildSvg(composition, realBasemap(), {
      tintedProvinces: scene.tintedProvinces,
      description: creditsText(data.sources),
      fontCss,
    });
    const style = /<style><!\[CDATA\[([\s\S]*)\]\]><\/style>/.exec(svg)?.[1] ?? '';
    expect(style.match(/@font-face/g)).toHaveLength(used.length);
    expect(style).toContain("src:url(data:font/woff2;base64,AQID) format('woff2')");
    expect(style).toContain("font-family:'Noto Sans SC'");
  });
});

describe('wrapText keeping quotations whole', () => {
  const cases: [string, string, number][] = [
    [
      'a quoted title moves to the next line whole',
      'quoting Raphael, in "China\'s social credit system (explainer)" by Walters',
      45,
    ],
    ['two quotations', 'see "one two three" and "four five six"', 18],
    ['curly quotation marks', 'see “one two three four” then more words', 22],
  ];
  it.each(cases)('%s', (_, text, chars) => {
    const lines = wrapText(text, (t, size) => t.length * size, {
      maxWidth: chars,
      size: 1,
      weight: 400,
      keepQuotes: true,
    });
    expect(lines.join(' ')).toBe(text);
    for (const line of lines) {
      expect((line.match(/"/g) ?? []).length % 2, line).toBe(0);
      expect((line.match(/“/g) ?? []).length, line).toBe((line.match(/”/g) ?? []).length);
    }
  });
});

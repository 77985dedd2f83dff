import { describe, expect, it } from 'vitest';
import { creditsText, shortAuthor, shortDate } from '../../src/lib/export/content';
import { geometryPath, ringPath } from '../../src/lib/cartography/geoPath';
import { composeExport } from '../../src/lib/export/layout';
import { projector } from '../../src/lib/cartography/projection';
import { framedPlaces } from '../../src/lib/export/scene';
import { contains, intersects } from '../../src/lib/cartography/shapes';
import { buildSvg } from '../../src/lib/export/svg';
import { estimateTextWidth } from '../../src/lib/cartography/measure';
import type { Place } from '../../src/lib/data/schema';
import { palette } from '../../src/lib/cartography/palette';
import { type SceneOptions, data, realBasemap, sceneFor } from './exportHelpers';
import { findAll, parseXml, textContent, type XmlElement } from './xmlCheck';

const basemap = realBasemap();

function compose(options: SceneOptions, width = 1920, height = 1080, title = 'A title') {
  const scene = sceneFor(options);
  const size = { width, height, scale: 2 as const };
  return { scene, composition: composeExport({ scene, size, title, measure: estimateTextWidth }) };
}

function svgOf(options: SceneOptions, title = 'A title', width = 1920, height = 1080) {
  const { scene, composition } = compose(options, width, height, title);
  const svg = buildSvg(composition, basemap, {
    tintedProvinces: scene.tintedProvinces,
    description: creditsText(data.sources),
  });
  return { scene, composition, svg, root: parseXml(svg) };
}

const byId = (root: XmlElement, id: string) =>
  findAll(root, (e) => e.attributes.id === id)[0] ?? null;

describe('the export SVG', () => {
  const states: [string, SceneOptions][] = [
    ['no filter, nothing selected', {}],
    ['Wuhan selected', { selectedId: 'wuhan' }],
    [
      'red list filter, Pudong selected',
      { mechanisms: ['red-list'], selectedId: 'shanghai-pudong' },
    ],
    ['a search matching nothing', { search: 'zzzz' }],
    ['Chinese labels only', { labelLang: 'zh', selectedId: 'rongcheng' }],
  ];

  it.each(states)(
    'parses, with the title, the places, the legend and the credits: %s',
    (_, options) => {
      const { scene, composition, root } = svgOf(options, 'Places using red list');
      expect(root.name).toBe('svg');
      expect(root.attributes).toMatchObject({
        width: '1920',
        height: '1080',
        viewBox: '0 0 1920 1080',
      });
      expect(root.attributes['font-family']).toBe("'Noto Sans SC', sans-serif");
      expect(textContent(byId(root, 'title')!)).toContain('Places using red list');

      // One circle per place inside the map area, computed independently from the camera.
      const project = projector(composition.camera, { width: 1920, height: 1080 });
      const inside = scene.data.places
        .filter((p) => contains(composition.mapArea, ...project([p.location.lon, p.location.lat])))
        .map((p) => p.id)
        .sort();
      const circles = findAll(byId(root, 'places')!, (e) => e.name === 'circle');
      expect([...new Set(circles.map((c) => c.attributes['data-id']))].sort()).toEqual(inside);

      // Faded exactly where the map fades: places that do not match an active filter.
      const faded = circles
        .filter((c) => c.attributes['fill-opacity'] === '0.18')
        .map((c) => c.attributes['data-id']);
      expect([...new Set(faded)].sort()).toEqual(
        inside.filter((id) => scene.filterActive && !scene.matchIds.includes(id)),
      );

      const legend = textContent(byId(root, 'legend')!);
      expect(legend).toContain('Red list vs black list emphasis');
      expect(legend).toContain('Mostly black list');
      const credits = textContent(byId(root, 'credits')!);
      expect(credits).toContain(
        'Basemap: Digital Chart of the World, GSHHG/WDBII (Wessel & Smith), via GMT (LGPL-3+).',
      );
      expect(credits).toContain('Font: Noto Sans SC.');
      expect(credits).toContain('Ruth Zou, 26 September 2019');
      expect(findAll(root, (e) => e.name === 'path').length).toBeGreaterThan(3);
      expect(byId(root, 'callout') !== null).toBe(options.selectedId !== undefined);
    },
  );

  it('frames every matching place inside the map area, clear of the panel', () => {
    for (const options of states.map(([, o]) => o))
      for (const [w, h] of [
        [1920, 1080],
        [1600, 1200],
        [1080, 1080],
        [800, 1400],
      ] as const) {
        const { scene, composition } = compose(options, w, h);
        const framed = framedPlaces(scene);
        const project = projector(composition.camera, { width: w, height: h });
        for (const place of framed) {
          const [x, y] = project([place.location.lon, place.location.lat]);
          expect(contains(composition.mapArea, x, y), `${place.id} in ${w}×${h}`).toBe(true);
          expect(contains(composition.regions.panel!, x, y), `${place.id} under the panel`).toBe(
            false,
          );
        }
      }
  });

  it.each([
    [1920, 1080],
    [1600, 1200],
    [1080, 1080],
    [800, 1400],
    [200, 200],
    [4000, 200],
    [200, 4000],
  ])('lays out %i × %i without overlapping bands or leaving the image', (w, h) => {
    const { composition } = compose({ selectedId: 'rongcheng', mechanisms: ['red-list'] }, w, h);
    const { title, credits, panel } = composition.regions;
    expect(title.y).toBe(0);
    expect(credits.y + credits.height).toBe(h);
    expect(intersects(title, credits)).toBe(false);
    expect(Number.isFinite(composition.camera.zoom)).toBe(true);
    if (w >= 800 && h >= 800) {
      expect(intersects(panel!, title)).toBe(false);
      expect(intersects(panel!, credits)).toBe(false);
      expect(panel!.x + panel!.width).toBeLessThanOrEqual(w);
    }
  });

  it('escapes text everywhere and keeps it as <text>', () => {
    const nasty = `Pudong & Wuhan <b>"red"</b> 'vs' black`;
    const { root, svg } = svgOf({ selectedId: 'wuhan' }, nasty);
    expect(svg).not.toContain('<b>');
    expect(textContent(findAll(root, (e) => e.name === 'title')[0]!)).toBe(nasty);
    expect(textContent(byId(root, 'title')!)).toContain(nasty);
    // Wuhan's excerpt quotes an apostrophe ("Wuhan's"), kept as text.
    expect(textContent(byId(root, 'callout')!)).toContain('Wuhan');
    expect(textContent(byId(root, 'callout')!)).toContain('Walters');
  });

  it("draws the user's own places, marked as theirs, with a callout without excerpts", () => {
    const mine: Place = {
      ...data.places.find((p) => p.id === 'wuhan')!,
      id: 'my-town',
      name: { en: 'My Town & <Co>', zh: null },
      location: { lon: 116.9, lat: 36.6, precision: 'stated' },
      excerpts: [],
      province: '',
    };
    const { root } = svgOf({ user: [mine], selectedId: 'my-town' });
    const circle = findAll(byId(root, 'places')!, (e) => e.attributes['data-id'] === 'my-town')[0]!;
    expect(circle.attributes.stroke).toBe(palette.selected);
    const label = findAll(byId(root, 'labels')!, (e) => e.attributes['data-id'] === 'my-town')[0]!;
    expect(textContent(label)).toContain('(your data)');
    expect(textContent(byId(root, 'legend')!)).toContain('Your data');
    const callout = textContent(byId(root, 'callout')!);
    expect(callout).toContain('My Town & <Co>');
    expect(callout).toContain('your data');
    expect(callout).not.toContain('—');
    expect(textContent(byId(root, 'title')!)).toContain(
      '12 places named in 5 source documents, and 1 of yours',
    );
  });

  it('labels places as the map does, in the chosen language', () => {
    const { root } = svgOf({ labelLang: 'zh' });
    const labels = findAll(byId(root, 'labels')!, (e) => e.name === 'text').map(textContent);
    expect(labels.some((l) => l.includes('武汉市'))).toBe(true);
    expect(labels.some((l) => l.includes('Wuhan'))).toBe(false);
  });
});

describe('credits', () => {
  it.each([
    ['Ruth Zou, staff writer', 'Ruth Zou'],
    ['Anonymous essayist who has lived in China almost two decades', 'Anonymous essayist'],
    [
      'Interview with Qian Sun, independent Chinese journalist in Berlin',
      'Interview with Qian Sun',
    ],
  ])('shortens the author %j to %j', (author, short) => {
    expect(shortAuthor(author)).toBe(short);
  });

  it.each([
    ['undated (mentions a statement by US Senator Mike Gallagher)', 'undated'],
    ['2023 or later (cites works from January 2023)', '2023 or later'],
    ['26 September 2019', '26 September 2019'],
  ])('shortens the date %j to %j', (date, short) => {
    expect(shortDate(date)).toBe(short);
  });

  it('names all five documents, the basemap and the font', () => {
    const text = creditsText(data.sources);
    expect(text.split(';')).toHaveLength(5);
    expect(text).toMatch(
      /Basemap: Digital Chart of the World, GSHHG\/WDBII \(Wessel & Smith\), via GMT \(LGPL-3\+\)\. Font: Noto Sans SC\.$/,
    );
  });
});

describe('paths', () => {
  const identity = ([x, y]: readonly [number, number]) => [x, y] as [number, number];

  it.each([
    [
      [
        [0, 0],
        [10, 0],
        [10, 10],
        [0, 0],
      ],
      'M0 0L10 0L10 10L0 0Z',
    ],
    [
      [
        [0, 0],
        [0.1, 0],
        [10, 0],
        [10, 10],
      ],
      'M0 0L10 0L10 10Z',
    ],
    [
      [
        [0, 0],
        [0.1, 0.1],
        [0.2, 0],
      ],
      '',
    ],
    [
      [
        [1.234, 5.678],
        [10.05, 0],
        [3, 3],
      ],
      'M1.2 5.7L10.1 0L3 3Z',
    ],
  ])('builds %j as %j', (ring, d) => {
    expect(ringPath(ring, identity)).toBe(d);
  });

  it('joins the rings of a multipolygon, holes included', () => {
    const square = [
      [0, 0],
      [4, 0],
      [4, 4],
      [0, 4],
      [0, 0],
    ];
    const d = geometryPath(
      {
        type: 'MultiPolygon',
        coordinates: [[square, square.map(([x, y]) => [x! / 2 + 1, y! / 2 + 1])], [square]],
      },
      identity,
    );
    expect(d.match(/M/g)).toHaveLength(3);
  });
});

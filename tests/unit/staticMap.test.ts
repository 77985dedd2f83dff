import { describe, expect, it } from 'vitest';
import { staticBasemap } from '../../src/build/staticBasemap';
import { projectedBounds } from '../../src/lib/cartography/geoPath';
import { projector, toWorld, worldSize } from '../../src/lib/cartography/projection';
import { estimateTextWidth } from '../../src/lib/cartography/measure';
import {
  CHINA_BOUNDS,
  centredAt,
  drawerShift,
  labelArea,
  NARROW_OPENING_PADDING,
  OPENING_PADDING,
  openingFit,
} from '../../src/lib/map/framing';
import { palette } from '../../src/lib/cartography/palette';
import { STATIC_ZOOM } from '../../src/lib/staticMap/basemap';
import { intersects } from '../../src/lib/cartography/shapes';
import { placeMarks, type PlaceMarksInput } from '../../src/lib/cartography/marks';
import { openingCamera, staticView } from '../../src/lib/staticMap/view';
import { data, realBasemap } from './exportHelpers';

/** Absolute points of path data written as "M x y l dx dy dx dy … z", one list per ring. */
function rings(d: string): [number, number][][] {
  const tokens = d.match(/[Mlz]|-?\d+(?:\.\d+)?/g) ?? [];
  const out: [number, number][][] = [];
  let i = 0;
  let x = 0;
  let y = 0;
  let relative = false;
  while (i < tokens.length) {
    const token = tokens[i]!;
    if (token === 'M') {
      [x, y] = [Number(tokens[i + 1]), Number(tokens[i + 2])];
      out.push([[x, y]]);
      relative = false;
      i += 3;
    } else if (token === 'l') {
      relative = true;
      i += 1;
    } else if (token === 'z') {
      i += 1;
    } else {
      expect(relative).toBe(true);
      x += Number(token);
      y += Number(tokens[i + 1]);
      out.at(-1)!.push([x, y]);
      i += 2;
    }
  }
  return out;
}

describe('staticBasemap', () => {
  const geo = realBasemap();
  const basemap = staticBasemap(geo.provinces, geo.neighbours);
  const size = worldSize(STATIC_ZOOM);
  const project = (p: readonly [number, number]) => {
    const [x, y] = toWorld(p);
    return [x * size, y * size] as [number, number];
  };

  it('draws every province within about a pixel of its outline at the static zoom', () => {
    expect(basemap.provinces.map((p) => p.id).sort()).toEqual(
      geo.provinces.features.map((f) => (f.properties as { id: string }).id).sort(),
    );
    for (const { id, d } of basemap.provinces) {
      const feature = geo.provinces.features.find(
        (f) => (f.properties as { id: string }).id === id,
      );
      const expected = projectedBounds(feature!.geometry, project)!;
      const points = rings(d).flat();
      const xs = points.map((p) => p[0]);
      const ys = points.map((p) => p[1]);
      expect(Math.abs(Math.min(...xs) - expected.x), id).toBeLessThan(1.5);
      expect(Math.abs(Math.min(...ys) - expected.y), id).toBeLessThan(1.5);
      expect(Math.abs(Math.max(...xs) - (expected.x + expected.width)), id).toBeLessThan(1.5);
      expect(Math.abs(Math.max(...ys) - (expected.y + expected.height)), id).toBeLessThan(1.5);
    }
  });

  it('stays small enough to travel inside the page (the first paint waits for it)', () => {
    expect(JSON.stringify(basemap).length).toBeLessThan(60_000);
    expect(rings(basemap.neighbours).length).toBeGreaterThan(10);
  });
});

describe('openingCamera and staticView', () => {
  const viewports = [
    { width: 976, height: 742 },
    { width: 1920, height: 1080 },
    { width: 390, height: 700 },
  ];

  it.each(viewports)('fits China into $width×$height less the padding', (viewport) => {
    const camera = openingCamera(viewport, null);
    const project = projector(camera, viewport);
    const [west, south, east, north] = CHINA_BOUNDS;
    const [left, bottom] = project([west, south]);
    const [right, top] = project([east, north]);
    const margins = [left, top, viewport.width - right, viewport.height - bottom];
    for (const margin of margins) expect(margin).toBeGreaterThanOrEqual(OPENING_PADDING - 0.01);
    // One axis fills the padded viewport exactly.
    expect(Math.min(...margins)).toBeCloseTo(OPENING_PADDING, 5);
  });

  it.each([
    { width: 390, height: 797 },
    { width: 768, height: 977 },
  ])('on a narrow $width×$height screen, frames the places above the folded sheet', (viewport) => {
    const fit = openingFit(data.places, true);
    const camera = openingCamera(viewport, null, fit);
    const project = projector(camera, viewport);
    const { top, right, bottom, left } = NARROW_OPENING_PADDING;
    for (const p of data.places) {
      const [x, y] = project([p.location.lon, p.location.lat]);
      expect(x, p.id).toBeGreaterThanOrEqual(left - 0.01);
      expect(x, p.id).toBeLessThanOrEqual(viewport.width - right + 0.01);
      expect(y, p.id).toBeGreaterThanOrEqual(top - 0.01);
      expect(y, p.id).toBeLessThanOrEqual(viewport.height - bottom + 0.01);
    }
    // Closer than all of China would be.
    expect(camera.zoom).toBeGreaterThan(openingCamera(viewport, null).zoom + 0.5);
  });

  it.each([
    [{ width: 1000, height: 664 }, false, { x: 0, y: 0, width: 1000, height: 664 }],
    [{ width: 390, height: 797 }, true, { x: 0, y: 36, width: 390, height: 761 }],
    [{ width: 320, height: 100 }, true, { x: 0, y: 25, width: 320, height: 75 }],
  ])('keeps labels in %j (narrow: %s) inside %j', (viewport, narrow, area) => {
    expect(labelArea(viewport, narrow)).toEqual(area);
  });

  it('takes the camera a link asks for as it is', () => {
    expect(openingCamera(viewports[0]!, { lon: 121.6, lat: 31.2, zoom: 6 })).toEqual({
      center: [121.6, 31.2],
      zoom: 6,
    });
  });

  it.each(viewports)('puts the basemap paths where points are projected ($width×$height)', (vp) => {
    const camera = openingCamera(vp, null);
    const view = staticView(camera, vp);
    const { tx, ty, k } = view;
    const size = worldSize(STATIC_ZOOM);
    for (const point of [
      [116.4, 39.9],
      [122.4, 37.2],
      [73.5, 17.8],
    ] as const) {
      const [wx, wy] = toWorld(point);
      const [x, y] = view.project(point);
      expect(tx + wx * size * k).toBeCloseTo(x, 6);
      expect(ty + wy * size * k).toBeCloseTo(y, 6);
    }
  });
});

describe('placeMarks', () => {
  const everywhere = { x: -1e9, y: -1e9, width: 2e9, height: 2e9 };
  const viewport = { width: 976, height: 742 };
  const camera = openingCamera(viewport, null);
  const base: PlaceMarksInput = {
    places: data.places,
    project: projector(camera, viewport),
    view: everywhere,
    matches: () => true,
    selectedId: null,
    zoom: camera.zoom,
    labelZoom: () => 0,
    isUser: () => false,
    labelLang: 'both',
    measure: estimateTextWidth,
    palette,
  };
  const byId = (input: Partial<PlaceMarksInput>) =>
    new Map(placeMarks({ ...base, ...input }).map((m) => [m.id, m]));

  it('marks every place in view, small places drawn over large ones', () => {
    const marks = placeMarks(base);
    expect(marks).toHaveLength(data.places.length);
    const radii = marks.map((m) => m.marker.radius);
    expect(radii).toEqual([...radii].sort((a, b) => b - a));
  });

  it('leaves out places outside the drawn area', () => {
    const project = (p: readonly [number, number]) => [p[0] > 120 ? 5 : -50, 5] as [number, number];
    const marks = placeMarks({ ...base, project, view: { x: 0, y: 0, width: 10, height: 10 } });
    expect(marks.map((m) => m.id).sort()).toEqual(
      data.places
        .filter((p) => p.location.lon > 120)
        .map((p) => p.id)
        .sort(),
    );
  });

  it.each([
    { selectedId: null, winner: 'rongcheng' }, // a core pilot, the smallest of them
    { selectedId: 'anqing', winner: 'anqing' },
  ])(
    'labels a crowded spot, $winner first, when $selectedId is selected',
    ({ selectedId, winner }) => {
      // Every place at the same point: labels move aside on leader lines, the most important
      // first, until no room is left; none over another.
      const view = { x: 0, y: 0, width: 800, height: 600 };
      const marks = placeMarks({ ...base, view, project: () => [400, 300], selectedId });
      const labelled = marks.filter((m) => m.label);
      expect(labelled.length).toBeGreaterThan(data.places.length / 2);
      expect(labelled.map((m) => m.id)).toContain(winner);
      for (const a of labelled)
        for (const b of labelled)
          if (a !== b) expect(intersects(a.labelBox!, b.labelBox!)).toBe(false);
    },
  );

  it.each([
    { zoom: 4.9, selectedId: null, labelled: ['beijing', 'zhongshan'] },
    { zoom: 5, selectedId: null, labelled: ['beijing', 'wuhan', 'zhongshan'] },
    { zoom: 2.5, selectedId: null, labelled: ['zhongshan'] },
    { zoom: 2.5, selectedId: 'wuhan', labelled: ['wuhan', 'zhongshan'] },
  ])(
    'labels at zoom $zoom only the places labelled from that whole zoom, and $selectedId',
    ({ zoom, selectedId, labelled }) => {
      const from: Record<string, number> = { zhongshan: 0, beijing: 3, wuhan: 5 };
      const marks = placeMarks({
        ...base,
        places: data.places.filter((p) => p.id in from),
        zoom,
        labelZoom: (id) => from[id]!,
        selectedId,
      });
      expect(
        marks
          .filter((m) => m.label)
          .map((m) => m.id)
          .sort(),
      ).toEqual(labelled);
      expect(marks).toHaveLength(3);
    },
  );

  it('fades places that do not match, marker and label alike', () => {
    const marks = byId({ matches: (id) => id === 'wuhan' });
    expect(marks.get('wuhan')!.marker.opacity).toBe(1);
    expect(marks.get('anqing')!.marker.opacity).toBeLessThan(0.5);
    const faded = [...marks.values()].find((m) => m.id !== 'wuhan' && m.label);
    expect(faded?.label?.opacity).toBeLessThan(1);
  });

  it('writes the label in the chosen language, with the emphasis share', () => {
    expect(byId({ labelLang: 'zh' }).get('wuhan')!.label?.lines[0]).toBe('武汉市');
    expect(byId({ labelLang: 'en' }).get('wuhan')!.label?.lines).toEqual(['Wuhan', 'red list 72%']);
  });
});

describe('centredAt and drawerShift: a selection framed clear of the details drawer', () => {
  const viewport = { width: 1000, height: 700 };
  const opening = openingCamera(viewport, null);
  it.each([
    // covered px, map width, expected shift
    [0, 1000, 0],
    [400, 1000, 200],
    [699, 1000, 349.5],
    // A drawer over most of the map (a phone): the place is centred on the whole map.
    [700, 1000, 0],
    [1000, 1000, 0],
  ])(
    'a drawer %i px wide over a %i-px map shifts the place %d px left',
    (covered, width, shift) => {
      expect(drawerShift(covered, width)).toBe(shift);
    },
  );

  it.each([
    ['wuhan', [114.3, 30.59], 200],
    ['rongcheng', [122.42, 37.16], 0],
    ['far north', [120, 53], 350],
  ] as const)('puts %s at the middle of the free part, at the same zoom', (_id, lngLat, shift) => {
    const camera = centredAt(opening, lngLat, [-shift, 0]);
    expect(camera.zoom).toBe(opening.zoom);
    const [x, y] = staticView(camera, viewport).project(lngLat);
    expect(x).toBeCloseTo(viewport.width / 2 - shift, 6);
    expect(y).toBeCloseTo(viewport.height / 2, 6);
  });
});

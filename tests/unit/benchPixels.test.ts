import { describe, expect, it } from 'vitest';
import type { Image } from '../bench/png';
import {
  changedPoints,
  type Frame,
  MIN_CHANGED,
  outlinesAllowedMissing,
  outlinesMissing,
  placesDrawn,
  PLACES_VISIBLE_SHARE,
  type Point,
  readLoad,
  timeToChange,
} from '../bench/screencast';
import { clickCandidates, fadedByFilter, type PlacePoint } from '../bench/targets';

/** A 10 × 10 image of one colour, with some pixels of another. */
function image(fill: number, dots: Point[] = [], dot = 0): Image {
  const data = new Uint8Array(10 * 10 * 4).fill(fill);
  for (const { x, y } of dots) data.fill(dot, (y * 10 + x) * 4, (y * 10 + x) * 4 + 3);
  return { width: 10, height: 10, data };
}
const frame = (at: number, img: Image): Frame => ({
  at,
  format: 'png',
  data: Buffer.alloc(0),
  image: img,
});
const row = (y: number): Point[] => Array.from({ length: 10 }, (_, x) => ({ x, y }));
const all = Array.from({ length: 10 }, (_, y) => row(y)).flat();

describe('changedPoints', () => {
  it.each([
    ['no difference', image(200), image(200), 0],
    ['within 24 levels', image(200), image(180), 0],
    ['one row darkened', image(200), image(200, row(3), 0), 10],
  ])('%s → %i changed', (_, a, b, count) => {
    expect(changedPoints(a, b, all)).toHaveLength(count);
  });

  it('ignores points outside the images (a box that ends at the frame edge)', () => {
    expect(changedPoints(image(200), image(0), [{ x: 3, y: 10 }])).toHaveLength(0);
  });
});

describe('timeToChange', () => {
  const dimmed = image(200, row(3), 0);
  it('reads the first frame after the click that looks as the screen ends', () => {
    const frames = [
      frame(90, image(200)),
      frame(120, image(200)),
      frame(150, dimmed),
      frame(190, dimmed),
    ];
    expect(timeToChange(frames, 100, all, 0.95)).toBe(50);
  });

  it('is null when nothing (or fewer than MIN_CHANGED pixels) changed', () => {
    const few = image(200, row(3).slice(0, MIN_CHANGED - 1), 0);
    expect(timeToChange([frame(90, image(200)), frame(150, image(200))], 100, all, 0.9)).toBe(null);
    expect(timeToChange([frame(90, image(200)), frame(150, few)], 100, all, 0.9)).toBe(null);
  });

  it('is null without a frame from before the click', () => {
    expect(timeToChange([frame(150, dimmed)], 100, all, 0.9)).toBe(null);
  });
});

describe('click and filter targets', () => {
  const box = { x: 0, y: 0, width: 500, height: 500 };
  const place = (id: string, x: number, y: number, over: Partial<PlacePoint> = {}) => ({
    id,
    x,
    y,
    lon: 0,
    lat: 0,
    radius: 6,
    redList: false,
    redShare: 50,
    ...over,
  });

  it.each([
    [
      'the preferred place first, then larger markers, then data order',
      [place('a', 100, 100), place('b', 200, 200, { radius: 9 }), place('wuhan', 300, 300)],
      ['wuhan', 'b', 'a'],
    ],
    [
      'not a place without a red-list share',
      [place('a', 100, 100, { redShare: null }), place('b', 200, 200)],
      ['b'],
    ],
    [
      'not a place whose centre another marker covers (nor one out of view)',
      [place('a', 100, 100), place('b', 109, 100, { radius: 8 }), place('c', 600, 100)],
      ['b'],
    ],
  ])('%s', (_, points, ids) => {
    expect(clickCandidates(points, box).map((p) => p.id)).toEqual(ids);
  });

  it('fades the places in view without the red-list mechanism', () => {
    const points = [
      place('a', 100, 100, { redList: true }),
      place('b', 200, 200),
      place('c', 1, 200),
    ];
    expect(fadedByFilter(points, box).map((p) => p.id)).toEqual(['b']);
  });
});

describe('places visible: the share of marker outlines drawn', () => {
  it('is 99.5 %, the same for every page', () => {
    expect(PLACES_VISIBLE_SHARE).toBe(0.995);
  });

  it.each([
    [12, 0], // the real data: every outline
    [199, 0],
    [200, 1],
    [2886, 14], // the scale run's markers in view
  ])('of %i outlines, %i may be missing', (outlines, allowed) => {
    expect(outlinesAllowedMissing(outlines)).toBe(allowed);
  });

  // One-pixel "rings": drawn ones on a dark block at the top left, missing ones far from it.
  const darkBlock = image(
    200,
    all.filter((p) => p.x < 3 && p.y < 3),
    0,
  );
  const rings = (drawn: number, missing: number) => [
    ...Array.from({ length: drawn }, () => [{ x: 1, y: 1 }]),
    ...Array.from({ length: missing }, () => [{ x: 8, y: 8 }]),
  ];
  it.each([
    [12, 0, true],
    [11, 1, false], // the real data: one marker missing is not "places visible"
    [199, 1, true],
    [198, 2, false],
    [2872, 14, true],
    [2871, 15, false],
  ])('%i outlines drawn, %i missing → visible: %s', (drawn, missing, visible) => {
    expect(outlinesMissing(darkBlock, rings(drawn, missing))).toBe(missing);
    expect(placesDrawn(darkBlock, rings(drawn, missing))).toBe(visible);
  });
});

describe('readLoad: what a load’s frames show', () => {
  /** A 20 × 20 light frame, with a marker (a dark disc of radius 4 at 10, 10) when `marker`. */
  const screen = (marker: boolean): Image => {
    const data = new Uint8Array(20 * 20 * 4).fill(230);
    if (marker)
      for (let y = 0; y < 20; y++)
        for (let x = 0; x < 20; x++)
          if (Math.hypot(x - 10, y - 10) <= 4) data.fill(0, (y * 20 + x) * 4, (y * 20 + x) * 4 + 3);
    return { width: 20, height: 20, data };
  };
  const markers = [{ x: 10, y: 10, radius: 3 }];
  const box = { x: 0, y: 0, width: 20, height: 20 };
  const map = screen(true);
  const blank = screen(false);

  it('reads the places and the map box from the frames, after navigation', () => {
    const frames = [frame(1000, blank), frame(1300, map), frame(1500, map)];
    expect(readLoad(frames, 1000, markers, box)).toMatchObject({
      placesVisible: 300,
      placesVisibleEveryOutline: 300,
      outlines: 1,
      outlinesMissingAtVisible: 0,
      mapComplete: 300,
    });
  });

  it.each([
    ['the last frame is not the map', [frame(1000, blank), frame(1300, map), frame(1500, blank)]],
    ['the frames never show it', [frame(1000, blank), frame(1100, blank)]],
    ['there are no frames', []],
  ])('reads nothing, the map box included, when %s', (_, frames) => {
    expect(readLoad(frames, 1000, markers, box)).toEqual({
      placesVisible: null,
      placesVisibleEveryOutline: null,
      outlines: null,
      outlinesMissingAtVisible: null,
      mapComplete: null,
    });
  });
});

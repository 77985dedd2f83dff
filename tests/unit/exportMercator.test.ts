import { describe, expect, it } from 'vitest';
import {
  type LngLat,
  fitCamera,
  fromWorld,
  projector,
  toWorld,
} from '../../src/lib/cartography/projection';

const viewport = { width: 1920, height: 1080 };
const noPadding = { top: 0, right: 0, bottom: 0, left: 0 };

describe('Web Mercator', () => {
  it.each([
    [
      [0, 0],
      [0.5, 0.5],
    ],
    [
      [180, 0],
      [1, 0.5],
    ],
    [
      [-180, 85.051129],
      [0, 0],
    ],
    [
      [114.3, 30.59],
      [0.8175, 0.4],
    ],
  ] as const)('puts %j at world %j', (point, world) => {
    const [x, y] = toWorld(point);
    expect(x).toBeCloseTo(world[0], 3);
    expect(y).toBeCloseTo(world[1], 1);
  });

  it('inverts itself', () => {
    for (const point of [
      [114.3, 30.59],
      [-70, -45],
      [122.42, 37.16],
    ] as const) {
      const [lon, lat] = fromWorld(toWorld(point));
      expect(lon).toBeCloseTo(point[0], 9);
      expect(lat).toBeCloseTo(point[1], 9);
    }
  });

  it('projects the centre to the middle, and doubles distances per zoom level', () => {
    const at = (zoom: number) => projector({ center: [114, 30], zoom }, viewport);
    expect(at(5)([114, 30])).toEqual([960, 540]);
    const d5 = at(5)([115, 30])[0] - 960;
    const d6 = at(6)([115, 30])[0] - 960;
    expect(d6).toBeCloseTo(2 * d5, 9);
    // 512 px per world at zoom 0: one degree of longitude is 512 / 360 px.
    expect(at(0)([115, 30])[0] - 960).toBeCloseTo(512 / 360, 9);
  });
});

describe('fitCamera', () => {
  const spread: LngLat[] = [
    [113.39, 22.52],
    [122.42, 37.16],
    [116.4, 39.9],
  ];

  it.each([
    ['no padding', noPadding],
    ['even padding', { top: 50, right: 50, bottom: 50, left: 50 }],
    ['a panel at the right', { top: 140, right: 520, bottom: 60, left: 40 }],
    ['a panel at the bottom', { top: 140, right: 40, bottom: 400, left: 40 }],
  ])('fits the points tightly inside the padded area: %s', (_, padding) => {
    const camera = fitCamera(spread, viewport, { padding, maxZoom: 20 });
    const project = projector(camera, viewport);
    const xs = spread.map((p) => project(p)[0]);
    const ys = spread.map((p) => project(p)[1]);
    const [left, right] = [Math.min(...xs), Math.max(...xs)];
    const [top, bottom] = [Math.min(...ys), Math.max(...ys)];
    const area = {
      left: padding.left,
      right: viewport.width - padding.right,
      top: padding.top,
      bottom: viewport.height - padding.bottom,
    };
    expect(left).toBeGreaterThanOrEqual(area.left - 1e-6);
    expect(right).toBeLessThanOrEqual(area.right + 1e-6);
    expect(top).toBeGreaterThanOrEqual(area.top - 1e-6);
    expect(bottom).toBeLessThanOrEqual(area.bottom + 1e-6);
    // Tight: the box touches the padded area on both sides of one axis, and is centred in it.
    const touchesX = Math.abs(left - area.left) < 1e-6 && Math.abs(right - area.right) < 1e-6;
    const touchesY = Math.abs(top - area.top) < 1e-6 && Math.abs(bottom - area.bottom) < 1e-6;
    expect(touchesX || touchesY).toBe(true);
    expect((left + right) / 2).toBeCloseTo((area.left + area.right) / 2, 6);
    expect((top + bottom) / 2).toBeCloseTo((area.top + area.bottom) / 2, 6);
  });

  it.each([
    ['one place', [[114.3, 30.59]] as LngLat[]],
    [
      'a tight cluster',
      [
        [122.42, 37.16],
        [122.33, 37.06],
        [122.22, 37.02],
      ] as LngLat[],
    ],
  ])('caps the zoom for %s', (_, points) => {
    const camera = fitCamera(points, viewport, { padding: noPadding, maxZoom: 7 });
    expect(camera.zoom).toBe(7);
    const [x, y] = projector(camera, viewport)(points[0]!);
    expect(x).toBeGreaterThan(0);
    expect(y).toBeLessThan(viewport.height);
  });

  it('centres one place in the padded area', () => {
    const padding = { top: 100, right: 500, bottom: 50, left: 20 };
    const camera = fitCamera([[114.3, 30.59]], viewport, { padding, maxZoom: 7 });
    const [x, y] = projector(camera, viewport)([114.3, 30.59]);
    expect(x).toBeCloseTo((20 + 1920 - 500) / 2, 6);
    expect(y).toBeCloseTo((100 + 1080 - 50) / 2, 6);
  });

  it('keeps a third of the viewport when the padding asks for more than all of it', () => {
    const padding = { top: 900, right: 2000, bottom: 900, left: 100 };
    const camera = fitCamera(spread, viewport, { padding, maxZoom: 20 });
    expect(Number.isFinite(camera.zoom)).toBe(true);
    const [x] = projector(camera, viewport)(spread[0]!);
    expect(x).toBeGreaterThanOrEqual(0);
  });

  it('falls back to the minimum zoom with no points', () => {
    expect(fitCamera([], viewport, { padding: noPadding, maxZoom: 7, minZoom: 1 }).zoom).toBe(1);
  });
});

/**
 * Reading the still map (the one drawn before the live map, and where WebGL is missing): where it
 * draws each place's marker, and the colours of its canvases at a point of the page.
 */
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { staticView } from '../../src/lib/staticMap/view.ts';

interface PilotsFile {
  features: { properties: { id: string }; geometry: { coordinates: [number, number] } }[];
}
const pilots = JSON.parse(
  readFileSync(new URL('../../geo/pilots.geojson', import.meta.url), 'utf8'),
) as PilotsFile;

export type Point = { x: number; y: number };

/** Resolves once the still map has been painted. */
export async function waitForStillMap(page: Page): Promise<void> {
  await page.waitForFunction(() => performance.getEntriesByName('pilot-atlas:first-paint').length);
}

/**
 * Page px of every place's location in the view the still map says it shows (`data-view`: lon,
 * lat, zoom): where it draws their markers, if it draws them right (the tests check its pixels).
 */
export async function stillMapPoints(page: Page): Promise<Record<string, Point>> {
  const box = await page.getByTestId('static-map').evaluate((element: HTMLElement) => {
    const rect = element.getBoundingClientRect();
    return {
      left: rect.left,
      top: rect.top,
      width: element.clientWidth,
      height: element.clientHeight,
      view: element.dataset.view ?? '',
    };
  });
  const [lon, lat, zoom] = box.view.split(',').map(Number) as [number, number, number];
  const viewport = { width: box.width, height: box.height };
  const { project } = staticView({ center: [lon, lat], zoom }, viewport);
  return Object.fromEntries(
    pilots.features.map(({ properties, geometry }) => {
      const [x, y] = project(geometry.coordinates);
      return [properties.id, { x: box.left + x, y: box.top + y }];
    }),
  );
}

/** The colour of a still-map canvas at page point (x, y), as [r, g, b, alpha] (0–255). */
export async function stillMapPixel(
  page: Page,
  canvas: 'static-basemap' | 'static-marks',
  { x, y }: Point,
): Promise<[number, number, number, number]> {
  return page.getByTestId(canvas).evaluate(
    (element: HTMLCanvasElement, { x, y }) => {
      const box = element.getBoundingClientRect();
      const ratio = element.width / box.width;
      const data = element
        .getContext('2d')!
        .getImageData(
          Math.round((x - box.left) * ratio),
          Math.round((y - box.top) * ratio),
          1,
          1,
        ).data;
      return [data[0]!, data[1]!, data[2]!, data[3]!] as [number, number, number, number];
    },
    { x, y },
  );
}

/** `#rrggbb` as [r, g, b]. */
export function rgbOf(hex: string): [number, number, number] {
  const n = Number.parseInt(hex.slice(1), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

/** True when two colours differ by at most `tolerance` in every channel (anti-aliasing, rounding). */
export function sameColour(a: readonly number[], b: readonly number[], tolerance = 3): boolean {
  return [0, 1, 2].every((i) => Math.abs(a[i]! - b[i]!) <= tolerance);
}

/**
 * Where a still-map label's ink (pixels of the label colour) lies beside the marker at `point`: in
 * page px from the marker's centre, or null. A label starts 0.9 em right of its marker's centre and
 * is centred on it (src/lib/staticMap/placeMarks.ts), so the box starts 12 px right: clear of the
 * marker and of any marker under it.
 */
export async function labelInk(
  page: Page,
  point: Point,
  colour: readonly number[],
): Promise<{ top: number; bottom: number; left: number; right: number } | null> {
  return page.getByTestId('static-marks').evaluate(
    (element: HTMLCanvasElement, { point, colour }) => {
      const box = element.getBoundingClientRect();
      const ratio = element.width / box.width;
      const [x0, y0] = [point.x + 12 - box.left, point.y - 45 - box.top];
      const [w, h] = [Math.round(110 * ratio), Math.round(90 * ratio)];
      const data = element
        .getContext('2d')!
        .getImageData(Math.round(x0 * ratio), Math.round(y0 * ratio), w, h).data;
      const ink = { top: Infinity, bottom: -Infinity, left: Infinity, right: -Infinity };
      for (let y = 0; y < h; y++)
        for (let x = 0; x < w; x++) {
          const i = (y * w + x) * 4;
          const near = [0, 1, 2].every((c) => Math.abs(data[i + c]! - colour[c]!) <= 20);
          if (!near || data[i + 3]! < 200) continue;
          const [px, py] = [x / ratio + 12, y / ratio - 45];
          ink.top = Math.min(ink.top, py);
          ink.bottom = Math.max(ink.bottom, py);
          ink.left = Math.min(ink.left, px);
          ink.right = Math.max(ink.right, px);
        }
      return ink.top === Infinity ? null : ink;
    },
    { point, colour },
  );
}

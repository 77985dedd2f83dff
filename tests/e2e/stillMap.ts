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

/**
 * The pixels of a still-map canvas under a page rectangle, as RGBA bytes row by row, and how many
 * canvas pixels one page px is (`ratio`).
 */
export async function stillMapArea(
  page: Page,
  canvas: 'static-basemap' | 'static-marks',
  area: Point & { width: number; height: number },
): Promise<{ data: number[]; width: number; height: number; ratio: number }> {
  return page.getByTestId(canvas).evaluate((element: HTMLCanvasElement, area) => {
    const box = element.getBoundingClientRect();
    const ratio = element.width / box.width;
    const [width, height] = [Math.round(area.width * ratio), Math.round(area.height * ratio)];
    const data = element
      .getContext('2d')!
      .getImageData(
        Math.round((area.x - box.left) * ratio),
        Math.round((area.y - box.top) * ratio),
        width,
        height,
      ).data;
    return { data: Array.from(data), width, height, ratio };
  }, area);
}

/** The colour of a still-map canvas at page point (x, y), as [r, g, b, alpha] (0–255). */
export async function stillMapPixel(
  page: Page,
  canvas: 'static-basemap' | 'static-marks',
  point: Point,
): Promise<[number, number, number, number]> {
  const { data } = await stillMapArea(page, canvas, { ...point, width: 1, height: 1 });
  return [data[0]!, data[1]!, data[2]!, data[3]!];
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
  const area = { x: point.x + 12, y: point.y - 45, width: 110, height: 90 };
  const { data, width, height, ratio } = await stillMapArea(page, 'static-marks', area);
  const ink = { top: Infinity, bottom: -Infinity, left: Infinity, right: -Infinity };
  for (let y = 0; y < height; y++)
    for (let x = 0; x < width; x++) {
      const i = (y * width + x) * 4;
      const near = [0, 1, 2].every((c) => Math.abs(data[i + c]! - colour[c]!) <= 20);
      if (!near || data[i + 3]! < 200) continue;
      const [px, py] = [x / ratio + 12, y / ratio - 45];
      ink.top = Math.min(ink.top, py);
      ink.bottom = Math.max(ink.bottom, py);
      ink.left = Math.min(ink.left, px);
      ink.right = Math.max(ink.right, px);
    }
  return ink.top === Infinity ? null : ink;
}

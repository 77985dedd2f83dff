/**
 * Exports through `window.pilotAtlas.exportPng/exportSvg` (exposed while the export dialog is open)
 * and measures the images in the page, where the browser decodes them. Functions passed to
 * page.evaluate() run in the browser: they may use nothing imported here but types.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, waitForMapIdle } from './fixtures.ts';

export type Rgb = [number, number, number];

export interface ExportOptions {
  width: number;
  height: number;
  scale: 1 | 2 | 3;
  title: string;
}

export interface PngReport {
  ihdr: { width: number; height: number };
  distinctColours: number;
  /** Share of dark pixels (text) in each band. */
  titleInk: number;
  creditsInk: number;
  /** RGB at each place's position, for the places the export shows. */
  colourAt: Record<string, Rgb>;
  /** Share of dark pixels in the box of each place's label, for the labelled places. */
  labelInk: Record<string, number>;
  /** Share of the map area (less the panel) painted in each colour of the basemap. */
  mapShares: { provinceFill: number; provinceTint: number; sea: number };
  visible: string[];
  timings: Record<string, number>;
  base64?: string;
}

/** The light palette's basemap colours (src/lib/map/palette.ts). */
export const COLOURS = {
  provinceFill: [0xfb, 0xfa, 0xf6],
  provinceTint: [0xf6, 0xdc, 0xc9],
  sea: [0xdd, 0xe8, 0xee],
  redList: [0xc0, 0x39, 0x2b],
  blackList: [0x1f, 0x1f, 0x1f],
} satisfies Record<string, Rgb>;

export const near = (rgb: Rgb, target: Rgb, tolerance: number) =>
  rgb.every((v, i) => Math.abs(v - target[i]!) <= tolerance);

const samples = process.env.EXPORT_SAMPLES;
export const keepSamples = !!samples;

/** Keeps an exported file where EXPORT_SAMPLES says, if it says. */
export function save(name: string, data: string | Buffer | undefined, encoding?: 'base64') {
  if (!samples || data === undefined) return;
  mkdirSync(samples, { recursive: true });
  writeFileSync(
    join(samples, name),
    typeof data === 'string' && encoding ? Buffer.from(data, encoding) : data,
  );
}

export async function waitForExportHook(page: Page) {
  await page.waitForFunction(
    () => 'exportPng' in ((window as { pilotAtlas?: object }).pilotAtlas ?? {}),
  );
}

export async function openExportDialog(page: Page, path = '/?place=wuhan', mapIdle = true) {
  await page.goto(path);
  if (mapIdle) await waitForMapIdle(page);
  await page.getByRole('button', { name: 'Export', exact: true }).click();
  await expect(page.getByTestId('export-dialog')).toBeVisible();
  await waitForExportHook(page);
}

/** Exports a PNG through the hook and measures it in the page. */
export function exportAndMeasure(page: Page, options: ExportOptions): Promise<PngReport> {
  return page.evaluate(
    async ({ options, keep, colours }) => {
      interface Rect {
        x: number;
        y: number;
        width: number;
        height: number;
      }
      type Hook = (o: typeof options) => Promise<{
        blob: Blob;
        composition: {
          mapArea: Rect;
          places: {
            id: string;
            x: number;
            y: number;
            label: {
              lines: string[];
              x: number;
              y: number;
              size: number;
              lineHeight: number;
            } | null;
          }[];
          regions: { title: Rect; credits: Rect; panel: Rect | null };
        };
        timings: Record<string, number>;
      }>;
      const hook = (window as unknown as { pilotAtlas: { exportPng: Hook } }).pilotAtlas.exportPng;
      const { blob, composition, timings } = await hook(options);
      const bytes = new Uint8Array(await blob.arrayBuffer());
      const view = new DataView(bytes.buffer);
      const signature = [137, 80, 78, 71, 13, 10, 26, 10].every((b, i) => bytes[i] === b);
      const chunk = String.fromCharCode(...bytes.slice(12, 16));
      if (!signature || chunk !== 'IHDR') throw new Error('not a PNG');
      const ihdr = { width: view.getUint32(16), height: view.getUint32(20) };

      const bitmap = await createImageBitmap(blob);
      const ctx = new OffscreenCanvas(bitmap.width, bitmap.height).getContext('2d', {
        willReadFrequently: true,
      })!;
      ctx.drawImage(bitmap, 0, 0);
      const s = options.scale;
      const all = ctx.getImageData(0, 0, bitmap.width, bitmap.height).data;
      const pixel = (x: number, y: number) => {
        const px = Math.min(bitmap.width - 1, Math.max(0, Math.round(x * s)));
        const py = Math.min(bitmap.height - 1, Math.max(0, Math.round(y * s)));
        const i = (py * bitmap.width + px) * 4;
        return [all[i]!, all[i + 1]!, all[i + 2]!] as [number, number, number];
      };
      const close = (rgb: number[], target: number[], tolerance: number) =>
        rgb.every((v, i) => Math.abs(v - target[i]!) <= tolerance);
      const inside = (r: Rect, x: number, y: number) =>
        x >= r.x && x <= r.x + r.width && y >= r.y && y <= r.y + r.height;

      const distinct = new Set<number>();
      for (let y = 0; y < 40; y++)
        for (let x = 0; x < 64; x++) {
          const [r, g, b] = pixel(
            ((x + 0.5) * options.width) / 64,
            ((y + 0.5) * options.height) / 40,
          );
          distinct.add((r << 16) | (g << 8) | b);
        }
      const ink = (rect: Rect) => {
        let dark = 0;
        let count = 0;
        for (let y = rect.y; y < rect.y + rect.height; y += 1 / s)
          for (let x = rect.x; x < rect.x + rect.width; x += 1 / s) {
            const [r, g, b] = pixel(x, y);
            if (r * 0.3 + g * 0.59 + b * 0.11 < 128) dark++;
            count++;
          }
        return count ? dark / count : 0;
      };

      const colourAt: Record<string, [number, number, number]> = {};
      const labelInk: Record<string, number> = {};
      for (const place of composition.places) {
        colourAt[place.id] = pixel(place.x, place.y);
        const label = place.label;
        if (label)
          labelInk[place.id] = ink({
            x: label.x,
            y: label.y - label.size,
            width: label.size * 4,
            height: (label.lines.length - 1) * label.lineHeight + label.size * 1.2,
          });
      }

      // The basemap's colours, on a grid over the map area less the panel over it.
      const { mapArea, regions } = composition;
      const counts = { provinceFill: 0, provinceTint: 0, sea: 0 };
      let cells = 0;
      for (let y = mapArea.y + 2; y < mapArea.y + mapArea.height; y += 4)
        for (let x = mapArea.x + 2; x < mapArea.x + mapArea.width; x += 4) {
          if (regions.panel && inside(regions.panel, x, y)) continue;
          cells++;
          const rgb = pixel(x, y);
          for (const key of Object.keys(counts) as (keyof typeof counts)[])
            if (close(rgb, colours[key], 3)) counts[key]++;
        }
      const mapShares = {
        provinceFill: counts.provinceFill / cells,
        provinceTint: counts.provinceTint / cells,
        sea: counts.sea / cells,
      };

      let base64: string | undefined;
      if (keep) {
        let binary = '';
        for (let i = 0; i < bytes.length; i += 0x8000)
          binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
        base64 = btoa(binary);
      }
      return {
        ihdr,
        distinctColours: distinct.size,
        titleInk: ink(composition.regions.title),
        creditsInk: ink(composition.regions.credits),
        colourAt,
        labelInk,
        mapShares,
        visible: composition.places.map((p) => p.id),
        timings,
        base64,
      };
    },
    { options, keep: keepSamples, colours: COLOURS },
  );
}

export interface Agreement {
  /** Points of the map compared (off labels and off the panel). */
  compared: number;
  /** Points where the PNG and the SVG (drawn by the browser) differ by more than a shade. */
  differing: { x: number; y: number; png: Rgb; svg: Rgb }[];
  /** Places whose marker centre differs. */
  placesDiffering: string[];
  placesCompared: number;
}

/**
 * Exports the same view as PNG and as SVG, draws the SVG at the PNG's size through an <img>, and
 * compares them on a grid over the map, off the labels and the panel (an SVG drawn as an image
 * cannot use the page's fonts, so its text falls back to another font).
 */
export function comparePngWithSvg(page: Page, options: ExportOptions): Promise<Agreement> {
  return page.evaluate(async (options) => {
    interface Rect {
      x: number;
      y: number;
      width: number;
      height: number;
    }
    interface Composition {
      mapArea: Rect;
      places: {
        id: string;
        x: number;
        y: number;
        /** The label's text box, on either side of its marker. */
        labelBox: Rect | null;
      }[];
      regions: { panel: Rect | null; legend: Rect; callout: Rect | null };
    }
    type Hook = (o: typeof options) => Promise<{ blob: Blob; composition: Composition }>;
    const hooks = (window as unknown as { pilotAtlas: { exportPng: Hook; exportSvg: Hook } })
      .pilotAtlas;
    const png = await hooks.exportPng(options);
    const svg = await hooks.exportSvg(options);
    const w = options.width * options.scale;
    const h = options.height * options.scale;
    const pixels = async (draw: (ctx: OffscreenCanvasRenderingContext2D) => Promise<void>) => {
      const ctx = new OffscreenCanvas(w, h).getContext('2d', { willReadFrequently: true })!;
      await draw(ctx);
      return ctx.getImageData(0, 0, w, h).data;
    };
    const pngPixels = await pixels(async (ctx) =>
      ctx.drawImage(await createImageBitmap(png.blob), 0, 0),
    );
    const url = URL.createObjectURL(svg.blob);
    const img = new Image();
    img.src = url;
    await img.decode();
    const svgPixels = await pixels(async (ctx) => ctx.drawImage(img, 0, 0, w, h));
    URL.revokeObjectURL(url);

    const at = (data: Uint8ClampedArray, x: number, y: number) => {
      const i = (Math.round(y * options.scale) * w + Math.round(x * options.scale)) * 4;
      return [data[i]!, data[i + 1]!, data[i + 2]!] as [number, number, number];
    };
    const differ = (a: number[], b: number[]) => a.some((v, i) => Math.abs(v - b[i]!) > 24);
    const inside = (r: Rect, x: number, y: number, margin = 0) =>
      x >= r.x - margin &&
      x <= r.x + r.width + margin &&
      y >= r.y - margin &&
      y <= r.y + r.height + margin;
    const c = png.composition;
    // Each label's box, widened by a third on both sides for the fallback font's other widths.
    const labels = c.places.flatMap((p) =>
      p.labelBox
        ? [
            {
              x: p.labelBox.x - p.labelBox.width / 3,
              y: p.labelBox.y,
              width: (p.labelBox.width * 5) / 3,
              height: p.labelBox.height,
            },
          ]
        : [],
    );
    const covered = [c.regions.panel, c.regions.legend, c.regions.callout, ...labels].filter(
      (r): r is Rect => r !== null,
    );
    const differing: Agreement['differing'] = [];
    let compared = 0;
    const { mapArea } = c;
    for (let y = mapArea.y + 3; y < mapArea.y + mapArea.height - 3; y += 7)
      for (let x = mapArea.x + 3; x < mapArea.x + mapArea.width - 3; x += 7) {
        if (covered.some((r) => inside(r, x, y, 4))) continue;
        compared++;
        const a = at(pngPixels, x, y);
        const b = at(svgPixels, x, y);
        if (differ(a, b)) differing.push({ x, y, png: a, svg: b });
      }
    const placesDiffering = c.places
      .filter((p) => differ(at(pngPixels, p.x, p.y), at(svgPixels, p.x, p.y)))
      .map((p) => p.id);
    return { compared, differing, placesDiffering, placesCompared: c.places.length };
  }, options);
}

/** Holds the export's basemap back, so that a test can act while the dialog is still preparing. */
export async function slowBasemap(page: Page, ms = 2500) {
  await page.route(/\/(provinces|neighbours)-[^/]*\.geojson$/, async (route) => {
    await new Promise((resolve) => setTimeout(resolve, ms));
    await route.fallback();
  });
}

/** The dialog says its full-size image is prepared (Download then only encodes it). */
export async function expectPrepared(page: Page) {
  await expect(page.getByTestId('export-dialog')).toHaveAttribute('data-export-state', 'ready', {
    timeout: 60_000,
  });
}

export interface PreviewReport {
  canvas: { width: number; height: number };
  css: { width: number; height: number };
  /** Share of the preview's map area in each basemap colour. */
  mapShares: { provinceFill: number; sea: number };
  /** RGB at each place's marker, scaled into the preview. */
  colourAt: Record<string, Rgb>;
  /** Luminance on a 48×8 grid over the title band: changes when the title does. */
  titleBand: number[];
}

/**
 * Reads the preview's pixels where the image's composition (from the hook, which the dialog's
 * prepared render answers at once) puts the map, the markers and the title.
 */
export function measurePreview(page: Page, options: ExportOptions): Promise<PreviewReport> {
  return page.evaluate(
    async ({ options, colours }) => {
      interface Rect {
        x: number;
        y: number;
        width: number;
        height: number;
      }
      type Hook = (o: typeof options) => Promise<{
        composition: {
          width: number;
          mapArea: Rect;
          places: { id: string; x: number; y: number }[];
          regions: { title: Rect; panel: Rect | null };
        };
      }>;
      const hook = (window as unknown as { pilotAtlas: { exportPng: Hook } }).pilotAtlas.exportPng;
      const { composition } = await hook(options);
      const canvas = document.querySelector<HTMLCanvasElement>(
        '[data-testid=export-preview-image] canvas',
      )!;
      const data = canvas
        .getContext('2d', { willReadFrequently: true })!
        .getImageData(0, 0, canvas.width, canvas.height).data;
      const s = canvas.width / composition.width;
      const pixel = (x: number, y: number) => {
        const px = Math.min(canvas.width - 1, Math.max(0, Math.round(x * s)));
        const py = Math.min(canvas.height - 1, Math.max(0, Math.round(y * s)));
        const i = (py * canvas.width + px) * 4;
        return [data[i]!, data[i + 1]!, data[i + 2]!] as [number, number, number];
      };
      const close = (rgb: number[], target: number[]) =>
        rgb.every((v, i) => Math.abs(v - target[i]!) <= 3);
      const { mapArea, regions } = composition;
      const inPanel = (x: number, y: number) =>
        !!regions.panel &&
        x >= regions.panel.x &&
        x <= regions.panel.x + regions.panel.width &&
        y >= regions.panel.y &&
        y <= regions.panel.y + regions.panel.height;
      let cells = 0;
      const counts = { provinceFill: 0, sea: 0 };
      for (let y = mapArea.y + 4; y < mapArea.y + mapArea.height; y += 8)
        for (let x = mapArea.x + 4; x < mapArea.x + mapArea.width; x += 8) {
          if (inPanel(x, y)) continue;
          cells++;
          const rgb = pixel(x, y);
          if (close(rgb, colours.provinceFill)) counts.provinceFill++;
          if (close(rgb, colours.sea)) counts.sea++;
        }
      const colourAt: Record<string, [number, number, number]> = {};
      for (const place of composition.places) colourAt[place.id] = pixel(place.x, place.y);
      const title = regions.title;
      const titleBand: number[] = [];
      for (let j = 0; j < 8; j++)
        for (let i = 0; i < 48; i++) {
          const [r, g, b] = pixel(
            title.x + ((i + 0.5) * title.width) / 48,
            title.y + ((j + 0.5) * title.height) / 8,
          );
          titleBand.push(Math.round(r * 0.3 + g * 0.59 + b * 0.11));
        }
      return {
        canvas: { width: canvas.width, height: canvas.height },
        css: { width: canvas.clientWidth, height: canvas.clientHeight },
        mapShares: { provinceFill: counts.provinceFill / cells, sea: counts.sea / cells },
        colourAt,
        titleBand,
      };
    },
    { options, colours: COLOURS },
  );
}

export interface PngComparison {
  size: { width: number; height: number };
  freshSize: { width: number; height: number };
  /** Points of a 160×90 grid over the whole image, and those that differ by more than a shade. */
  compared: number;
  differing: number;
}

/** Compares a PNG (as base64) with one rendered from scratch for `options`, on a grid of points. */
export function compareWithFresh(
  page: Page,
  pngBase64: string,
  options: ExportOptions,
): Promise<PngComparison> {
  return page.evaluate(
    async ({ pngBase64, options }) => {
      type Hook = (o: typeof options & { fresh: true }) => Promise<{ blob: Blob }>;
      const hook = (window as unknown as { pilotAtlas: { exportPng: Hook } }).pilotAtlas.exportPng;
      const bytes = Uint8Array.from(atob(pngBase64), (c) => c.charCodeAt(0));
      const fresh = await hook({ ...options, fresh: true });
      const decode = async (blob: Blob) => {
        const bitmap = await createImageBitmap(blob);
        const ctx = new OffscreenCanvas(bitmap.width, bitmap.height).getContext('2d', {
          willReadFrequently: true,
        })!;
        ctx.drawImage(bitmap, 0, 0);
        return ctx.getImageData(0, 0, bitmap.width, bitmap.height);
      };
      const a = await decode(new Blob([bytes], { type: 'image/png' }));
      const b = await decode(fresh.blob);
      let compared = 0;
      let differing = 0;
      if (a.width === b.width && a.height === b.height)
        for (let j = 0; j < 90; j++)
          for (let i = 0; i < 160; i++) {
            const x = Math.floor(((i + 0.5) * a.width) / 160);
            const y = Math.floor(((j + 0.5) * a.height) / 90);
            const k = (y * a.width + x) * 4;
            compared++;
            if ([0, 1, 2].some((c) => Math.abs(a.data[k + c]! - b.data[k + c]!) > 8)) differing++;
          }
      return {
        size: { width: a.width, height: a.height },
        freshSize: { width: b.width, height: b.height },
        compared,
        differing,
      };
    },
    { pngBase64, options },
  );
}

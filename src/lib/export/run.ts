// Browser-only: runs an export from the app's state to a PNG or SVG blob, step by step.
import type { FeatureCollection, Geometry } from 'geojson';
import { geoUrls } from '../map/appStyle';
import { type Palette, palette as lightPalette } from '../map/palette';
import { drawShape } from './canvasDraw';
import { creditsText } from './content';
import { canvasMeasure, loadFonts, textsOf } from './fonts';
import { type Composition, composeExport } from './layout';
import { renderMap } from './renderMap';
import type { ExportScene } from './scene';
import type { ExportSize } from './sizes';
import { type Basemap, buildSvg } from './svg';
import { estimateTextWidth } from './text';

export type ExportStep = 'fonts' | 'rendering' | 'composing' | 'encoding' | 'basemap' | 'svg';

export interface ExportOptions {
  onStep?: (step: ExportStep) => void;
  palette?: Palette;
}

/** Milliseconds per step, and in all. */
export type Timings = Partial<Record<ExportStep | 'total', number>>;

export interface PngExport {
  blob: Blob;
  composition: Composition;
  /** Where MapLibre drew each place, in CSS px of the image. */
  mapProjected: Record<string, [number, number]>;
  timings: Timings;
}

export interface SvgExport {
  blob: Blob;
  svg: string;
  composition: Composition;
  timings: Timings;
}

/** Lets the page paint and handle input between the long steps. */
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

function stepper(options: ExportOptions) {
  const timings: Timings = {};
  const start = performance.now();
  let current: ExportStep | null = null;
  let since = start;
  const end = () => {
    const now = performance.now();
    if (current) timings[current] = Math.round(now - since);
    since = now;
  };
  return {
    timings,
    async step(step: ExportStep) {
      end();
      current = step;
      options.onStep?.(step);
      await nextTask();
    },
    finish() {
      end();
      timings.total = Math.round(performance.now() - start);
      return timings;
    },
  };
}

async function compose(scene: ExportScene, size: ExportSize, title: string, palette: Palette) {
  const draft = composeExport({ scene, size, title, measure: estimateTextWidth, palette });
  await loadFonts(textsOf(draft));
  return composeExport({ scene, size, title, measure: canvasMeasure(), palette });
}

function encodePng(canvas: HTMLCanvasElement): Promise<Blob> {
  return new Promise((resolve, reject) =>
    canvas.toBlob(
      (blob) => (blob ? resolve(blob) : reject(new Error('the browser could not encode the PNG'))),
      'image/png',
    ),
  );
}

export async function exportPng(
  scene: ExportScene,
  size: ExportSize,
  title: string,
  options: ExportOptions = {},
): Promise<PngExport> {
  const palette = options.palette ?? lightPalette;
  const steps = stepper(options);
  await steps.step('fonts');
  const composition = await compose(scene, size, title, palette);
  await steps.step('rendering');
  const map = await renderMap(scene, size, composition.camera, palette);
  const canvas = document.createElement('canvas');
  try {
    await steps.step('composing');
    canvas.width = size.width * size.scale;
    canvas.height = size.height * size.scale;
    const ctx = canvas.getContext('2d');
    if (!ctx) throw new Error('this browser has no 2D canvas');
    ctx.drawImage(map.canvas, 0, 0, canvas.width, canvas.height);
    ctx.scale(size.scale, size.scale);
    for (const overlay of composition.overlays)
      for (const shape of overlay.shapes) drawShape(ctx, shape);
  } finally {
    map.remove();
  }
  await steps.step('encoding');
  const blob = await encodePng(canvas);
  canvas.width = canvas.height = 0;
  return { blob, composition, mapProjected: map.projected, timings: steps.finish() };
}

let basemap: Promise<Basemap> | null = null;

/** The same GeoJSON files the map draws, read once. */
function loadBasemap(): Promise<Basemap> {
  const read = async (url: string) => {
    const response = await fetch(url);
    if (!response.ok) throw new Error(`could not read ${url} (${response.status})`);
    return (await response.json()) as FeatureCollection<Geometry, never>;
  };
  basemap ??= Promise.all([read(geoUrls.provinces), read(geoUrls.neighbours)]).then(
    ([provinces, neighbours]) => ({ provinces, neighbours }),
    (error: unknown) => {
      basemap = null;
      throw error;
    },
  );
  return basemap;
}

export async function exportSvg(
  scene: ExportScene,
  size: ExportSize,
  title: string,
  options: ExportOptions = {},
): Promise<SvgExport> {
  const palette = options.palette ?? lightPalette;
  const steps = stepper(options);
  await steps.step('fonts');
  const composition = await compose(scene, size, title, palette);
  await steps.step('basemap');
  const geo = await loadBasemap();
  await steps.step('svg');
  const svg = buildSvg(composition, geo, {
    tintedProvinces: scene.tintedProvinces,
    description: creditsText(scene.data.sources),
    palette,
  });
  const blob = new Blob([svg], { type: 'image/svg+xml' });
  return { blob, svg, composition, timings: steps.finish() };
}

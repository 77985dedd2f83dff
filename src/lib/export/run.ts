// Browser-only: runs an export from the app's state to a PNG or SVG blob, step by step.
import { type Palette, palette as lightPalette } from '../map/palette';
import { loadBasemap } from './basemap';
import { type Context2D, drawMap, drawShape } from './canvasDraw';
import { creditsText } from './content';
import { canvasMeasure, loadFonts, textsOf } from './fonts';
import { type Composition, composeExport } from './layout';
import { describeMap, type MapPart } from './mapParts';
import { labelLines } from './markers';
import type { Overlay } from './shapes';
import { type ExportScene, isUserPlace } from './scene';
import type { ExportSize } from './sizes';
import { buildSvg } from './svg';
import { nextTask, sliced } from './tasks';
import { estimateTextWidth } from './text';
import { prepareBasemap } from './worldBasemap';

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
  timings: Timings;
}

export interface SvgExport {
  blob: Blob;
  svg: string;
  composition: Composition;
  timings: Timings;
}

type Steps = ReturnType<typeof stepper>;

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
  const texts = textsOf(draft);
  // Every place's label: with measured widths, labels the draft left out may find room.
  for (const place of scene.places)
    texts[400] += ` ${labelLines(place, scene.labelLang, isUserPlace(scene, place.id)).join(' ')}`;
  await loadFonts(texts);
  await nextTask();
  return composeExport({ scene, size, title, measure: canvasMeasure(), palette });
}

function* drawOverlays(ctx: Context2D, overlays: Overlay[]): Generator<void, void, undefined> {
  for (const overlay of overlays) {
    for (const shape of overlay.shapes) drawShape(ctx, shape);
    yield;
  }
}

/**
 * Draws an export onto a canvas, in slices. The canvas records drawing calls and rasterises them
 * when read: reading a pixel after each piece makes it draw that piece in that piece's task,
 * rather than everything at once when the PNG is encoded.
 */
async function drawPng(ctx: Context2D, composition: Composition, map: MapPart, steps: Steps) {
  const flush = () => void ctx.getImageData(0, 0, 1, 1);
  ctx.scale(composition.scale, composition.scale);
  await sliced(drawMap(ctx, map), flush);
  await steps.step('composing');
  await sliced(drawOverlays(ctx, composition.overlays), flush);
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
  await steps.step('basemap');
  const geo = await loadBasemap();
  await sliced(prepareBasemap(geo));
  await steps.step('rendering');
  const map = describeMap(composition, geo, { tintedProvinces: scene.tintedProvinces, palette });
  await nextTask();
  const canvas = document.createElement('canvas');
  canvas.width = size.width * size.scale;
  canvas.height = size.height * size.scale;
  // Drawn and encoded on the CPU: a GPU canvas would be read back, in one long task, to encode.
  const ctx = canvas.getContext('2d', { willReadFrequently: true });
  if (!ctx) throw new Error('this browser has no 2D canvas');
  await drawPng(ctx, composition, map, steps);
  await steps.step('encoding');
  const blob = await encodePng(canvas);
  canvas.width = canvas.height = 0;
  return { blob, composition, timings: steps.finish() };
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
  await sliced(prepareBasemap(geo));
  await steps.step('svg');
  const svg = buildSvg(composition, geo, {
    tintedProvinces: scene.tintedProvinces,
    description: creditsText(scene.data.sources),
    palette,
  });
  const blob = new Blob([svg], { type: 'image/svg+xml' });
  return { blob, svg, composition, timings: steps.finish() };
}

// Browser-only: an export's rendering, step by step: what goes where (the plan), then its pixels.
import type { Palette } from '../cartography/palette';
import { loadBasemap, loadBasemapDetail } from './basemap';
import { DETAIL_ZOOM } from '../cartography/basemap';
import { type Context2D, drawShape } from '../cartography/draw';
import { drawMap } from './canvasDraw';
import { canvasMeasure, loadFonts, provinceNamesText, textsOf } from './fonts';
import { type Composition, composeExport } from './layout';
import { describeMap, detailZoom, type MapPart } from './mapParts';
import { labelLines } from '../cartography/labels';
import { type ExportScene, isUserPlace, slidePalette } from './scene';
import type { Overlay } from '../cartography/shapes';
import type { ExportSize } from './sizes';
import { nextTask, sliced } from './tasks';
import { estimateTextWidth } from '../cartography/measure';
import { type Basemap, prepareBasemap } from './worldBasemap';

/** The steps of an export, as the dialog reports them. */
export type ExportStep = 'fonts' | 'rendering' | 'composing' | 'encoding' | 'basemap' | 'svg';

/** Everything an export draws, in CSS px of the image: drawn alike at any scale. */
export interface ExportPlan {
  size: ExportSize;
  composition: Composition;
  map: MapPart;
}

export interface PlanOptions {
  palette?: Palette;
  signal?: AbortSignal;
  /** Called as each step begins; it may let the page run before the step does. */
  step?: (step: ExportStep) => Promise<void>;
}

async function compose(
  scene: ExportScene,
  size: ExportSize,
  title: string,
  palette: Palette,
  signal?: AbortSignal,
) {
  const draft = composeExport({ scene, size, title, measure: estimateTextWidth, palette });
  const texts = textsOf(draft);
  // Every place's label: with measured widths, labels the draft left out may find room.
  for (const place of scene.places)
    texts[400] += ` ${labelLines(place, scene.labelLang, isUserPlace(scene, place.id)).join(' ')}`;
  await loadFonts(texts);
  await nextTask();
  signal?.throwIfAborted();
  return composeExport({ scene, size, title, measure: canvasMeasure(), palette });
}

/** Fonts, layout and the basemap: what both the PNG and the SVG start from. */
export async function layoutExport(
  scene: ExportScene,
  size: ExportSize,
  title: string,
  options: PlanOptions = {},
): Promise<{ composition: Composition; basemap: Basemap }> {
  const { signal } = options;
  const palette = options.palette ?? slidePalette(scene);
  const step = options.step ?? (() => nextTask());
  await step('fonts');
  const composition = await compose(scene, size, title, palette, signal);
  signal?.throwIfAborted();
  await step('basemap');
  let basemap = await loadBasemap();
  // Framed as close as the live map shows its lakes, rivers and province names: them too.
  if (detailZoom(composition) >= DETAIL_ZOOM) {
    basemap = { ...basemap, detail: await loadBasemapDetail() };
    await loadFonts({ 400: provinceNamesText(basemap, scene.labelLang), 700: '' }, true);
  }
  await sliced(prepareBasemap(basemap), undefined, signal);
  return { composition, basemap };
}

/** The layout and the map's shapes, ready to draw at any scale. */
export async function planExport(
  scene: ExportScene,
  size: ExportSize,
  title: string,
  options: PlanOptions = {},
): Promise<ExportPlan> {
  const { composition, basemap } = await layoutExport(scene, size, title, options);
  await (options.step ?? (() => nextTask()))('rendering');
  const map = describeMap(composition, basemap, {
    tintedProvinces: scene.tintedProvinces,
    palette: options.palette ?? slidePalette(scene),
    labelLang: scene.labelLang,
    measure: canvasMeasure(),
  });
  await nextTask();
  options.signal?.throwIfAborted();
  return { size, composition, map };
}

function* drawOverlays(ctx: Context2D, overlays: Overlay[]): Generator<void, void, undefined> {
  for (const overlay of overlays) {
    for (const shape of overlay.shapes) drawShape(ctx, shape);
    yield;
  }
}

/**
 * Draws a plan at `scale` device pixels per CSS px, in slices. The canvas records drawing calls
 * and rasterises them when read: reading a pixel after each piece makes it draw that piece in that
 * piece's task, rather than everything at once when the PNG is encoded.
 */
export async function drawPlan(
  ctx: Context2D,
  plan: ExportPlan,
  scale: number,
  signal?: AbortSignal,
  beforeOverlays?: () => Promise<void>,
): Promise<void> {
  const flush = () => void ctx.getImageData(0, 0, 1, 1);
  ctx.scale(scale, scale);
  await sliced(drawMap(ctx, plan.map), flush, signal);
  await beforeOverlays?.();
  await sliced(drawOverlays(ctx, plan.composition.overlays), flush, signal);
}

/**
 * A blank canvas drawn on the CPU: a GPU canvas would be read back, in one long task, to encode.
 * A detached canvas element, not an OffscreenCanvas: on the page's thread, an OffscreenCanvas
 * commits a frame at the end of every task, which for an image this size is a long task of its own.
 */
export function cpuCanvas(width: number, height: number) {
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  const ctx = canvas.getContext('2d', { willReadFrequently: true });
  if (!ctx) throw new Error('this browser has no 2D canvas');
  return { canvas, ctx };
}

/** The image's pixels, at full size. */
export async function renderPixels(
  plan: ExportPlan,
  signal?: AbortSignal,
  beforeOverlays?: () => Promise<void>,
): Promise<HTMLCanvasElement> {
  const { width, height, scale } = plan.size;
  const { canvas, ctx } = cpuCanvas(width * scale, height * scale);
  await drawPlan(ctx, plan, scale, signal, beforeOverlays);
  signal?.throwIfAborted();
  return canvas;
}

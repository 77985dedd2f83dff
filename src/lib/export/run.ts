// Browser-only: runs an export from the app's state to a PNG or SVG blob, step by step.
import { creditsText } from './content';
import { embeddedFontCss } from './embedFonts';
import { EncoderStopped, type HeldPixels, holdPixels } from './encoder';
import type { Composition } from './layout';
import {
  type ExportPlan,
  type ExportStep,
  type PlanOptions,
  layoutExport,
  planExport,
  renderPixels,
} from './render';
import { type ExportScene, slidePalette } from './scene';
import type { ExportSize } from './sizes';
import { canvasMeasure, provinceNamesText, textsOf } from './fonts';
import { buildSvg } from './svg';

export interface ExportOptions extends Omit<PlanOptions, 'step'> {
  onStep?: (step: ExportStep) => void;
}

export interface SvgExportOptions extends ExportOptions {
  /** Every text as the outlines of its glyphs, for editors that ignore embedded fonts. */
  textAsPaths?: boolean;
}

/** Milliseconds per step, and in all. */
export type Timings = Partial<Record<ExportStep | 'total', number>>;

export interface PngExport {
  blob: Blob;
  composition: Composition;
  timings: Timings;
  /** Encoded from the dialog's prepared render, or rendered from scratch. */
  source: 'prepared' | 'fresh';
}

export interface SvgExport {
  blob: Blob;
  svg: string;
  composition: Composition;
  timings: Timings;
}

/** Reports each step as it begins, and times it. */
export function stepper(options: ExportOptions) {
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
    step: async (step: ExportStep) => {
      end();
      current = step;
      options.onStep?.(step);
      await new Promise<void>((resolve) => setTimeout(resolve, 0));
    },
    finish() {
      end();
      timings.total = Math.round(performance.now() - start);
      return timings;
    },
  };
}

/** Encodes pixels rendered earlier (the dialog prepares them while the user looks at it). */
export async function encodePrepared(
  pixels: HeldPixels,
  plan: ExportPlan,
  options: ExportOptions = {},
): Promise<PngExport> {
  const steps = stepper(options);
  options.onStep?.('encoding');
  const blob = await pixels.encode();
  const timings = steps.finish();
  return {
    blob,
    composition: plan.composition,
    timings: { encoding: timings.total, ...timings },
    source: 'prepared',
  };
}

/** A PNG rendered from scratch. */
export async function exportPng(
  scene: ExportScene,
  size: ExportSize,
  title: string,
  options: ExportOptions = {},
): Promise<PngExport> {
  const steps = stepper(options);
  const plan = await planExport(scene, size, title, { ...options, step: steps.step });
  const canvas = await renderPixels(plan, options.signal, () => steps.step('composing'));
  await steps.step('encoding');
  const pixels = await holdPixels(canvas);
  try {
    const blob = await pixels.encode();
    return { blob, composition: plan.composition, timings: steps.finish(), source: 'fresh' };
  } catch (error) {
    // The encoder worker died with the pixels: once more, encoded on the page.
    if (error instanceof EncoderStopped) return exportPng(scene, size, title, options);
    throw error;
  } finally {
    pixels.release();
  }
}

export async function exportSvg(
  scene: ExportScene,
  size: ExportSize,
  title: string,
  options: SvgExportOptions = {},
): Promise<SvgExport> {
  const palette = options.palette ?? slidePalette(scene);
  const steps = stepper(options);
  const { composition, basemap } = await layoutExport(scene, size, title, {
    ...options,
    step: steps.step,
  });
  await steps.step('svg');
  const texts = textsOf(composition);
  texts[400] += ` ${provinceNamesText(basemap, scene.labelLang)}`;
  // The font reader is loaded only for text as paths.
  const fonts = options.textAsPaths
    ? { outline: await (await import('./textPaths')).textOutliner(texts, options.signal) }
    : { fontCss: await embeddedFontCss(texts, options.signal) };
  const svg = buildSvg(composition, basemap, {
    tintedProvinces: scene.tintedProvinces,
    labelLang: scene.labelLang,
    measure: canvasMeasure(),
    description: creditsText(scene.data.sources),
    palette,
    ...fonts,
  });
  const blob = new Blob([svg], { type: 'image/svg+xml' });
  return { blob, svg, composition, timings: steps.finish() };
}

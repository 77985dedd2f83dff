// Browser-only: the export's text is drawn in Noto Sans SC, regular and bold, like the interface
// (main.ts imports both weights' subsets; fallbackFonts.ts adds Fontsource's files for the rest).
import { fontOf } from '../cartography/draw';
import { fallbackFontsFor } from '../fonts/fallbackFonts';
import type { Composition } from './layout';
import type { FontWeight, MeasureText } from '../cartography/measure';
import { provinceNameLines } from '../cartography/basemap';
import type { LabelLang } from '../logic/urlState';
import type { Basemap } from './worldBasemap';

/** Every piece of text in a composition, by weight. */
export function textsOf(composition: Composition): Record<FontWeight, string> {
  const texts: Record<FontWeight, string[]> = { 400: [], 700: [] };
  for (const overlay of composition.overlays)
    for (const shape of overlay.shapes)
      if (shape.kind === 'text') texts[shape.block.weight].push(...shape.block.lines);
  for (const place of composition.places) if (place.label) texts[400].push(...place.label.lines);
  return { 400: texts[400].join(' '), 700: texts[700].join(' ') };
}

/** Every province name of the basemap's detail in a label language (a superset of those drawn). */
export function provinceNamesText(basemap: Basemap, lang: LabelLang): string {
  const features = basemap.detail?.provinceLabels.features ?? [];
  return features.flatMap((f) => provinceNameLines(f.properties, lang)).join(' ');
}

type Listener = (weights: readonly FontWeight[]) => void;
let fallbackWeights: readonly FontWeight[] = [];
const listeners = new Set<Listener>();

/**
 * The weights the last export drew in a fallback font because a Noto Sans SC subset could not be
 * loaded (offline, before the service worker had it): a Svelte store, for the dialog to say so.
 */
export const exportFontFallback = {
  subscribe(listener: Listener): () => void {
    listeners.add(listener);
    listener(fallbackWeights);
    return () => listeners.delete(listener);
  },
};

/**
 * Loads the Noto Sans SC subsets that `texts` need (the fonts are split by unicode range, and a
 * canvas draws in a fallback font whatever is not loaded yet). Never fails: a subset that cannot
 * be fetched leaves its text to the fallback font, and the weights concerned are returned.
 */
export async function loadFonts(
  texts: Record<FontWeight, string>,
  /** More text for the same export: the weights it misses are added to those already reported. */
  more = false,
): Promise<FontWeight[]> {
  const missing: FontWeight[] = [];
  await fallbackFontsFor(`${texts[400]} ${texts[700]}`);
  await Promise.all(
    ([400, 700] as const).map(async (weight) => {
      const font = fontOf(16, weight);
      const text = texts[weight] || 'A';
      try {
        await document.fonts.load(font, text);
        if (document.fonts.check(font, text)) return;
      } catch {
        // A subset could not be fetched ("A network error occurred."): drawn with the fallback.
      }
      missing.push(weight);
    }),
  );
  fallbackWeights = [...new Set([...(more ? fallbackWeights : []), ...missing])].sort();
  for (const listener of listeners) listener(fallbackWeights);
  return missing;
}

/** Measures text with the loaded fonts, as the canvas will draw it. */
export function canvasMeasure(): MeasureText {
  const ctx = new OffscreenCanvas(1, 1).getContext('2d');
  if (!ctx) throw new Error('this browser has no 2D canvas');
  const cache = new Map<string, number>();
  return (text, size, weight) => {
    const key = `${weight}|${size}|${text}`;
    let width = cache.get(key);
    if (width === undefined) {
      ctx.font = fontOf(size, weight);
      width = ctx.measureText(text).width;
      cache.set(key, width);
    }
    return width;
  };
}

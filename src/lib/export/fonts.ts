// Browser-only: the export's text is drawn in Noto Sans SC, regular and bold, like the interface.
import '@fontsource/noto-sans-sc/700.css';
import { fontOf } from '../cartography/draw';
import type { Composition } from './layout';
import type { FontWeight, MeasureText } from '../cartography/measure';

/** Every piece of text in a composition, by weight. */
export function textsOf(composition: Composition): Record<FontWeight, string> {
  const texts: Record<FontWeight, string[]> = { 400: [], 700: [] };
  for (const overlay of composition.overlays)
    for (const shape of overlay.shapes)
      if (shape.kind === 'text') texts[shape.block.weight].push(...shape.block.lines);
  for (const place of composition.places) if (place.label) texts[400].push(...place.label.lines);
  return { 400: texts[400].join(' '), 700: texts[700].join(' ') };
}

/**
 * Loads the Noto Sans SC subsets that `texts` need (the fonts are split by unicode range, and a
 * canvas draws in a fallback font whatever is not loaded yet).
 */
export async function loadFonts(texts: Record<FontWeight, string>): Promise<void> {
  await Promise.all(
    ([400, 700] as const).map((weight) =>
      document.fonts.load(fontOf(16, weight), texts[weight] || 'A'),
    ),
  );
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

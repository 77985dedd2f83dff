// Browser-only: reads the files of the page's Noto Sans SC @font-face rules that an SVG needs.
import { pageFontFaces } from '../fonts/pageFontFaces';
import { facesFor, fontFaceRule } from './svgFonts';
import type { FontWeight } from '../cartography/measure';

export const EMBEDDED_FAMILY = 'Noto Sans SC';

/**
 * The @font-face rules, with the files inline, that draw `texts`. Same-origin files the page has
 * already loaded (and the service worker keeps), so this works offline.
 */
export async function embeddedFontCss(
  texts: Record<FontWeight, string>,
  signal?: AbortSignal,
): Promise<string> {
  const faces = facesFor(pageFontFaces(), texts);
  const rules = await Promise.all(
    faces.map(async (face) => {
      const response = await fetch(face.url, { signal });
      if (!response.ok) throw new Error(`could not read the font file ${face.url}`);
      return fontFaceRule(EMBEDDED_FAMILY, face, new Uint8Array(await response.arrayBuffer()));
    }),
  );
  return rules.join('\n');
}

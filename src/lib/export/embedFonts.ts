// Browser-only: reads the page's Noto Sans SC @font-face rules and the files an SVG needs.
import { type FontFace, facesFor, fontFaceRule, parseUnicodeRange } from './svgFonts';
import type { FontWeight } from '../cartography/measure';

export const EMBEDDED_FAMILY = 'Noto Sans SC';

/** The woff2 faces of the family in the page's stylesheets (Fontsource's 400.css and 700.css). */
export function pageFontFaces(doc: Document = document): FontFace[] {
  const faces: FontFace[] = [];
  for (const sheet of Array.from(doc.styleSheets)) {
    let rules: CSSRuleList;
    try {
      rules = sheet.cssRules;
    } catch {
      continue; // Not readable: from another origin (the app has none).
    }
    const base = sheet.href ?? doc.baseURI;
    for (const rule of Array.from(rules)) {
      if (!(rule instanceof CSSFontFaceRule)) continue;
      const style = rule.style;
      const family = style.getPropertyValue('font-family').replace(/["']/g, '').trim();
      const weight = Number(style.getPropertyValue('font-weight')) || 400;
      if (family !== EMBEDDED_FAMILY || (weight !== 400 && weight !== 700)) continue;
      const file = /url\(["']?([^"')]+?\.woff2)["']?\)/.exec(style.getPropertyValue('src'))?.[1];
      if (!file) continue;
      faces.push({
        weight,
        ranges: parseUnicodeRange(style.getPropertyValue('unicode-range')),
        url: new URL(file, base).href,
      });
    }
  }
  return faces;
}

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

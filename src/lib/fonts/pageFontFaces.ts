// Browser-only: the Noto Sans SC @font-face rules of the page's stylesheets.
import { LABEL_FONT_NAME } from '../cartography/labels';
import { type FontFace, parseUnicodeRange } from '../export/svgFonts';

/**
 * The woff2 faces of Noto Sans SC, regular and bold, in the page's stylesheets: the atlas's subset
 * (main.ts), and Fontsource's files once text outside it has been shown (fallbackFonts.ts).
 */
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
      if (family !== LABEL_FONT_NAME || (weight !== 400 && weight !== 700)) continue;
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

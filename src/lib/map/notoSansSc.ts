import type { FontFacesSpecification } from '@maplibre/maplibre-gl-style-spec';
import { parseFontFaces } from './fontFaces';
import { LABEL_FONT } from './style';

/**
 * The Noto Sans SC subsets as MapLibre `font-faces`, read from the @font-face rules of the page's
 * stylesheet (Fontsource's 400.css, imported by main.ts), so their unicode ranges ship once and the
 * map and the interface fetch the same files.
 */
type FaceList = Exclude<FontFacesSpecification[string], string>;

export function notoSansScFaces(doc: Document = document): FontFacesSpecification {
  const faces: FaceList = [];
  for (const sheet of Array.from(doc.styleSheets)) {
    let rules: CSSRuleList;
    try {
      rules = sheet.cssRules;
    } catch {
      continue; // A stylesheet from elsewhere; the app has none, but a browser extension may.
    }
    const base = sheet.href ?? doc.baseURI;
    for (const rule of Array.from(rules)) {
      if (!(rule instanceof CSSFontFaceRule)) continue;
      const family = rule.style.getPropertyValue('font-family').replace(/["']/g, '').trim();
      const weight = rule.style.getPropertyValue('font-weight');
      if (family !== LABEL_FONT || !['400', 'normal'].includes(weight)) continue;
      const parsed = parseFontFaces(rule.cssText, LABEL_FONT, (url) => new URL(url, base).href);
      faces.push(...(parsed[LABEL_FONT] as FaceList));
    }
  }
  return { [LABEL_FONT]: faces };
}

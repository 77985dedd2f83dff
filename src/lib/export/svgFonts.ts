/**
 * The SVG carries the font it is set in: the Noto Sans SC subsets whose unicode-range covers a
 * character of its text, as base64 `@font-face` rules in its <style>, so that it looks the same on a
 * machine without the font. Pure: the files are read by embedFonts.ts.
 */
import type { FontWeight } from '../cartography/measure';

/** One @font-face of the page's stylesheet. */
export interface FontFace {
  weight: FontWeight;
  /** Inclusive code point ranges; empty means every character. */
  ranges: [number, number][];
  url: string;
}

/** "U+4e00-4eff,U+1f1e6,U+30??" → [[0x4e00, 0x4eff], [0x1f1e6, 0x1f1e6], [0x3000, 0x30ff]] */
export function parseUnicodeRange(text: string): [number, number][] {
  return text
    .split(',')
    .map((part) => part.trim().replace(/^u\+/i, ''))
    .filter((part) => part !== '')
    .map((part): [number, number] => {
      if (part.includes('?'))
        return [parseInt(part.replace(/\?/g, '0'), 16), parseInt(part.replace(/\?/g, 'f'), 16)];
      const [from = '', to = from] = part.split('-');
      return [parseInt(from, 16), parseInt(to, 16)];
    })
    .filter(([from, to]) => Number.isFinite(from) && Number.isFinite(to));
}

/** The faces needed to draw `texts`: per weight, those covering at least one of its characters. */
export function facesFor(
  faces: readonly FontFace[],
  texts: Record<FontWeight, string>,
): FontFace[] {
  return faces.filter((face) => {
    const text = texts[face.weight];
    if (!face.ranges.length) return text.trim() !== '';
    for (const char of text) {
      const code = char.codePointAt(0)!;
      if (/\s/.test(char)) continue;
      if (face.ranges.some(([from, to]) => code >= from && code <= to)) return true;
    }
    return false;
  });
}

/** Base64 of bytes, in chunks (a spread of a large array overflows the call stack). */
export function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000)
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

const hex = (code: number) => code.toString(16);

/** A @font-face rule with the file inline. */
export function fontFaceRule(family: string, face: FontFace, bytes: Uint8Array): string {
  const range = face.ranges
    .map(([from, to]) => (from === to ? `U+${hex(from)}` : `U+${hex(from)}-${hex(to)}`))
    .join(',');
  return [
    '@font-face{',
    `font-family:'${family}';`,
    `font-weight:${face.weight};`,
    'font-style:normal;',
    `src:url(data:font/woff2;base64,${toBase64(bytes)}) format('woff2');`,
    range ? `unicode-range:${range};` : '',
    '}',
  ].join('');
}

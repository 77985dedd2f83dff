/**
 * The atlas's own Noto Sans SC: one file per weight holding every character the atlas can show
 * (its data, documents, basemap names and interface), instead of the ~10 of Fontsource's
 * unicode-range subsets (~30 kB each) that its few dozen Chinese characters pulled in. Pure: the
 * files are made by fontSubsetPlugin.ts.
 */
import { subsetRanges } from './fontSubsets.ts';
export { atlasFontStem } from '../lib/fonts/atlasFontFile.ts';

/** The family every stack names (interface, canvases, the map's `text-font`). */
export const ATLAS_FONT_FAMILY = 'Noto Sans SC';
/** The weights the atlas draws with: regular, and bold for titles. */
export const ATLAS_FONT_WEIGHTS = [400, 700] as const;

/**
 * Characters always in the subset, beyond the atlas's own: ASCII, the common general punctuation,
 * and the Chinese punctuation a name or a typed title is likely to hold. Not the rest of Latin-1
 * (3.7 kB a weight, a sixth of the file): the atlas's own accented letters are in its text, and
 * a user's come from the fallback files like any other character.
 */
const ALWAYS: [number, number][] = [
  [0x20, 0x7e],
  [0x2010, 0x2027],
  [0x2030, 0x203a],
  [0x3000, 0x3011],
  [0xff01, 0xff01],
  [0xff08, 0xff09],
  [0xff0c, 0xff0c],
  [0xff1a, 0xff1b],
  [0xff1f, 0xff1f],
];

/** Code points never drawn (controls, line breaks): no glyph needed. */
const isDrawn = (code: number) => code >= 0x20 && !(code >= 0x7f && code < 0xa0);

/** The code points of `texts` and the fixed ranges, sorted, that `hasGlyph` says the font has. */
export function atlasCodePoints(
  texts: readonly string[],
  hasGlyph: (code: number) => boolean,
): number[] {
  const codes = new Set<number>();
  for (const [from, to] of ALWAYS) for (let code = from; code <= to; code++) codes.add(code);
  for (const text of texts) for (const char of text) codes.add(char.codePointAt(0)!);
  return [...codes].filter((code) => isDrawn(code) && hasGlyph(code)).sort((a, b) => a - b);
}

/** Sorted code points as inclusive runs: [0x20, 0x21, 0x22, 0x30] → [[0x20, 0x22], [0x30, 0x30]]. */
export function runsOf(codePoints: readonly number[]): [number, number][] {
  const runs: [number, number][] = [];
  for (const code of codePoints) {
    const last = runs.at(-1);
    if (last && code === last[1] + 1) last[1] = code;
    else if (!last || code > last[1]) runs.push([code, code]);
  }
  return runs;
}

const hex = (code: number) => code.toString(16);

/** Runs as a CSS unicode-range value: "U+20-7e,U+4e2d". */
export function unicodeRange(runs: readonly [number, number][]): string {
  return runs
    .map(([from, to]) => (from === to ? `U+${hex(from)}` : `U+${hex(from)}-${hex(to)}`))
    .join(',');
}

/** `ranges` less the sorted code points `taken`, as runs. */
export function subtractRanges(
  ranges: readonly [number, number][],
  taken: readonly number[],
): [number, number][] {
  const left: [number, number][] = [];
  for (const [from, to] of ranges) {
    let start = from;
    for (const code of taken) {
      if (code < start || code > to) continue;
      if (code > start) left.push([start, code - 1]);
      start = code + 1;
    }
    if (start <= to) left.push([start, to]);
  }
  return left;
}

/** The @font-face rule of the atlas's subset of one weight. */
export function atlasFontFaceRule(weight: number, url: string, codePoints: readonly number[]) {
  return [
    '@font-face {',
    `  font-family: '${ATLAS_FONT_FAMILY}';`,
    '  font-style: normal;',
    '  font-display: swap;',
    `  font-weight: ${weight};`,
    `  src: url(${JSON.stringify(url)}) format('woff2');`,
    `  unicode-range: ${unicodeRange(runsOf(codePoints))};`,
    '}',
  ].join('\n');
}

/**
 * Fontsource's @font-face rules of one weight, for text outside the atlas's subset (a place a
 * user imports): same family, woff2 only, each range less the subset's characters, so that no
 * character the subset draws ever fetches a second file. `urlOf` maps Fontsource's file names.
 */
export function fallbackFontFaceRules(
  fontsourceCss: string,
  weight: number,
  covered: readonly number[],
  urlOf: (fileName: string) => string,
): string {
  const rules: string[] = [];
  for (const [stem, ranges] of subsetRanges(fontsourceCss)) {
    const left = subtractRanges(ranges, covered);
    if (!left.length) continue;
    rules.push(
      [
        '@font-face {',
        `  font-family: '${ATLAS_FONT_FAMILY}';`,
        '  font-style: normal;',
        '  font-display: swap;',
        `  font-weight: ${weight};`,
        `  src: url(${JSON.stringify(urlOf(`${stem}.woff2`))}) format('woff2');`,
        `  unicode-range: ${unicodeRange(left)};`,
        '}',
      ].join('\n'),
    );
  }
  return rules.join('\n');
}

// Browser-only. The page's Noto Sans SC is cut to the atlas's own characters; any other (a place
// in a user's file, a typed title) is drawn from Fontsource's unicode-range files, whose
// stylesheet is added only when such text is shown.
import { fontOf } from '../cartography/draw';
import { beyondAscii, isAtlasFontFile } from './atlasFontFile';
import { pageFontFaces } from './pageFontFaces';

/** The characters of `text` that no range covers (white space and controls need no glyph). */
export function charsOutside(
  text: string,
  ranges: readonly (readonly [number, number])[],
): string[] {
  const outside = new Set<string>();
  for (const char of text) {
    const code = char.codePointAt(0)!;
    if (code < 0x20 || /\s/.test(char)) continue;
    if (!ranges.some(([from, to]) => code >= from && code <= to)) outside.add(char);
  }
  return [...outside];
}

/** The code point ranges of the atlas's subset, read from the page's @font-face rule. */
function subsetRanges(): [number, number][] {
  return pageFontFaces()
    .filter((face) => face.weight === 400 && isAtlasFontFile(face.url))
    .flatMap((face) => face.ranges);
}

let sheet: Promise<unknown> | undefined;

/** Adds Fontsource's stylesheet if `text` has a character outside the subset; true if it did. */
export async function fallbackFontsFor(text: string): Promise<boolean> {
  if (!beyondAscii(text) || !charsOutside(text, subsetRanges()).length) return false;
  sheet ??= import('./fallbackSheet').catch((error: unknown) => {
    sheet = undefined; // Offline before the worker had it: a later text tries again.
    throw error;
  });
  try {
    await sheet;
    return true;
  } catch {
    return false;
  }
}

/**
 * Loads the Noto Sans SC files that draw `text` in each weight, Fontsource's ones too when it
 * needs them, before a canvas (the map's glyphs, the still map) draws it once and for all. Never
 * fails; gives up waiting after `limitMs` (the text is then drawn in a system font).
 */
export async function loadFontsFor(
  text: string,
  weights: readonly number[] = [400],
  limitMs = 4000,
): Promise<void> {
  const load = async () => {
    if (!(await fallbackFontsFor(text))) return;
    await Promise.all(
      weights.map((weight) =>
        document.fonts.load(fontOf(16, weight), text).catch(() => {
          // A file that cannot be fetched (offline, not cached): that text in a system font.
        }),
      ),
    );
  };
  let timer: ReturnType<typeof setTimeout> | undefined;
  await Promise.race([load(), new Promise((done) => (timer = setTimeout(done, limitMs)))]);
  clearTimeout(timer);
}

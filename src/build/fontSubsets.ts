/**
 * Which unicode-range subsets of a Fontsource font a set of characters needs: the service worker
 * precaches those (offlinePlugin), not all 204 files (7.4 MB) of Noto Sans SC's two weights.
 */

/** A subset's file name without folder, hash or extension, e.g. "noto-sans-sc-4-700-normal". */
export function subsetStem(fileName: string): string | undefined {
  return /([a-z0-9-]+-\d{3}-(?:normal|italic))(?:-[\w-]{8})?\.woff2$/.exec(fileName)?.[1];
}

/** Each woff2 subset in a Fontsource stylesheet, with its unicode ranges as [first, last]. */
export function subsetRanges(css: string): Map<string, [number, number][]> {
  const subsets = new Map<string, [number, number][]>();
  for (const block of css.match(/@font-face\s*{[^}]*}/g) ?? []) {
    const file = /url\(["']?([^"')]+?\.woff2)["']?\)/.exec(block)?.[1];
    const stem = file && subsetStem(file);
    if (!stem) continue;
    const range = /unicode-range:\s*([^;]+);/.exec(block)?.[1];
    const ranges: [number, number][] = range
      ? range.split(',').map((part) => {
          const [first, last = first] = part.trim().replace(/^U\+/i, '').split('-');
          return [parseInt(first!, 16), parseInt(last!, 16)];
        })
      : [[0, 0x10ffff]];
    subsets.set(stem, ranges);
  }
  return subsets;
}

/** The subsets (stems) holding at least one of `text`'s characters. */
export function subsetsFor(text: string, subsets: Map<string, [number, number][]>): Set<string> {
  const codePoints = new Set<number>();
  for (const char of text) codePoints.add(char.codePointAt(0)!);
  const needed = new Set<string>();
  for (const [stem, ranges] of subsets)
    for (const code of codePoints)
      if (ranges.some(([first, last]) => code >= first && code <= last)) {
        needed.add(stem);
        break;
      }
  return needed;
}

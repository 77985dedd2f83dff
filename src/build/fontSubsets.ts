/**
 * Fontsource's unicode-range subsets of Noto Sans SC, read from its stylesheet: the atlas's
 * fallback for characters outside its own subset (atlasFont.ts).
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

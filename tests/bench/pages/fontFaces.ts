import type { FontFacesSpecification } from '@maplibre/maplibre-gl-style-spec';

/**
 * Reads the @font-face rules of a Fontsource stylesheet into MapLibre's `font-faces`, so the map
 * draws labels with the self-hosted font and fetches only the unicode-range subsets it needs.
 * `urlOf` maps the woff2 URL as the CSS writes it (e.g. "./files/noto-sans-sc-4-400-normal.woff2",
 * or "/assets/noto-sans-sc-4-400-normal-Ab12.woff2" once built) to the URL to fetch.
 */
export function parseFontFaces(
  css: string,
  family: string,
  urlOf: (fileName: string) => string | undefined,
): FontFacesSpecification {
  const faces = [];
  for (const block of css.match(/@font-face\s*{[^}]*}/g) ?? []) {
    const file = /url\(["']?([^"')]+?\.woff2)["']?\)/.exec(block)?.[1];
    const url = file && urlOf(file);
    if (!url) continue;
    const range = /unicode-range:\s*([^;]+);/.exec(block)?.[1];
    const ranges = range ? range.split(',').map((r) => r.trim()) : [];
    faces.push(ranges.length ? { url, 'unicode-range': ranges } : { url });
  }
  return { [family]: faces };
}

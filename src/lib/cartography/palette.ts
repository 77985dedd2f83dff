/**
 * Every colour of the map, in both themes: the live map's layers, the still map, the exports and the
 * page's CSS (src/palette.css is generated from this file: `npm run palette`). Red and black list
 * emphasis also differ in outline and label, never in colour alone.
 */
export const palette = {
  sea: '#dde8ee',
  neighbourLand: '#ece9e2',
  neighbourLine: '#d3cec4',
  provinceFill: '#fbfaf6',
  provinceTint: '#f6dcc9',
  provinceLine: '#a9a294',
  /** Province names (zoomed in): quieter than any place label. */
  provinceLabel: '#80776a',
  river: '#8db6d0',
  lake: '#c6dbe8',
  redList: '#c0392b',
  blackList: '#1f1f1f',
  even: '#7a5c8e',
  /** Shares not reported: a quiet grey disc, told apart from a hollow (unfilled) marker. */
  notReported: '#cfcfcf',
  markerStroke: '#3a3a3a',
  /** A place that is not a pilot: hollow, grey, crossed. */
  notPilot: '#8c8c8c',
  /** The inside of a hollow marker (mentioned, not a pilot): the land shows through. */
  hollow: '#fbfaf6',
  selected: '#1b5fbf',
  label: '#222222',
  labelHalo: '#ffffff',
  leader: '#5a5a5a',
  userData: '#7b3fa0',
} as const;

export type Palette = { [K in keyof typeof palette]: string };

/**
 * Dark theme: China lighter than its neighbours and the sea; red and black stay the strongest
 * marks (black on a light outline), places with no reported shares a quiet grey.
 */
export const darkPalette: Palette = {
  sea: '#0b141a',
  neighbourLand: '#171c20',
  neighbourLine: '#262d32',
  provinceFill: '#2e3840',
  provinceTint: '#5a3d2a',
  provinceLine: '#6b7680',
  provinceLabel: '#939ea7',
  river: '#4d7d99',
  lake: '#1d3544',
  redList: '#ef5a4c',
  blackList: '#050505',
  even: '#a58bc0',
  notReported: '#56616a',
  markerStroke: '#c9d0d6',
  notPilot: '#7d868d',
  hollow: '#2e3840',
  selected: '#6aa8ff',
  label: '#f0f0f0',
  labelHalo: '#0b141a',
  leader: '#a9b0b7',
  userData: '#c9a2e6',
};

export type Theme = 'light' | 'dark';

export const palettes: Record<Theme, Palette> = { light: palette, dark: darkPalette };

/** A palette key as a CSS custom property: `redList` → `--red-list`. */
export function cssName(key: keyof Palette): string {
  return `--${key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`;
}

/** The palette as CSS custom properties, light on :root and dark under [data-theme='dark']. */
export function paletteCss(): string {
  const block = (selector: string, p: Palette) =>
    `${selector} {\n${(Object.keys(p) as (keyof Palette)[]).map((k) => `  ${cssName(k)}: ${p[k]};`).join('\n')}\n}\n`;
  return (
    '/* Generated from src/lib/cartography/palette.ts by `npm run palette`: edit that file. */\n' +
    block(':root', palette) +
    block(":root[data-theme='dark']", darkPalette)
  );
}

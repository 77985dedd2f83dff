// Shared by the reference pages (not by the app): marks, map size, font faces.
import css from '@fontsource/noto-sans-sc/400.css?raw';
import { parseFontFaces } from './fontFaces';
import { LABEL_FONT } from '../../../src/lib/map/style';

/** Same User Timing convention as the app (`pilot-atlas:*`), under the `bench:` prefix. */
export function benchMark(name: 'first-paint' | 'idle'): void {
  performance.mark(`bench:${name}`);
}

/**
 * Sizes the map container like the app's map area (the bench passes `?w=&h=` measured in the app),
 * so every page draws the same number of pixels. Without them the map fills the window.
 */
export function sizeMapContainer(element: HTMLElement): void {
  const params = new URLSearchParams(location.search);
  const w = Number(params.get('w'));
  const h = Number(params.get('h'));
  if (w > 0 && h > 0) {
    element.style.width = `${w}px`;
    element.style.height = `${h}px`;
  }
}

// Fontsource's unicode-range files of Noto Sans SC 400, as a MapLibre page would use them (the app
// ships its own subset), found from this folder rather than from the repository root (the
// reference pages are built with tests/bench/pages as Vite's root).
const files = import.meta.glob<string>(
  '../../../node_modules/@fontsource/noto-sans-sc/files/*-400-normal.woff2',
  { query: '?url', import: 'default', eager: true },
);
const byName = new Map(Object.entries(files).map(([path, url]) => [path.split('/').pop()!, url]));

/** Fontsource's Noto Sans SC subsets as MapLibre `font-faces`. */
export const notoSansScFaces = parseFontFaces(css, LABEL_FONT, (name) => {
  const url = byName.get(name.split('/').pop()!);
  return url && new URL(url, document.baseURI).href;
});

/**
 * Beside the map (the map box is the app's, smaller than the window): a panel that shows a text
 * when a place is clicked, as the app's details panel does, and a filter button.
 */
export function benchPanel(): { show(text: string): void; filterButton: HTMLButtonElement } {
  const panel = document.createElement('div');
  panel.id = 'bench-panel';
  panel.style.cssText =
    'position:fixed;top:16px;right:12px;width:280px;height:40px;font:600 16px/40px sans-serif;' +
    'background:#c0392b;color:#fff;padding:0 8px;box-sizing:border-box;visibility:hidden';
  const filterButton = document.createElement('button');
  filterButton.id = 'bench-filter';
  filterButton.textContent = 'Red list';
  filterButton.style.cssText = 'position:fixed;right:12px;bottom:12px;font:14px sans-serif';
  document.body.append(panel, filterButton);
  addEventListener('keydown', (event) => {
    if (event.key === 'Escape') panel.style.visibility = 'hidden';
  });
  return {
    show(text) {
      panel.textContent = text;
      panel.style.visibility = 'visible';
    },
    filterButton,
  };
}

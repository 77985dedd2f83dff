// Vite-only module: the served URLs of the Noto Sans SC subsets, as MapLibre `font-faces`.
import css from '@fontsource/noto-sans-sc/400.css?raw';
import { parseFontFaces } from './fontFaces';
import { LABEL_FONT } from './style';

const files = import.meta.glob<string>(
  '/node_modules/@fontsource/noto-sans-sc/files/*-400-normal.woff2',
  {
    query: '?url',
    import: 'default',
    eager: true,
  },
);
const byName = new Map(Object.entries(files).map(([path, url]) => [path.split('/').pop()!, url]));

export const notoSansScFaces = parseFontFaces(css, LABEL_FONT, (name) => {
  const url = byName.get(name);
  return url && new URL(url, document.baseURI).href;
});

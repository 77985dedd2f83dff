import type { Plugin } from 'vite';
import { DATA_FILE } from './atlasDataPlugin.ts';
import { ATLAS_FONT_WEIGHTS } from './atlasFont.ts';
import { atlasFontStem } from '../lib/fonts/atlasFontFile.ts';

/**
 * Links in the page that start, with the page's own download, what the app fetches only once it
 * runs:
 * - the data (atlasDataPlugin), fetched when every module has loaded; the link's request is the one
 *   `fetch` then uses (same URL, CORS mode and credentials);
 * - the live map's chunk (MapLibre and MapView), imported on demand so that the still map paints
 *   first: the chunk, the chunks it imports (modulepreload) and its stylesheet, which the import
 *   would otherwise fetch one after the other;
 * - the atlas's font (both weights, the first view shows both), which the browser otherwise asks
 *   for only once the app's first layout finds text in it: the web font then came after the still
 *   map's frame, and laying the page out again and redrawing the labels held the live map's start
 *   back (~200 ms at a 4× CPU slow-down).
 */
export function preloadPlugin(componentPath = '/src/components/MapView.svelte'): Plugin {
  let base = '/';
  return {
    name: 'pilot-atlas-preload',
    apply: 'build',
    configResolved(config) {
      base = config.base;
    },
    transformIndexHtml(_html, ctx) {
      const chunk = Object.values(ctx.bundle ?? {}).find(
        (output) => output.type === 'chunk' && output.facadeModuleId?.endsWith(componentPath),
      );
      if (!chunk || chunk.type !== 'chunk')
        throw new Error(`preload: no chunk for ${componentPath}`);
      const data = Object.values(ctx.bundle ?? {}).find(
        (output) => output.type === 'asset' && output.names.includes(DATA_FILE),
      );
      if (!data) throw new Error(`preload: no ${DATA_FILE} in the build`);
      const fonts = ATLAS_FONT_WEIGHTS.map((weight) => {
        const name = `${atlasFontStem(weight)}.woff2`;
        const font = Object.values(ctx.bundle ?? {}).find(
          (output) => output.type === 'asset' && output.names.some((n) => n.endsWith(name)),
        );
        if (!font) throw new Error(`preload: no ${name} in the build`);
        return font.fileName;
      });
      const entries = new Set(
        Object.values(ctx.bundle ?? {}).flatMap((o) =>
          o.type === 'chunk' && o.isEntry ? [o.fileName] : [],
        ),
      );
      const scripts = [chunk.fileName, ...chunk.imports.filter((file) => !entries.has(file))];
      const styles = [...(chunk.viteMetadata?.importedCss ?? [])];
      const link = (attrs: Record<string, string>) => ({
        tag: 'link',
        attrs,
        injectTo: 'head' as const,
      });
      return [
        link({ rel: 'preload', as: 'fetch', crossorigin: '', href: `${base}${data.fileName}` }),
        // Fonts are fetched in CORS mode: the preload too, or the font would be fetched again.
        ...fonts.map((file) =>
          link({
            rel: 'preload',
            as: 'font',
            type: 'font/woff2',
            crossorigin: '',
            href: `${base}${file}`,
          }),
        ),
        ...scripts.map((file) =>
          link({ rel: 'modulepreload', crossorigin: '', href: `${base}${file}` }),
        ),
        // A stylesheet, not a preload: Vite's import helper waits for the `load` event of a
        // stylesheet it adds itself, which came only after the still map's frame (~100 ms of the
        // live map's start); one the page already has, it takes as loaded.
        ...styles.map((file) =>
          link({ rel: 'stylesheet', crossorigin: '', href: `${base}${file}` }),
        ),
      ];
    },
  };
}

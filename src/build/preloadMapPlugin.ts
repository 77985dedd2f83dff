import type { Plugin } from 'vite';

/**
 * The live map's chunk (MapLibre and MapView) is imported on demand so that the static map paints
 * first; links in the page start its download with the page's, not after the app has started — the
 * chunk and the chunks it imports (modulepreload) and its stylesheet, which the import otherwise
 * fetches one after the other.
 */
export function preloadMapPlugin(componentPath = '/src/components/MapView.svelte'): Plugin {
  let base = '/';
  return {
    name: 'pilot-atlas-preload-map',
    apply: 'build',
    configResolved(config) {
      base = config.base;
    },
    transformIndexHtml(_html, ctx) {
      const chunk = Object.values(ctx.bundle ?? {}).find(
        (output) => output.type === 'chunk' && output.facadeModuleId?.endsWith(componentPath),
      );
      if (!chunk || chunk.type !== 'chunk')
        throw new Error(`preload-map: no chunk for ${componentPath}`);
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

import type { Plugin } from 'vite';

/**
 * The live map's chunk (MapLibre and MapView) is imported on demand so that the static map paints
 * first; preload links start its download with the page's, not after the app has started — the
 * chunk, the chunks it imports and its stylesheet, which the import otherwise fetches one after
 * the other.
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
        ...styles.map((file) =>
          link({ rel: 'preload', as: 'style', crossorigin: '', href: `${base}${file}` }),
        ),
      ];
    },
  };
}

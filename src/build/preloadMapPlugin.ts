import type { Plugin } from 'vite';

/**
 * The live map's chunk (MapLibre and MapView) is imported on demand so that the static map paints
 * first; a modulepreload link starts its download with the page's, not after the app has started.
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
      if (!chunk) throw new Error(`preload-map: no chunk for ${componentPath}`);
      return [
        {
          tag: 'link',
          attrs: { rel: 'modulepreload', crossorigin: '', href: `${base}${chunk.fileName}` },
          injectTo: 'head',
        },
      ];
    },
  };
}

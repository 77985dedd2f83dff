import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Plugin } from 'vite';
import { BASEMAP_ELEMENT_ID } from '../lib/staticMap/readBasemap.ts';
import { staticBasemap } from './staticBasemap.ts';

/**
 * Writes the static basemap (simplified provinces and neighbours as SVG path data) into index.html
 * as a JSON data block, so the first paint needs neither a request nor the map library. The block is
 * data, not script: the CSP's `script-src` does not apply to it.
 */
export function staticBasemapPlugin(repoRoot: string): Plugin {
  const files = ['provinces', 'neighbours'].map((name) => join(repoRoot, 'geo', `${name}.geojson`));
  let json: string | null = null;
  const build = () => {
    const [provinces, neighbours] = files.map((file) => JSON.parse(readFileSync(file, 'utf8')));
    // "<" never occurs in path data; escaping it keeps the block from ever closing early.
    return JSON.stringify(staticBasemap(provinces, neighbours)).replace(/</g, '\\u003c');
  };
  return {
    name: 'pilot-atlas-static-basemap',
    configureServer(server) {
      server.watcher.add(files);
      server.watcher.on('change', (path) => {
        if (!files.includes(resolve(path))) return;
        json = null;
        server.environments.client.hot.send({ type: 'full-reload' });
      });
    },
    transformIndexHtml() {
      json ??= build();
      return [
        {
          tag: 'script',
          attrs: { type: 'application/json', id: BASEMAP_ELEMENT_ID },
          children: json,
          injectTo: 'body-prepend',
        },
      ];
    },
  };
}

import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, join } from 'node:path';
import type { Plugin } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { SERVICE_WORKER_FILE } from '../lib/offline/serviceWorkerFile.ts';
import { subsetRanges, subsetStem, subsetsFor } from './fontSubsets.ts';

const require = createRequire(import.meta.url);
/** Both weights the atlas uses: 400 (main.ts), 700 (bold titles; fonts.ts for the export). */
const FONT_CSS = ['400', '700'].map((weight) =>
  readFileSync(require.resolve(`@fontsource/noto-sans-sc/${weight}.css`), 'utf8'),
);
/** The files whose characters the font subsets must cover: data, interface text, the page. */
const TEXT_FILE = /\.(?:js|json|geojson|html|txt)$/;

/**
 * The service worker (Workbox, generated at build time): it precaches the whole build — page,
 * scripts and on-demand chunks, data, basemap — and the Noto Sans SC subsets, in both weights,
 * holding a character of the build's text; other subsets are cached once fetched. A new build's
 * worker installs in the background and takes over once every tab of the atlas is closed, so a
 * page never mixes two builds' chunks.
 */
export function offlinePlugin(): Plugin[] {
  let outDir = 'dist';
  const keepFontsTheBuildNeeds = async <T extends { url: string; size: number }>(entries: T[]) => {
    const text = entries
      .filter((entry) => TEXT_FILE.test(entry.url))
      .map((entry) => readFileSync(join(outDir, entry.url), 'utf8'))
      .join('');
    const needed = new Set(FONT_CSS.flatMap((css) => [...subsetsFor(text, subsetRanges(css))]));
    const manifest = entries.filter((entry) => {
      const stem = entry.url.endsWith('.woff2') ? subsetStem(basename(entry.url)) : undefined;
      return stem === undefined || needed.has(stem);
    });
    return { manifest, warnings: [] };
  };
  return [
    {
      name: 'pilot-atlas-offline-outdir',
      apply: 'build',
      configResolved(config) {
        outDir = config.build.outDir;
      },
    },
    ...VitePWA({
      strategies: 'generateSW',
      filename: SERVICE_WORKER_FILE,
      injectRegister: false, // main.ts registers it once the page has loaded (the CSP has no inline script)
      manifest: false,
      workbox: {
        // .woff files are the fallback for browsers without woff2; a browser with a service worker reads woff2.
        globPatterns: ['**/*.{html,js,css,json,geojson,svg,txt,woff2}'],
        // Offline needs every file the app reads; the excerpts of 3,000 places (the scale run) are
        // ~10 MB. The limit is there to stop a stray giant file, not the atlas's own data.
        maximumFileSizeToCacheInBytes: 32_000_000,
        manifestTransforms: [keepFontsTheBuildNeeds],
        navigateFallback: 'index.html',
        cleanupOutdatedCaches: true,
        // The first visit's page is served by the worker as soon as it is installed, so that what
        // it fetches later (the export's bold subsets) comes from the cache when the network is gone.
        clientsClaim: true,
        skipWaiting: false,
        runtimeCaching: [
          {
            urlPattern: /\.woff2$/,
            handler: 'CacheFirst',
            options: { cacheName: 'font-subsets', expiration: { maxEntries: 250 } },
          },
        ],
      },
    }),
  ];
}

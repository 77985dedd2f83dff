import type { Plugin } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { SERVICE_WORKER_FILE } from '../lib/offline/serviceWorkerFile.ts';
import { isAtlasFontFile } from '../lib/fonts/atlasFontFile.ts';

/** Fontsource's files are for text outside the atlas's subset: cached when first used, not before. */
const isFallbackFont = (url: string) => url.endsWith('.woff2') && !isAtlasFontFile(`/${url}`);

/**
 * The service worker (Workbox, generated at build time): it precaches the whole build — page,
 * scripts and on-demand chunks, data, basemap — and the atlas's Noto Sans SC subset, in both
 * weights, which holds every character of its data and interface; Fontsource's files, for other
 * text (a user's file), are cached once fetched. A new build's
 * worker installs in the background and takes over once every tab of the atlas is closed, so a
 * page never mixes two builds' chunks.
 */
export function offlinePlugin(): Plugin[] {
  const leaveFallbackFonts = async <T extends { url: string; size: number }>(entries: T[]) => ({
    manifest: entries.filter((entry) => !isFallbackFont(entry.url)),
    warnings: [],
  });
  return [
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
        manifestTransforms: [leaveFallbackFonts],
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

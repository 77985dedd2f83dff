import { svelte } from '@sveltejs/vite-plugin-svelte';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import { atlasDataPlugin } from './src/build/atlasDataPlugin.ts';
import { CONTENT_SECURITY_POLICY, cspPlugin } from './src/build/csp.ts';
import { fontSubsetPlugin } from './src/build/fontSubsetPlugin.ts';
import { offlinePlugin } from './src/build/offlinePlugin.ts';
import { preloadPlugin } from './src/build/preloadPlugin.ts';
import { staticBasemapPlugin } from './src/build/staticBasemapPlugin.ts';

const root = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  plugins: [
    svelte(),
    atlasDataPlugin(root),
    fontSubsetPlugin(root),
    staticBasemapPlugin(root),
    preloadPlugin(),
    cspPlugin(),
    offlinePlugin(),
  ],
  server: { host: '127.0.0.1', port: 5173 },
  optimizeDeps: { entries: ['index.html'] },
  preview: {
    host: '127.0.0.1',
    port: 4173,
    headers: { 'Content-Security-Policy': CONTENT_SECURITY_POLICY },
  },
  build: {
    target: 'es2022',
    chunkSizeWarningLimit: 1200,
    // Fonts stay files: the CSP allows fonts from the app's origin only, and one file serves the
    // interface, the canvases and the map.
    assetsInlineLimit: (file) => (/\.woff2?$/.test(file) ? false : undefined),
  },
  worker: { format: 'es' },
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
  },
});

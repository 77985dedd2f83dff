import type { Plugin } from 'vite';

/**
 * The built app's Content-Security-Policy: only its own origin, no eval, no inline script.
 * MapLibre needs `blob:` for images it builds from raster data and for a worker fallback.
 * The dev server has none: Vite's hot reload injects inline code.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'none'",
].join('; ');

/** Writes the policy into the built index.html (a static host serves it with the page). */
export function cspPlugin(): Plugin {
  return {
    name: 'pilot-atlas-csp',
    apply: 'build',
    transformIndexHtml: () => [
      {
        tag: 'meta',
        attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY },
        injectTo: 'head-prepend',
      },
    ],
  };
}

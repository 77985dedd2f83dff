/** The service worker's file, relative to the site's base: written by the build, registered by main.ts. */
export const SERVICE_WORKER_FILE = 'sw.js';

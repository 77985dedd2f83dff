// MapLibre 6 finds its module worker relative to its own URL, which a bundler cannot see;
// Vite bundles the worker itself and we hand MapLibre the served URL.
import { prewarm, setWorkerUrl } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?worker&url';

setWorkerUrl(workerUrl);
// The worker starts with this module, before the first map is made (App.svelte imports the live
// map's module while the still map is drawn), and is kept for every map of the page's life.
prewarm();

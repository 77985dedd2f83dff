// MapLibre 6 finds its module worker relative to its own URL, which a bundler cannot see;
// Vite bundles the worker itself and we hand MapLibre the served URL.
import { setWorkerUrl } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?worker&url';

setWorkerUrl(workerUrl);

/**
 * Reference (a): bare MapLibre. The app's style (buildStyle, the same basemap GeoJSON, pilots
 * GeoJSON and Noto Sans SC font faces) and the app's map options, without Svelte or any app code.
 * `?hidden=1`: its canvas hidden (`visibility: hidden`) until the first idle, as the app hides its
 * live map. A click on a marker writes the place's red-list share beside the map; the filter
 * button sets the global state the app's red-list chip sets.
 */
import { Map as MapLibreMap, setWorkerUrl } from 'maplibre-gl';
import 'maplibre-gl/dist/maplibre-gl.css';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?worker&url';
import provincesUrl from '../../../geo/provinces.geojson?url';
import neighboursUrl from '../../../geo/neighbours.geojson?url';
import pilotsUrl from 'bench-pilots?url';
import { CHINA_BOUNDS } from '../../../src/lib/map/framing';
import { buildStyle } from '../../../src/lib/map/style';
import { benchMark, benchPanel, notoSansScFaces, sizeMapContainer } from './common';

setWorkerUrl(workerUrl);

const absolute = (url: string) => new URL(url, document.baseURI).href;
const style = buildStyle({
  provincesUrl: absolute(provincesUrl),
  neighboursUrl: absolute(neighboursUrl),
  pilots: { type: 'FeatureCollection', features: [] },
  tintedProvinces: __BENCH_TINTED__,
});
// A bare page declares Fontsource's files as `font-faces`, as MapLibre's docs show.
style['font-faces'] = notoSansScFaces;
// The app inlines the places in its bundle; a bare page would fetch the GeoJSON file.
style.sources.pilots = { type: 'geojson', data: absolute(pilotsUrl), promoteId: 'id' };

const container = document.getElementById('map')!;
sizeMapContainer(container);
const hidden = new URLSearchParams(location.search).get('hidden') === '1';
if (hidden) container.style.visibility = 'hidden';
const map = new MapLibreMap({
  container,
  style,
  bounds: CHINA_BOUNDS,
  fitBoundsOptions: { padding: 24 },
  attributionControl: false,
  fadeDuration: 0,
  dragRotate: false,
  pitchWithRotate: false,
});
map.once('load', () => benchMark('first-paint'));
map.once('idle', () => {
  // Shown, and drawn once more: a canvas drawn while hidden is not presented until its next frame.
  if (hidden) {
    container.style.visibility = '';
    map.triggerRepaint();
  }
  benchMark('idle');
  document.documentElement.dataset.map = 'idle';
});
const panel = benchPanel();
map.on('click', 'pilots-circle', (event) => {
  const p = event.features?.[0]?.properties as { red_share?: number | null } | undefined;
  panel.show(p?.red_share == null ? 'not reported' : `Red ${p.red_share}%`);
});
let filtered = false;
panel.filterButton.addEventListener('click', () => {
  filtered = !filtered;
  const matchIds = map
    .querySourceFeatures('pilots')
    .filter((f) => String(f.properties.mechanisms ?? '').includes('red-list'))
    .map((f) => String(f.properties.id));
  map.setGlobalStateProperty('matchIds', filtered ? matchIds : []);
  map.setGlobalStateProperty('filterActive', filtered);
});
(window as unknown as { bench: unknown }).bench = { map };

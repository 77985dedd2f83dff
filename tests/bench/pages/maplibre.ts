/**
 * Reference (a): bare MapLibre. The app's style (buildStyle, the same basemap GeoJSON, pilots
 * GeoJSON and Noto Sans SC font faces) and the app's map options, without Svelte or any app code.
 * Its labels and leader lines are the app's, placed for this map box before the bench loads the
 * page (labelData.ts) and fetched as a JSON file, set on the `labels` and `leaders` sources at the
 * style's first `styledata`, when the app sends its own.
 * `?hidden=1`: its canvas hidden (`visibility: hidden`) until the first idle, as the app hides its
 * live map. A click on a marker writes the place's red-list share beside the map; the filter
 * button sets the global state the app's red-list chip sets (and the labels placed with the filter
 * on, where they differ, as the app sends them).
 */
import { type GeoJSONSource, Map as MapLibreMap, setWorkerUrl } from 'maplibre-gl';
import 'maplibre-gl/dist/maplibre-gl.css';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?worker&url';
import provincesUrl from '../../../geo/provinces.geojson?url';
import neighboursUrl from '../../../geo/neighbours.geojson?url';
import pilotsUrl from 'bench-pilots?url';
import { CHINA_BOUNDS } from '../../../src/lib/map/framing';
import { buildStyle } from '../../../src/lib/map/style';
import { benchMark, benchPanel, notoSansScFaces, sizeMapContainer } from './common';
import { type BenchLabelFile, type BenchLabels, labelFileName } from './labelFile';

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
const labelFile = fetch(
  labelFileName({ width: container.clientWidth, height: container.clientHeight }),
).then((response) => {
  if (!response.ok) throw new Error(`bench: no labels for this map box: ${response.url}`);
  return response.json() as Promise<BenchLabelFile>;
});
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
const setLabels = ({ labels, leaders }: BenchLabels) => {
  (map.getSource('labels') as GeoJSONSource).setData(labels);
  (map.getSource('leaders') as GeoJSONSource).setData(leaders);
};
map.once('styledata', () => void labelFile.then(setLabels));
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
  void labelFile.then((file) => {
    if (file.filtered) setLabels(filtered ? file.filtered : file);
  });
});
(window as unknown as { bench: unknown }).bench = { map };

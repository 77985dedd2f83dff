/**
 * Reference (a): bare MapLibre. The app's style (buildStyle, the same basemap GeoJSON, pilots
 * GeoJSON and Noto Sans SC font faces) and the app's map options, without Svelte or any app code.
 */
import { Map as MapLibreMap, setWorkerUrl } from 'maplibre-gl';
import 'maplibre-gl/dist/maplibre-gl.css';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?worker&url';
import provincesUrl from '../../../geo/provinces.geojson?url';
import neighboursUrl from '../../../geo/neighbours.geojson?url';
import pilotsUrl from 'bench-pilots?url';
import { CHINA_BOUNDS } from '../../../src/lib/map/framing';
import { buildStyle } from '../../../src/lib/map/style';
import { benchMark, notoSansScFaces, sizeMapContainer } from './common';

setWorkerUrl(workerUrl);

const absolute = (url: string) => new URL(url, document.baseURI).href;
const style = buildStyle({
  provincesUrl: absolute(provincesUrl),
  neighboursUrl: absolute(neighboursUrl),
  pilots: { type: 'FeatureCollection', features: [] },
  tintedProvinces: __BENCH_TINTED__,
  fontFaces: notoSansScFaces,
});
// The app inlines the places in its bundle; a bare page would fetch the GeoJSON file.
style.sources.pilots = { type: 'geojson', data: absolute(pilotsUrl), promoteId: 'id' };

const container = document.getElementById('map')!;
sizeMapContainer(container);
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
  benchMark('idle');
  document.documentElement.dataset.map = 'idle';
});
(window as unknown as { bench: unknown }).bench = { map };

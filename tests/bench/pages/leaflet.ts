/**
 * Reference (b): Leaflet drawing the same GeoJSON (neighbours, provinces, pilots) as vector layers
 * on one canvas, with the app's colours, marker sizes and bilingual labels (permanent tooltips in
 * Noto Sans SC, loaded as the same unicode-range subsets the map uses).
 */
import L from 'leaflet';
import 'leaflet/dist/leaflet.css';
import type { Feature, FeatureCollection, Point } from 'geojson';
import provincesUrl from '../../../geo/provinces.geojson?url';
import neighboursUrl from '../../../geo/neighbours.geojson?url';
import pilotsUrl from 'bench-pilots?url';
import { CHINA_BOUNDS } from '../../../src/lib/map/framing';
import { palette as c } from '../../../src/lib/cartography/palette';
import { LABEL_FONT } from '../../../src/lib/map/style';
import { benchMark, notoSansScFaces, sizeMapContainer } from './common';
import { levelRadius } from '../../../src/lib/cartography/markers';

interface PilotProps {
  id: string;
  name_en: string;
  name_zh: string | null;
  level: string | null;
  emphasis: string;
}

const FILL: Record<string, string> = {
  red: c.redList,
  black: c.blackList,
  even: c.even,
};

const faces = notoSansScFaces[LABEL_FONT];
for (const face of Array.isArray(faces) ? faces : []) {
  const range = face['unicode-range'];
  document.fonts.add(
    new FontFace(LABEL_FONT, `url(${face.url})`, range ? { unicodeRange: range.join(',') } : {}),
  );
}

const style = document.createElement('style');
style.textContent = `.bench-label{font:12.5px/1.2 '${LABEL_FONT}',sans-serif;color:${c.label};
background:none;border:none;box-shadow:none;padding:0;text-shadow:0 0 2px ${c.labelHalo},0 0 2px ${c.labelHalo};
white-space:pre}.bench-label::before{display:none}`;
document.head.append(style);

const container = document.getElementById('map')!;
sizeMapContainer(container);
const [west, south, east, north] = CHINA_BOUNDS;
const map = L.map(container, {
  preferCanvas: true,
  attributionControl: false,
  zoomControl: false,
  zoomSnap: 0,
  fadeAnimation: false,
  zoomAnimation: false,
});
map.fitBounds(
  [
    [south, west],
    [north, east],
  ],
  { padding: [24, 24], animate: false },
);
(container as HTMLElement).style.background = c.sea;

const getJson = async (url: string) => (await fetch(url)).json() as Promise<FeatureCollection>;
const [neighbours, provinces, pilots] = await Promise.all([
  getJson(neighboursUrl),
  getJson(provincesUrl),
  getJson(pilotsUrl),
]);

L.geoJSON(neighbours, {
  style: { fillColor: c.neighbourLand, fillOpacity: 1, color: c.neighbourLine, weight: 1 },
  interactive: false,
}).addTo(map);
const tinted = new Set(__BENCH_TINTED__);
L.geoJSON(provinces, {
  style: (f) => ({
    fillColor: tinted.has(String(f?.properties?.id)) ? c.provinceTint : c.provinceFill,
    fillOpacity: 1,
    color: c.provinceLine,
    weight: 0.7,
  }),
  interactive: false,
}).addTo(map);
const features = (pilots.features as Feature<Point, PilotProps>[])
  .slice()
  .sort((a, b) => levelRadius(a.properties) - levelRadius(b.properties));
const sorted: FeatureCollection<Point, PilotProps> = { type: 'FeatureCollection', features };
L.geoJSON(sorted, {
  pointToLayer: (feature: Feature<Point, PilotProps>, latlng) => {
    const p = feature.properties;
    return L.circleMarker(latlng, {
      radius: levelRadius(p),
      fillColor: FILL[p.emphasis] ?? c.notReported,
      fillOpacity: 1,
      color: c.markerStroke,
      weight: 1.5,
    }).bindTooltip(p.name_zh ? `${p.name_en}\n${p.name_zh}` : p.name_en, {
      permanent: true,
      direction: 'right',
      className: 'bench-label',
      offset: [8, 0],
    });
  },
}).addTo(map);

// The canvas renderer draws in its own animation frame, requested while the layers were added;
// this frame callback runs after it, so the layers are on the canvas (like MapLibre's `load`).
const labelText = features.map((f) => `${f.properties.name_en}${f.properties.name_zh ?? ''}`);
requestAnimationFrame(() => {
  benchMark('first-paint');
  // Labels are drawn for good once the font subsets they need have arrived.
  void document.fonts.load(`12.5px "${LABEL_FONT}"`, labelText.join('')).then(() =>
    requestAnimationFrame(() => {
      benchMark('idle');
      document.documentElement.dataset.map = 'idle';
    }),
  );
});
(window as unknown as { bench: unknown }).bench = { map };

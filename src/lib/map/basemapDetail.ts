// Vite-only module: the zoomed-in basemap's files, fetched when first needed.
import type { GeoJSONSource, Map as MapLibreMap } from 'maplibre-gl';
import provinceLabelsUrl from '../../../geo/province-labels.geojson?url';
import watersUrl from '../../../geo/waters.geojson?url';
import { DETAIL_ZOOM } from '../cartography/basemap';

/** The served URL of each detail source's file (hashed in a build; precached for offline use). */
export const detailUrls: Record<'waters' | 'province-labels', string> = {
  waters: new URL(watersUrl, document.baseURI).href,
  'province-labels': new URL(provinceLabelsUrl, document.baseURI).href,
};

/**
 * Fills the `waters` and `province-labels` sources (empty in the style, their layers already in
 * it) the first time the map is at DETAIL_ZOOM or closer, so that the opening view never fetches
 * them. Call once the style has loaded; returns a function that stops waiting.
 */
export function loadDetailWhenZoomedIn(map: MapLibreMap): () => void {
  const check = () => {
    if (map.getZoom() < DETAIL_ZOOM) return;
    map.off('zoom', check);
    for (const [id, url] of Object.entries(detailUrls))
      (map.getSource(id) as GeoJSONSource | undefined)?.setData(url);
  };
  map.on('zoom', check);
  check();
  return () => map.off('zoom', check);
}

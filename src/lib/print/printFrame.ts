// Browser-only: the printed map, framed to the page rather than to the screen.
import type { Map as MapLibreMap } from 'maplibre-gl';
import type { Place } from '../data/schema';
import { inContext } from '../export/framing';
import type { LngLat } from '../cartography/projection';

/**
 * The printed map's size in CSS px. Printed across the page (at least 180 mm: print.css sets 12 mm
 * margins on A4 or Letter), the map's 12.5 px labels come out at 8 pt or more.
 */
export const PRINT_MAP = { width: 800, height: 600, pixelRatio: 2 } as const;

/** What the printed map frames: the selected place with its nearest neighbours, else the matching places. */
export function printedPoints(
  all: readonly Place[],
  matching: readonly Place[],
  selected: Place | undefined,
): LngLat[] {
  const at = (p: Place): LngLat => [p.location.lon, p.location.lat];
  if (selected) return inContext(at(selected), all.map(at));
  return (matching.length ? matching : all).map(at);
}

/**
 * A PNG of the map framed on `points` at the printed size, drawn synchronously (for `beforeprint`):
 * the map is resized and moved for one frame, then put back as it was.
 */
export function framedSnapshot(map: MapLibreMap, points: readonly LngLat[]): string {
  const container = map.getContainer();
  const saved = {
    css: container.style.cssText,
    center: map.getCenter(),
    zoom: map.getZoom(),
    pixelRatio: map.getPixelRatio(),
  };
  try {
    // Sharp on paper whatever the screen (a print pass can report a pixel ratio under 1).
    map.setPixelRatio(PRINT_MAP.pixelRatio);
    // Important: print media hides the live map, and a hidden map would measure 0 × 0.
    container.style.setProperty('display', 'block', 'important');
    container.style.setProperty('width', `${PRINT_MAP.width}px`, 'important');
    container.style.setProperty('height', `${PRINT_MAP.height}px`, 'important');
    map.resize();
    if (points.length) {
      const lons = points.map((p) => p[0]);
      const lats = points.map((p) => p[1]);
      map.fitBounds(
        [
          [Math.min(...lons), Math.min(...lats)],
          [Math.max(...lons), Math.max(...lats)],
        ],
        // Labels sit to the right of their markers.
        { padding: { top: 40, bottom: 40, left: 40, right: 170 }, maxZoom: 7, animate: false },
      );
    }
    map.redraw();
    return map.getCanvas().toDataURL('image/png');
  } finally {
    container.style.cssText = saved.css;
    map.setPixelRatio(saved.pixelRatio);
    map.resize();
    map.jumpTo({ center: saved.center, zoom: saved.zoom });
    map.redraw();
  }
}

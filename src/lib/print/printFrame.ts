// The printed map, framed to the page rather than to the screen. `framedSnapshot` is browser-only.
import type { Map as MapLibreMap } from 'maplibre-gl';
import type { Place } from '../data/schema';
import { inContext, MAX_FIT_ZOOM } from '../export/framing';
import { fontOf } from '../cartography/draw';
import { fallbackFontsFor } from '../fonts/fallbackFonts';
import { LABEL, labelLines } from '../cartography/labels';
import { type Camera, fitCamera, type LngLat, type Viewport } from '../cartography/projection';

/**
 * The printed map's size in CSS px. Printed across the page (at least 180 mm: print.css sets 12 mm
 * margins on A4 or Letter), the map's 12.5 px labels come out at 8 pt or more.
 */
export const PRINT_MAP = { width: 800, height: 600, pixelRatio: 2 } as const;

/** Room around the framed places for their labels, which the placement puts on either side. */
const PRINT_PADDING = { top: 50, bottom: 50, left: 120, right: 120 } as const;

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

/** The printed map's camera: the points as large as the page's map holds them with their labels. */
export function printCamera(points: readonly LngLat[]): Camera {
  return fitCamera(points, PRINT_MAP, { padding: PRINT_PADDING, maxZoom: MAX_FIT_ZOOM });
}

/**
 * Loads the Noto Sans SC subsets of every place's label, in every label language: the printed
 * labels are drawn on a canvas during `beforeprint`, which cannot wait for a font (the font is
 * split by unicode range; a canvas draws what is not loaded yet as a box).
 */
export function loadLabelFonts(places: readonly Place[]): void {
  const text = places.flatMap((p) => labelLines(p, 'both')).join(' ');
  fallbackFontsFor(text)
    .then(() => document.fonts.load(fontOf(LABEL.size, 400), text))
    .catch(() => {
      // A subset that cannot be fetched (offline, not cached) leaves those labels to the fallback.
    });
}

/** The live map's layers that draw the screen's label placement: the print draws its own. */
const LABEL_LAYERS = ['labels-symbol', 'leaders-line'];

/**
 * A PNG of the map at the printed size, shown by `camera`, drawn synchronously (for `beforeprint`):
 * the map is resized and moved for one frame, then put back as it was. The labels placed for the
 * screen are left out of that frame (their source's tiles for the printed zoom would load only
 * after it); `drawLabels` draws the ones placed for the printed camera over it, in CSS px.
 */
export function framedSnapshot(
  map: MapLibreMap,
  camera: Camera,
  drawLabels: (ctx: CanvasRenderingContext2D, camera: Camera, viewport: Viewport) => void,
): string {
  const container = map.getContainer();
  const saved = {
    css: container.style.cssText,
    center: map.getCenter(),
    zoom: map.getZoom(),
    pixelRatio: map.getPixelRatio(),
    visibility: LABEL_LAYERS.map(
      (id) => map.getLayoutProperty(id, 'visibility') as 'visible' | 'none' | undefined,
    ),
  };
  try {
    // Important: print media hides the live map, and MapLibre takes a container it measures at
    // 0 × 0 for 400 × 300 px: the size is set before anything makes the map measure it.
    container.style.setProperty('display', 'block', 'important');
    container.style.setProperty('width', `${PRINT_MAP.width}px`, 'important');
    container.style.setProperty('height', `${PRINT_MAP.height}px`, 'important');
    // Sharp on paper whatever the screen (a print pass can report a pixel ratio under 1).
    map.setPixelRatio(PRINT_MAP.pixelRatio);
    map.resize();
    map.jumpTo({ center: camera.center, zoom: camera.zoom });
    for (const id of LABEL_LAYERS) map.setLayoutProperty(id, 'visibility', 'none');
    map.redraw();
    const gl = map.getCanvas();
    const canvas = document.createElement('canvas');
    canvas.width = gl.width;
    canvas.height = gl.height;
    const ctx = canvas.getContext('2d');
    if (!ctx) return gl.toDataURL('image/png');
    ctx.drawImage(gl, 0, 0);
    const viewport = { width: container.clientWidth, height: container.clientHeight };
    ctx.scale(gl.width / viewport.width, gl.height / viewport.height);
    const { lng, lat } = map.getCenter();
    drawLabels(ctx, { center: [lng, lat], zoom: map.getZoom() }, viewport);
    return canvas.toDataURL('image/png');
  } finally {
    LABEL_LAYERS.forEach((id, i) =>
      map.setLayoutProperty(id, 'visibility', saved.visibility[i] ?? 'visible'),
    );
    container.style.cssText = saved.css;
    map.setPixelRatio(saved.pixelRatio);
    map.resize();
    map.jumpTo({ center: saved.center, zoom: saved.zoom });
    map.redraw();
  }
}

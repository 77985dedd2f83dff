// Browser-only: draws the export's map with a dedicated, hidden MapLibre map.
import { type ErrorEvent, type GeoJSONSource, Map as MapLibreMap } from 'maplibre-gl';
import { toPilotsGeoJSON } from '../data/pilotsGeoJSON';
import { appStyleInput } from '../map/appStyle';
import type { Palette } from '../map/palette';
import { buildStyle } from '../map/style';
import type { Camera } from './mercator';
import { type ExportScene, isUserPlace } from './scene';
import { MAX_PIXEL_SIDE } from './sizes';

export interface MapRender {
  /** The map's canvas: width·scale × height·scale pixels, kept after drawing. */
  canvas: HTMLCanvasElement;
  /** Where MapLibre put each place, in CSS px: for checking that the SVG's projection agrees. */
  projected: Record<string, [number, number]>;
  remove: () => void;
}

const IDLE_TIMEOUT_MS = 60_000;

function hiddenContainer(width: number, height: number): HTMLDivElement {
  const container = document.createElement('div');
  container.setAttribute('aria-hidden', 'true');
  container.inert = true;
  // CSSOM, not a style attribute: the CSP forbids inline styles.
  Object.assign(container.style, {
    position: 'fixed',
    left: `${-width - 1000}px`,
    top: '0',
    width: `${width}px`,
    height: `${height}px`,
    pointerEvents: 'none',
  });
  document.body.append(container);
  return container;
}

function withTimeout<T>(promise: Promise<T>, what: string): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`${what} took over a minute`)),
      IDLE_TIMEOUT_MS,
    );
    promise.then(
      (value) => (clearTimeout(timer), resolve(value)),
      (error: unknown) => (clearTimeout(timer), reject(error)),
    );
  });
}

function idle(map: MapLibreMap): Promise<unknown> {
  const done = map.once('idle');
  map.triggerRepaint();
  return withTimeout(done, 'Drawing the map');
}

/**
 * Renders the map of an export at `scale` × its CSS size, with the app's style, global state and
 * selection, at `camera`; resolves once MapLibre is idle (everything loaded and drawn).
 */
export async function renderMap(
  scene: ExportScene,
  size: { width: number; height: number; scale: number },
  camera: Camera,
  palette: Palette,
): Promise<MapRender> {
  const container = hiddenContainer(size.width, size.height);
  const map = new MapLibreMap({
    container,
    style: buildStyle({ ...appStyleInput(scene.data.places), palette }),
    // Loading takes many frames; they are drawn at 1× and only the last one at the full scale.
    pixelRatio: 1,
    canvasContextAttributes: { preserveDrawingBuffer: true },
    maxCanvasSize: [MAX_PIXEL_SIDE, MAX_PIXEL_SIDE],
    interactive: false,
    attributionControl: false,
    fadeDuration: 0,
    center: camera.center,
    zoom: camera.zoom,
  });
  const remove = () => {
    map.remove();
    container.remove();
  };
  try {
    let failure: string | null = null;
    // Listening keeps MapLibre from logging source errors itself; the export reports them.
    map.on('error', (event: ErrorEvent) => (failure ??= event.error.message));
    await withTimeout(map.once('load'), 'Loading the map');
    map.setGlobalStateProperty('matchIds', scene.matchIds);
    map.setGlobalStateProperty('filterActive', scene.filterActive);
    map.setGlobalStateProperty('labelLang', scene.labelLang);
    // The selected place's label wins label collisions, as on screen.
    map.setGlobalStateProperty('selectedId', scene.selectedId ?? '');
    if (scene.userIds.length) {
      const user = scene.places.filter((p) => isUserPlace(scene, p.id));
      map.getSource<GeoJSONSource>('user')?.setData(toPilotsGeoJSON(user));
    }
    if (scene.selectedId) {
      const source = isUserPlace(scene, scene.selectedId) ? 'user' : 'pilots';
      map.setFeatureState({ source, id: scene.selectedId }, { selected: true });
    }
    map.jumpTo({ center: camera.center, zoom: camera.zoom });
    await idle(map);
    if (size.scale !== 1) {
      const done = idle(map);
      map.setPixelRatio(size.scale);
      await done;
    }
    if (failure) throw new Error(failure);
    const projected: Record<string, [number, number]> = {};
    for (const place of scene.places) {
      const point = map.project([place.location.lon, place.location.lat]);
      projected[place.id] = [point.x, point.y];
    }
    return { canvas: map.getCanvas(), projected, remove };
  } catch (error) {
    remove();
    throw error;
  }
}

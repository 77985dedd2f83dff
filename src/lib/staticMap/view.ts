import {
  type Camera,
  fitCamera,
  pixelTransform,
  projector,
  type Viewport,
} from '../cartography/projection';
import type { MapView } from '../logic/urlState';
import { CHINA_BOUNDS } from '../map/framing';
import { STATIC_ZOOM } from './basemap';

/** The map's opening fit: CHINA_BOUNDS with 24 px padding (MapView's `bounds` and `fitBoundsOptions`). */
export const OPENING_PADDING = 24;

/** The camera the live map opens with: the one a link asks for, or China fitted to the viewport. */
export function openingCamera(viewport: Viewport, requested: MapView | null): Camera {
  if (requested) return { center: [requested.lon, requested.lat], zoom: requested.zoom };
  const [west, south, east, north] = CHINA_BOUNDS;
  const p = OPENING_PADDING;
  return fitCamera(
    [
      [west, south],
      [east, north],
    ],
    viewport,
    { padding: { top: p, right: p, bottom: p, left: p }, maxZoom: 22 },
  );
}

/**
 * The transform (translate by tx, ty, then scale by k) that puts the static basemap's paths (world
 * pixels at STATIC_ZOOM) where the live map draws them, and the projection for points.
 */
export function staticView(camera: Camera, viewport: Viewport) {
  const { tx, ty } = pixelTransform(camera, viewport);
  const k = 2 ** (camera.zoom - STATIC_ZOOM);
  return { tx, ty, k, zoom: camera.zoom, project: projector(camera, viewport) };
}

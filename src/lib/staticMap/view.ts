import {
  type Camera,
  fitCamera,
  pixelTransform,
  projector,
  type Viewport,
} from '../cartography/projection';
import type { MapView } from '../logic/urlState';
import { type OpeningFit, openingFit } from '../map/framing';
import { STATIC_ZOOM } from './basemap';

/** The camera the live map opens with: the one a link asks for, or `fit` (openingFit) in the viewport. */
export function openingCamera(
  viewport: Viewport,
  requested: MapView | null,
  fit: OpeningFit = openingFit([], false),
): Camera {
  if (requested) return { center: [requested.lon, requested.lat], zoom: requested.zoom };
  return fitCamera(fit.bounds, viewport, { padding: fit.padding, maxZoom: 22 });
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

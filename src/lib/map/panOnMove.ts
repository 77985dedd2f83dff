import type { Map as MapLibreMap } from 'maplibre-gl';

/** The part of MapLibre's mouse pan handler (DragHandler) this module changes. */
interface MousePan {
  _activateOnStart?: unknown;
}

/**
 * Makes a mouse press on the map start a pan only once the pointer moves, as a rotation does.
 *
 * Why: MapLibre's mouse pan is active from the mousedown, so every mouseup ends a pan, and the end
 * of a pan draws a frame even when nothing moved: same pixels, a full redraw. That frame lands in
 * the click's own frame, and with software WebGL (SwiftShader) the page's frame is presented only
 * once the map's is drawn, so the panel answering a click on a marker waited for a redraw of the
 * whole map (traces: 150–700 ms of SwapBuffers at 1×). A drag still pans from its first move; a
 * press still stops a moving map, as MapLibre's pan did on mousedown.
 *
 * Returns a cleanup, or null when MapLibre's handler is not the one this was written for
 * (MapLibre 6: `dragPan._mousePan._activateOnStart`): then nothing is changed.
 */
export function panOnMoveOnly(map: MapLibreMap): (() => void) | null {
  const mousePan = (map.dragPan as unknown as { _mousePan?: MousePan })._mousePan;
  if (typeof mousePan?._activateOnStart !== 'boolean') return null;
  mousePan._activateOnStart = false;
  const container = map.getCanvasContainer();
  const stopMoving = (event: MouseEvent) => {
    if (event.button === 0 && map.isMoving()) map.stop();
  };
  container.addEventListener('mousedown', stopMoving);
  return () => {
    container.removeEventListener('mousedown', stopMoving);
    mousePan._activateOnStart = true;
  };
}

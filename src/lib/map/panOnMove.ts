import type { Map as MapLibreMap } from 'maplibre-gl';

/** The part of MapLibre's mouse pan handler (DragHandler) this module changes. */
interface MousePan {
  _activateOnStart?: unknown;
}

/** The parts of MapLibre's touch pan handler (TouchPanHandler) this module reads and changes. */
interface TouchPan {
  isActive?: () => boolean;
  _sum?: { mag(): number };
  _clickTolerance?: unknown;
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
 * A finger is treated alike: MapLibre's touch pan counts as active from the touchstart, so a tap
 * ended a pan and redrew the map before the panel answering it; it now counts as a pan once the
 * finger has moved beyond MapLibre's click tolerance.
 *
 * Returns a cleanup, or null when MapLibre's handlers are not the ones this was written for
 * (MapLibre 6: `dragPan._mousePan._activateOnStart`, `dragPan._touchPan._sum`): then nothing is
 * changed.
 */
export function panOnMoveOnly(map: MapLibreMap): (() => void) | null {
  const { _mousePan: mousePan, _touchPan: touchPan } = map.dragPan as unknown as {
    _mousePan?: MousePan;
    _touchPan?: TouchPan;
  };
  if (typeof mousePan?._activateOnStart !== 'boolean') return null;
  const touchIsActive = touchPan?.isActive;
  if (
    typeof touchIsActive !== 'function' ||
    typeof touchPan?._sum?.mag !== 'function' ||
    typeof touchPan._clickTolerance !== 'number'
  )
    return null;
  const tolerance = touchPan._clickTolerance;
  mousePan._activateOnStart = false;
  // An own property over the prototype's method; deleting it restores MapLibre's.
  touchPan.isActive = function (this: TouchPan) {
    return touchIsActive.call(this) && this._sum!.mag() >= tolerance;
  };
  const container = map.getCanvasContainer();
  const stopMoving = (event: MouseEvent | TouchEvent) => {
    if ((!('button' in event) || event.button === 0) && map.isMoving()) map.stop();
  };
  container.addEventListener('mousedown', stopMoving);
  container.addEventListener('touchstart', stopMoving, { passive: true });
  return () => {
    container.removeEventListener('mousedown', stopMoving);
    container.removeEventListener('touchstart', stopMoving);
    mousePan._activateOnStart = true;
    delete touchPan.isActive;
  };
}

/** How far a bottom sheet is open: its handle and title, half the map, or the whole map. */
export type Snap = 'peek' | 'half' | 'full';

export const SNAPS: readonly Snap[] = ['peek', 'half', 'full'];

/** The state a tap on the handle moves to: peek → half → full → peek. */
export function nextSnap(snap: Snap): Snap {
  return SNAPS[(SNAPS.indexOf(snap) + 1) % SNAPS.length]!;
}

/** A drag shorter than this (px) is a tap, not a drag. */
export const DRAG_THRESHOLD = 8;

/**
 * Where a sheet settles after a drag that left it `height` px tall: at the snap whose height is
 * nearest, or where it was if the drag was too short to be one.
 */
export function snapAfterDrag(
  from: Snap,
  dragged: number,
  height: number,
  heights: Readonly<Record<Snap, number>>,
): Snap {
  if (Math.abs(dragged) < DRAG_THRESHOLD) return from;
  let best: Snap = from;
  for (const snap of SNAPS)
    if (Math.abs(heights[snap] - height) < Math.abs(heights[best] - height)) best = snap;
  return best;
}

/** The sheet's height while a finger drags it, kept between its peek and full heights. */
export function dragHeight(start: number, dy: number, heights: Readonly<Record<Snap, number>>) {
  return Math.min(heights.full, Math.max(heights.peek, start - dy));
}

/** A horizontal swipe of at least this many px, mostly sideways, moves a presentation step. */
export const SWIPE_DISTANCE = 50;

/** A swipe's direction: 'next' for right to left, 'previous' for left to right, else null. */
export function swipeDirection(dx: number, dy: number): 'next' | 'previous' | null {
  if (Math.abs(dx) < SWIPE_DISTANCE || Math.abs(dx) < 1.5 * Math.abs(dy)) return null;
  return dx < 0 ? 'next' : 'previous';
}

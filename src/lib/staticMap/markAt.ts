import type { PlaceMark } from '../cartography/marks';
import { markerReach } from '../cartography/markers';

/** How far outside a marker's outline a click or tap still selects it, in CSS px. */
export const HIT_SLOP = 2;

/**
 * The place whose marker is drawn at (x, y), in the still map's CSS px: the topmost one (the last
 * drawn) whose outline, slop included, holds the point; null where no marker is.
 */
export function markAt(marks: readonly PlaceMark[], x: number, y: number): string | null {
  for (let i = marks.length - 1; i >= 0; i--) {
    const { x: cx, y: cy, marker } = marks[i]!;
    // The outline goes a whole stroke width beyond the radius, as MapLibre draws it; a ring further.
    const reach = markerReach(marker) + HIT_SLOP;
    const dx = x - cx;
    const dy = y - cy;
    if (dx * dx + dy * dy <= reach * reach) return marks[i]!.id;
  }
  return null;
}

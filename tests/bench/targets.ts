/** Which marker the bench clicks, and which it watches dim: chosen from the dataset on screen. */
import type { Box, Point } from './screencast.ts';

/** A place the bench looks for on screen. */
export interface PlacePoint {
  id: string;
  lon: number;
  lat: number;
  /** Marker radius, px (the style's levelRadius). */
  radius: number;
  redList: boolean;
  /** The red-list share its panel shows ("Red list N%"), or null when not reported. */
  redShare: number | null;
}

/** Clicked when it qualifies (the real data): the "click on Wuhan's marker → 72 %". */
export const PREFERRED_CLICK = 'wuhan';

/**
 * Filter clicks per load (on, off, …). Each filtered frame waits for MapLibre's worker and lands in
 * one of the GPU's frames, 300–400 ms apart at 4× on software WebGL: a single click per load reads
 * mostly where it fell between two of them.
 */
export const FILTER_CLICKS_PER_LOAD = 4;

export const inView = (p: Point, box: Box): boolean =>
  p.x >= box.x + 2 &&
  p.y >= box.y + 2 &&
  p.x <= box.x + box.width - 2 &&
  p.y <= box.y + box.height - 2;

/**
 * Places a click at the marker's centre selects on every page, best first: in view, with a red-list
 * share to show, and no other marker drawn over that centre (the app picks the nearest marker, the
 * bare pages the topmost under the pointer). The preferred place first, then the largest markers
 * (easiest to hit), then data order.
 */
export function clickCandidates<P extends Point & PlacePoint>(
  points: P[],
  box: Box,
  preferred = PREFERRED_CLICK,
): P[] {
  const shown = points.filter((p) => inView(p, box));
  return shown
    .filter(
      (p) =>
        p.redShare !== null &&
        shown.every((q) => q === p || Math.hypot(q.x - p.x, q.y - p.y) > q.radius + 2),
    )
    .map((p, order) => ({ p, order }))
    .sort(
      (a, b) =>
        Number(b.p.id === preferred) - Number(a.p.id === preferred) ||
        b.p.radius - a.p.radius ||
        a.order - b.order,
    )
    .map(({ p }) => p);
}

/** The markers the red-list filter fades: in view and without the red-list mechanism. */
export const fadedByFilter = <P extends Point & PlacePoint>(points: P[], box: Box): P[] =>
  points.filter((p) => !p.redList && inView(p, box));

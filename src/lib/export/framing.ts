import {
  type Camera,
  fitCamera,
  fromWorld,
  type LngLat,
  type Padding,
  projector,
  toWorld,
  unprojector,
  type Viewport,
  worldSize,
} from '../cartography/projection';

/** What a slide's map shows. */
export type Framing = 'all' | 'selected' | 'current';

/** How many of the nearest other places "Selected place in context" keeps in view. */
export const NEIGHBOURS = 2;

/** Places closer than this (world units, about 50 km) are one spot: a city and its villages. */
const SAME_SPOT = 0.0014;

/** The widest zoom for one place or a tight cluster: a city with its surroundings. */
export const MAX_FIT_ZOOM = 7;

export interface FramingInput {
  framing: Framing;
  /** The places the slide is about (the matching ones, or all). */
  places: readonly LngLat[];
  selected: LngLat | null;
  /** The map's camera on screen and its size, for "Current view". */
  current: { camera: Camera; viewport: Viewport } | null;
  /** Shown when there are no places to frame. */
  fallback: readonly LngLat[];
  /** The whole image. */
  slide: Viewport;
  /** From each edge of the image: what the title, credits, panel and labels take, plus margins. */
  keepOut: Padding;
  /**
   * The middle of the land the places sit in. Where "All places" leaves room on one axis, the map
   * moves towards it (as far as the places stay in the free area), so that the room shows the
   * mainland around the places rather than the sea beyond them.
   */
  anchor?: LngLat;
}

function distance(a: LngLat, b: LngLat): number {
  const [ax, ay] = toWorld(a);
  const [bx, by] = toWorld(b);
  return Math.hypot(ax - bx, ay - by);
}

/**
 * The points that frame a place in context: the place, the places at its spot, its `NEIGHBOURS`
 * nearest other places, and those mirrored through it, so that it sits in the middle.
 */
export function inContext(selected: LngLat, places: readonly LngLat[]): LngLat[] {
  const [sx, sy] = toWorld(selected);
  const others = places
    .filter((p) => p[0] !== selected[0] || p[1] !== selected[1])
    .map((p) => ({ p, d: distance(p, selected) }))
    .sort((a, b) => a.d - b.d);
  const spot = others.filter((o) => o.d < SAME_SPOT).map((o) => o.p);
  const near = others
    .filter((o) => o.d >= SAME_SPOT)
    .slice(0, NEIGHBOURS)
    .map((o) => o.p);
  const mirrored = [...spot, ...near].map((p) => {
    const [x, y] = toWorld(p);
    return fromWorld([2 * sx - x, 2 * sy - y]);
  });
  return [selected, ...spot, ...near, ...mirrored];
}

/** The corners of what a camera shows in a viewport. */
export function visibleCorners(camera: Camera, viewport: Viewport): [LngLat, LngLat] {
  const size = worldSize(camera.zoom);
  const [cx, cy] = toWorld(camera.center);
  const dx = viewport.width / 2 / size;
  const dy = viewport.height / 2 / size;
  return [fromWorld([cx - dx, cy - dy]), fromWorld([cx + dx, cy + dy])];
}

/**
 * The slide's camera: the framed points as large as they go in the image less `keepOut`, so that
 * no band, legend or callout covers a place. "Current view" fits what the screen showed there
 * (at any zoom); the others stop at `MAX_FIT_ZOOM` so that one place is not shown at street level.
 */
export function frameSlide(input: FramingInput): Camera {
  const fit = (points: readonly LngLat[], maxZoom = MAX_FIT_ZOOM) =>
    fitCamera(points, input.slide, { padding: input.keepOut, maxZoom, minZoom: 1 });
  const all = input.places.length ? input.places : input.fallback;
  if (input.framing === 'current' && input.current)
    return fit(visibleCorners(input.current.camera, input.current.viewport), 22);
  if (input.framing === 'selected' && input.selected)
    return fit(inContext(input.selected, input.places));
  const camera = fit(all);
  return input.anchor ? leanTowards(camera, all, input.anchor, input.slide, input.keepOut) : camera;
}

/**
 * Moves the camera so that `anchor` comes as near the middle of the free area as the points
 * allow: they stay inside it (or, where they did not fit, the camera stays).
 */
export function leanTowards(
  camera: Camera,
  points: readonly LngLat[],
  anchor: LngLat,
  slide: Viewport,
  keepOut: Padding,
): Camera {
  const project = projector(camera, slide);
  const pixels = points.map(project);
  const [ax, ay] = project(anchor);
  const shift = (values: number[], low: number, high: number, from: number) => {
    const [min, max] = [Math.min(...values), Math.max(...values)];
    if (min < low - 0.5 || max > high + 0.5) return 0;
    return Math.min(high - max, Math.max(low - min, (low + high) / 2 - from));
  };
  const dx = shift(
    pixels.map((p) => p[0]),
    keepOut.left,
    slide.width - keepOut.right,
    ax,
  );
  const dy = shift(
    pixels.map((p) => p[1]),
    keepOut.top,
    slide.height - keepOut.bottom,
    ay,
  );
  const center = unprojector(camera, slide)([slide.width / 2 - dx, slide.height / 2 - dy]);
  return { center, zoom: camera.zoom };
}

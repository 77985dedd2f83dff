import type { Place } from '../data/schema';
import { labelSortKey } from './labels';
import { toWorld, worldSize } from './projection';

/**
 * Where places crowd, which of their labels the map considers at each zoom: at most
 * LABELS_PER_CELL labels per LABEL_CELL-pixel square, the highest-priority places first (as
 * `symbol-sort-key` orders them). MapLibre's collision test then hides overlapping ones as before;
 * this only spares it — and the GPU, which draws hidden labels' glyphs too — thousands of labels
 * that could never show at a country-wide view. Looser than the collision test, so a dataset of a
 * few dozen places loses no label to it.
 */
export const LABEL_CELL = 32;
export const LABELS_PER_CELL = 3;
/** From this zoom on, every place's label is considered. */
export const ALL_LABELS_ZOOM = 7;

/**
 * The lowest whole zoom at which each place's label is drawn, by id. MapLibre evaluates a layer's
 * filter at the tile's whole zoom, so a label shows where `floor(zoom) >= labelZoom`. Once shown, a
 * label stays at every higher zoom.
 */
export function labelZooms(places: readonly Place[]): ReadonlyMap<string, number> {
  let zooms = computed.get(places);
  if (!zooms) computed.set(places, (zooms = compute(places)));
  return zooms;
}

/**
 * Label zooms of places in several sources (the dataset's, the user's own): each source apart.
 * With one source of places, its own (cached) map: no copy of thousands of entries.
 */
export function labelZoomsBySource(
  ...sources: readonly (readonly Place[])[]
): ReadonlyMap<string, number> {
  const withPlaces = sources.filter((places) => places.length);
  if (withPlaces.length === 1) return labelZooms(withPlaces[0]!);
  return new Map(withPlaces.flatMap((places) => [...labelZooms(places)]));
}

/** The dataset's list is read by the map's source, the still map and exports alike: once each. */
const computed = new WeakMap<readonly Place[], ReadonlyMap<string, number>>();

function compute(places: readonly Place[]): Map<string, number> {
  const ordered = places
    .map((p) => ({ id: p.id, key: labelSortKey(p, { matches: true, selected: false }), p }))
    .sort((a, b) => a.key - b.key || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const world = ordered.map(({ p }) => toWorld([p.location.lon, p.location.lat]));
  const zooms = new Map<string, number>();
  for (let zoom = 0; zoom < ALL_LABELS_ZOOM; zoom++) {
    const cells = worldSize(zoom) / LABEL_CELL;
    const counts = new Map<number, number>();
    const take = (i: number) => {
      const [x, y] = world[i]!;
      const cell = Math.floor(y * cells) * cells + Math.floor(x * cells);
      const count = counts.get(cell) ?? 0;
      if (count >= LABELS_PER_CELL) return false;
      counts.set(cell, count + 1);
      return true;
    };
    // Labels shown at a lower zoom first: a cell's labels split among its four quarters, so they fit.
    ordered.forEach((p, i) => zooms.has(p.id) && take(i));
    ordered.forEach((p, i) => !zooms.has(p.id) && take(i) && zooms.set(p.id, zoom));
  }
  for (const p of ordered) if (!zooms.has(p.id)) zooms.set(p.id, ALL_LABELS_ZOOM);
  return zooms;
}

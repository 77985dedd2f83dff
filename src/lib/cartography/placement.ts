import { contains, grow, inside, intersects, markerBox, type Rect } from './shapes';

/**
 * Label placement: every label beside its marker where there is room, otherwise moved aside with a
 * leader line, never over another label or marker. Pure, in CSS px of one view; the live map, the
 * still map and the exports all draw what it returns.
 */

export interface LabelRequest {
  id: string;
  /** The marker's centre and how far its ink reaches. */
  x: number;
  y: number;
  reach: number;
  /** The text's size, without padding. */
  width: number;
  height: number;
  /** Where the label must stay (the view, for a place in view). */
  bounds: Rect;
}

export interface PlacedLabel {
  id: string;
  /** The text's box (no padding). */
  box: Rect;
  /** Which side the lines are aligned on: away from the marker. */
  align: 'left' | 'right';
  /** From the marker's edge to the label, where the label was moved aside. */
  leader: [x1: number, y1: number, x2: number, y2: number] | null;
}

export interface PlacementOptions {
  /** Kept free around each text box, px. */
  pad: number;
  /** Leader lines drawn at most: where thousands of places crowd, labels that do not fit beside their marker are left out. */
  maxLeaders?: number;
}

const GAP = 3;
/** How far a label may move from its marker, px, tried nearest first. */
const DISTANCES = [14, 26, 40, 58, 80, 105, 135, 170];
/** Directions tried for a moved label, degrees clockwise from east (y points down): sideways first. */
const ANGLES = [
  0, 180, -20, 20, 160, -160, -40, 40, 140, -140, -60, 60, 120, -120, -80, 80, 100, -100,
];

interface Candidate {
  box: Rect;
  align: 'left' | 'right';
  leader: PlacedLabel['leader'];
}

/** Beside the marker: right, left, above, below, then the diagonals. */
function besideCandidates(r: LabelRequest): Candidate[] {
  const { x, y, width: w, height: h } = r;
  const d = r.reach + GAP;
  const k = r.reach * 0.75;
  const at = (bx: number, by: number, align: 'left' | 'right' = 'left'): Candidate => ({
    box: { x: bx, y: by, width: w, height: h },
    align,
    leader: null,
  });
  return [
    at(x + d, y - h / 2),
    at(x - d - w, y - h / 2, 'right'),
    at(x + k, y - k - GAP - h),
    at(x + k, y + k + GAP),
    at(x - k - w, y - k - GAP - h, 'right'),
    at(x - k - w, y + k + GAP, 'right'),
    at(x - w / 2, y - d - h),
    at(x - w / 2, y + d),
  ];
}

/** Each of ANGLES as a unit vector, computed once. */
const DIRECTIONS = ANGLES.map((deg) => {
  const a = (deg * Math.PI) / 180;
  return [Math.cos(a), Math.sin(a)] as const;
});

/** The moved positions, nearest first, made one at a time: most requests need only a few. */
function* movedCandidates(r: LabelRequest): Generator<Candidate> {
  const { x, y, width: w, height: h } = r;
  for (const distance of DISTANCES)
    for (const [cos, sin] of DIRECTIONS) {
      const px = x + (r.reach + distance) * cos;
      const py = y + (r.reach + distance) * sin;
      const bx = cos > 0.3 ? px : cos < -0.3 ? px - w : px - w / 2;
      const by = sin > 0.3 ? py : sin < -0.3 ? py - h : py - h / 2;
      const box = { x: bx, y: by, width: w, height: h };
      const [ex, ey] = nearestPoint(box, x, y);
      const leader: PlacedLabel['leader'] = [x + r.reach * cos, y + r.reach * sin, ex, ey];
      yield { box, align: cos < -0.3 ? 'right' : 'left', leader };
    }
}

function nearestPoint(box: Rect, x: number, y: number): [number, number] {
  return [
    Math.min(Math.max(x, box.x), box.x + box.width),
    Math.min(Math.max(y, box.y), box.y + box.height),
  ];
}

/** Whether a segment crosses a rectangle (Liang–Barsky clipping). */
function segmentHits(segment: readonly number[], rect: Rect): boolean {
  const [x1, y1, x2, y2] = segment as [number, number, number, number];
  const dx = x2 - x1;
  const dy = y2 - y1;
  const clip = { t0: 0, t1: 1 };
  return (
    clipEdge(clip, -dx, x1 - rect.x) &&
    clipEdge(clip, dx, rect.x + rect.width - x1) &&
    clipEdge(clip, -dy, y1 - rect.y) &&
    clipEdge(clip, dy, rect.y + rect.height - y1)
  );
}

/** One edge of the clipping: narrows [t0, t1]; false once the segment is outside. */
function clipEdge(clip: { t0: number; t1: number }, p: number, q: number): boolean {
  if (p === 0) return q >= 0;
  const t = q / p;
  if (p < 0) clip.t0 = Math.max(clip.t0, t);
  else clip.t1 = Math.min(clip.t1, t);
  return clip.t0 <= clip.t1;
}

/** Rectangles in a uniform grid, so that a test looks only at its neighbours. */
class RectIndex {
  private cells = new Map<number, Rect[]>();
  constructor(private readonly cell = 64) {}
  /** Calls `visit` with the key of each cell `r` touches until it returns true; whether one did. */
  private someCell(r: Rect, visit: (key: number) => boolean): boolean {
    const c = this.cell;
    const i1 = Math.floor((r.x + r.width) / c);
    const j1 = Math.floor((r.y + r.height) / c);
    for (let i = Math.floor(r.x / c); i <= i1; i++)
      for (let j = Math.floor(r.y / c); j <= j1; j++) if (visit(cellKey(i, j))) return true;
    return false;
  }
  /** Whether any rectangle in a cell `r` touches passes `test`. */
  private some(r: Rect, test: (o: Rect) => boolean): boolean {
    return this.someCell(r, (key) => this.cells.get(key)?.some(test) ?? false);
  }
  add(r: Rect): void {
    this.someCell(r, (key) => {
      const list = this.cells.get(key);
      if (list) list.push(r);
      else this.cells.set(key, [r]);
      return false;
    });
  }
  hits(r: Rect, except?: Rect): boolean {
    return this.some(r, (o) => o !== except && intersects(o, r));
  }
  /** Whether a segment crosses any rectangle that does not hold its start (its own marker's cluster). */
  crossed(segment: readonly number[]): boolean {
    const [x1, y1, x2, y2] = segment as [number, number, number, number];
    const box = {
      x: Math.min(x1, x2),
      y: Math.min(y1, y2),
      width: Math.abs(x2 - x1),
      height: Math.abs(y2 - y1),
    };
    return this.some(box, (o) => !contains(o, x1, y1) && segmentHits(segment, o));
  }
}

/** A grid cell's key: column and row (each within ±2^20 cells) in one number. */
const cellKey = (i: number, j: number) => i * 2 ** 21 + j;

/** Up to this many labels, a label left out is tried again earlier in the order. */
const RETRY_UP_TO = 60;
const RETRIES = 6;

/**
 * Places labels in the order given (highest priority first). Every marker is an obstacle, and
 * each placed label and leader line becomes one. A label with no free position is left out; in
 * a small set, it is then placed earlier (after the first, the selected or most important one) and
 * the set placed again, keeping the attempt that names the most places with the shortest lines.
 */
export function placeLabels(
  requests: readonly LabelRequest[],
  markers: readonly { x: number; y: number; reach: number }[],
  options: PlacementOptions,
): PlacedLabel[] {
  let order = [...requests];
  let best = placeInOrder(order, markers, options);
  for (let i = 0; i < RETRIES && requests.length <= RETRY_UP_TO; i++) {
    const placedIds = new Set(best.map((p) => p.id));
    const left = order.filter((r) => !placedIds.has(r.id));
    if (!left.length) break;
    order = [...order.slice(0, 1), ...left, ...order.slice(1).filter((r) => placedIds.has(r.id))];
    const attempt = placeInOrder(order, markers, options);
    if (score(attempt) > score(best)) best = attempt;
  }
  return best;
}

function score(placed: readonly PlacedLabel[]): number {
  const lines = placed.reduce(
    (sum, p) =>
      sum + (p.leader ? Math.hypot(p.leader[2] - p.leader[0], p.leader[3] - p.leader[1]) : 0),
    0,
  );
  return placed.length * 100_000 - lines;
}

function find<T>(items: Iterable<T>, test: (item: T) => boolean): T | undefined {
  for (const item of items) if (test(item)) return item;
  return undefined;
}

function placeInOrder(
  requests: readonly LabelRequest[],
  markers: readonly { x: number; y: number; reach: number }[],
  options: PlacementOptions,
): PlacedLabel[] {
  const pad = options.pad;
  const maxLeaders = options.maxLeaders ?? Infinity;
  const index = new RectIndex();
  for (const m of markers) index.add(markerBox(m));
  const leaders: PlacedLabel['leader'][] = [];
  const placed: PlacedLabel[] = [];
  for (const r of requests) {
    const fits = (c: Candidate) => {
      const padded = grow(c.box, pad);
      if (!inside(c.box, r.bounds) || index.hits(padded)) return false;
      if (leaders.some((l) => segmentHits(l!, padded))) return false;
      return !c.leader || !index.crossed(c.leader);
    };
    const chosen =
      besideCandidates(r).find(fits) ??
      (leaders.length < maxLeaders ? find(movedCandidates(r), fits) : undefined);
    if (!chosen) continue;
    index.add(grow(chosen.box, pad));
    if (chosen.leader) leaders.push(chosen.leader);
    placed.push({ id: r.id, ...chosen });
  }
  return placed;
}

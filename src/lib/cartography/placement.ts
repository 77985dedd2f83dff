import { intersects, type Rect } from './shapes';

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

function movedCandidates(r: LabelRequest): Candidate[] {
  const { x, y, width: w, height: h } = r;
  return DISTANCES.flatMap((distance) =>
    ANGLES.map((deg) => {
      const a = (deg * Math.PI) / 180;
      const [cos, sin] = [Math.cos(a), Math.sin(a)];
      const px = x + (r.reach + distance) * cos;
      const py = y + (r.reach + distance) * sin;
      const bx = cos > 0.3 ? px : cos < -0.3 ? px - w : px - w / 2;
      const by = sin > 0.3 ? py : sin < -0.3 ? py - h : py - h / 2;
      const box = { x: bx, y: by, width: w, height: h };
      const [ex, ey] = nearestPoint(box, x, y);
      const leader: PlacedLabel['leader'] = [x + r.reach * cos, y + r.reach * sin, ex, ey];
      return { box, align: cos < -0.3 ? 'right' : 'left', leader } as Candidate;
    }),
  );
}

function nearestPoint(box: Rect, x: number, y: number): [number, number] {
  return [
    Math.min(Math.max(x, box.x), box.x + box.width),
    Math.min(Math.max(y, box.y), box.y + box.height),
  ];
}

function inside(box: Rect, bounds: Rect): boolean {
  return (
    box.x >= bounds.x &&
    box.y >= bounds.y &&
    box.x + box.width <= bounds.x + bounds.width &&
    box.y + box.height <= bounds.y + bounds.height
  );
}

function holds(r: Rect, x: number, y: number): boolean {
  return x >= r.x && x <= r.x + r.width && y >= r.y && y <= r.y + r.height;
}

function grow(box: Rect, by: number): Rect {
  return { x: box.x - by, y: box.y - by, width: box.width + 2 * by, height: box.height + 2 * by };
}

/** Whether a segment crosses a rectangle (Liang–Barsky clipping). */
function segmentHits([x1, y1, x2, y2]: readonly number[], rect: Rect): boolean {
  let [t0, t1] = [0, 1];
  const dx = x2! - x1!;
  const dy = y2! - y1!;
  const edges: [number, number][] = [
    [-dx, x1! - rect.x],
    [dx, rect.x + rect.width - x1!],
    [-dy, y1! - rect.y],
    [dy, rect.y + rect.height - y1!],
  ];
  for (const [p, q] of edges) {
    if (p === 0) {
      if (q < 0) return false;
      continue;
    }
    const t = q / p;
    if (p < 0) t0 = Math.max(t0, t);
    else t1 = Math.min(t1, t);
    if (t0 > t1) return false;
  }
  return true;
}

/** Rectangles in a uniform grid, so that a test looks only at its neighbours. */
class RectIndex {
  private cells = new Map<string, Rect[]>();
  constructor(private readonly cell = 64) {}
  private keys(r: Rect): string[] {
    const keys: string[] = [];
    const c = this.cell;
    for (let i = Math.floor(r.x / c); i <= Math.floor((r.x + r.width) / c); i++)
      for (let j = Math.floor(r.y / c); j <= Math.floor((r.y + r.height) / c); j++)
        keys.push(`${i},${j}`);
    return keys;
  }
  add(r: Rect): void {
    for (const k of this.keys(r)) {
      const list = this.cells.get(k);
      if (list) list.push(r);
      else this.cells.set(k, [r]);
    }
  }
  hits(r: Rect, except?: Rect): boolean {
    return this.keys(r).some((k) =>
      (this.cells.get(k) ?? []).some((o) => o !== except && intersects(o, r)),
    );
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
    return this.keys(box).some((k) =>
      (this.cells.get(k) ?? []).some((o) => !holds(o, x1, y1) && segmentHits(segment, o)),
    );
  }
}

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

function placeInOrder(
  requests: readonly LabelRequest[],
  markers: readonly { x: number; y: number; reach: number }[],
  options: PlacementOptions,
): PlacedLabel[] {
  const pad = options.pad;
  const maxLeaders = options.maxLeaders ?? Infinity;
  const index = new RectIndex();
  for (const m of markers)
    index.add({ x: m.x - m.reach, y: m.y - m.reach, width: 2 * m.reach, height: 2 * m.reach });
  const leaders: PlacedLabel['leader'][] = [];
  const placed: PlacedLabel[] = [];
  for (const r of requests) {
    const fits = (c: Candidate) => {
      const padded = grow(c.box, pad);
      if (!inside(c.box, r.bounds) || index.hits(padded)) return false;
      if (leaders.some((l) => segmentHits(l!, padded))) return false;
      return !c.leader || !index.crossed(c.leader);
    };
    const candidates =
      leaders.length < maxLeaders
        ? [...besideCandidates(r), ...movedCandidates(r)]
        : besideCandidates(r);
    const chosen = candidates.find(fits);
    if (!chosen) continue;
    index.add(grow(chosen.box, pad));
    if (chosen.leader) leaders.push(chosen.leader);
    placed.push({ id: r.id, ...chosen });
  }
  return placed;
}

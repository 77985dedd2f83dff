/**
 * What the user sees: Chromium's screencast (CDP `Page.startScreencast`), every frame the
 * compositor presents with its swap time, and the pixel tests the bench reads its times from.
 *
 * Frames are decoded only when a test reads them, after the measured phase (decoding in Node
 * during a load would take CPU from the browser).
 */
import { createRequire } from 'node:module';
import type { CDPSession } from 'playwright-core';
import { decodePng, type Image } from './png.ts';

/**
 * JPEG at quality 90, full size (the pixel tests need every CSS px): frames half the size of PNG
 * ones and cheaper to encode, so they come more often and take less CPU from the page (measured
 * on a page animating every frame: median interval 30–38 ms against 34–80 ms for PNG). The pixel
 * tests compare frames with frames of the same encoder, within 24 levels, and look for dark rings
 * with a pixel of slack.
 */
export const SCREENCAST = { format: 'jpeg', quality: 90, everyNthFrame: 1 } as const;

// Playwright ships jpeg-js in its utilities bundle (it decodes its own screenshots with it).
const { jpegjs } = createRequire(import.meta.url)('playwright-core/lib/utilsBundle') as {
  jpegjs: {
    decode(data: Buffer, options: { useTArray: true; formatAsRGBA: true }): Image;
  };
};

export interface Frame {
  /** Swap time of the frame, ms since the epoch (comparable with `performance.timeOrigin`). */
  at: number;
  format: 'png' | 'jpeg';
  data: Buffer;
  image?: Image;
}

export interface Screencast {
  frames: Frame[];
  /** Drops the frames recorded so far (the last one is kept: it is what the screen shows). */
  keepLast(): void;
  /**
   * Resolves once no frame has arrived for `quietMs` (at most `maxMs`): the screencast, which lags
   * on a busy machine, has delivered the frames of what was drawn before.
   */
  caughtUp(quietMs?: number, maxMs?: number): Promise<void>;
  stop(): Promise<void>;
}

export async function startScreencast(cdp: CDPSession): Promise<Screencast> {
  const frames: Frame[] = [];
  let stopped = false;
  let lastArrival = Date.now();
  const onFrame = (event: {
    data: string;
    sessionId: number;
    metadata: { timestamp?: number };
  }) => {
    if (stopped) return;
    // The next frame comes only once this one is acknowledged: at once, before anything else.
    cdp.send('Page.screencastFrameAck', { sessionId: event.sessionId }).catch(() => {});
    lastArrival = Date.now();
    frames.push({
      at: event.metadata.timestamp ? event.metadata.timestamp * 1000 : Date.now(),
      format: SCREENCAST.format,
      data: Buffer.from(event.data, 'base64'),
    });
  };
  cdp.on('Page.screencastFrame', onFrame);
  await cdp.send('Page.enable');
  await cdp.send('Page.startScreencast', SCREENCAST);
  return {
    frames,
    keepLast() {
      frames.splice(0, frames.length - 1);
    },
    async caughtUp(quietMs = 400, maxMs = 3000) {
      const started = Date.now();
      while (Date.now() - lastArrival < quietMs && Date.now() - started < maxMs)
        await new Promise((resolve) => setTimeout(resolve, 50));
    },
    async stop() {
      stopped = true;
      cdp.off('Page.screencastFrame', onFrame);
      await cdp.send('Page.stopScreencast').catch(() => {});
    },
  };
}

export function imageOf(frame: Frame): Image {
  frame.image ??=
    frame.format === 'png'
      ? decodePng(frame.data)
      : jpegjs.decode(frame.data, { useTArray: true, formatAsRGBA: true });
  return frame.image;
}

export interface Point {
  x: number;
  y: number;
}

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

function rgb(image: Image, x: number, y: number): [number, number, number] | null {
  const px = Math.round(x);
  const py = Math.round(y);
  if (px < 0 || py < 0 || px >= image.width || py >= image.height) return null;
  const o = (py * image.width + px) * 4;
  return [image.data[o]!, image.data[o + 1]!, image.data[o + 2]!];
}

const luma = ([r, g, b]: [number, number, number]) => 0.299 * r + 0.587 * g + 0.114 * b;

/**
 * A place marker's outline: the pixels of its stroke ring (radius r to r + 1.5 px), left half only
 * (labels sit to the right), that are dark in the settled frame.
 */
export function markerRing(settled: Image, centre: Point, radius: number): Point[] {
  const out: Point[] = [];
  const reach = Math.ceil(radius + 2);
  for (let dy = -reach; dy <= reach; dy++)
    for (let dx = -reach; dx <= 0; dx++) {
      const d = Math.hypot(dx, dy);
      if (d < radius - 0.5 || d > radius + 1.5) continue;
      const p = { x: centre.x + dx, y: centre.y + dy };
      const c = rgb(settled, p.x, p.y);
      if (c && luma(c) < 120) out.push(p);
    }
  return out;
}

/**
 * Whether most of a ring's pixels are dark in this frame, within a pixel: the marker is drawn (the
 * app's still map draws its markers within a pixel of the live map's, and where markers overlap
 * either may be on top).
 */
export function ringDrawn(image: Image, ring: Point[]): boolean {
  if (!ring.length) return true;
  let dark = 0;
  for (const p of ring) {
    search: for (let dy = -1; dy <= 1; dy++)
      for (let dx = -1; dx <= 1; dx++) {
        const c = rgb(image, p.x + dx, p.y + dy);
        if (c && luma(c) < 150) {
          dark++;
          break search;
        }
      }
  }
  return dark >= 0.6 * ring.length;
}

/**
 * "Places visible" wants this share of the markers' outlines drawn (of those dark in the settled
 * frame). Every page alike; below 200 markers it allows none to be missing. Where markers crowd,
 * the one on top may differ between two renderers of the same places (the app's still map and its
 * live map): at 3,000 places 5 of 2,886 outlines are covered in one and not in the other, though
 * every place is drawn in both.
 */
export const PLACES_VISIBLE_SHARE = 0.995;

/** How many outlines may be missing from a frame in which the places count as visible. */
export const outlinesAllowedMissing = (outlines: number, share = PLACES_VISIBLE_SHARE): number =>
  Math.floor(outlines * (1 - share) + 1e-9);

/** The outlines not drawn in this frame, counting no further than `limit` (then `limit` + 1). */
export function outlinesMissing(image: Image, rings: Point[][], limit = Infinity): number {
  let missing = 0;
  for (const ring of rings) if (!ringDrawn(image, ring) && ++missing > limit) break;
  return missing;
}

/** Whether the places count as visible in this frame: PLACES_VISIBLE_SHARE of the outlines drawn. */
export function placesDrawn(image: Image, rings: Point[][], share = PLACES_VISIBLE_SHARE): boolean {
  const allowed = outlinesAllowedMissing(rings.length, share);
  return outlinesMissing(image, rings, allowed) <= allowed;
}

/** Pixels of a box, every `step` px. */
export function boxPoints(box: Box, step: number): Point[] {
  const out: Point[] = [];
  for (let y = Math.ceil(box.y); y < box.y + box.height; y += step)
    for (let x = Math.ceil(box.x); x < box.x + box.width; x += step) out.push({ x, y });
  return out;
}

/** A disc of pixels around a point. */
export function discPoints(centre: Point, radius: number): Point[] {
  const out: Point[] = [];
  const r = Math.ceil(radius);
  for (let dy = -r; dy <= r; dy++)
    for (let dx = -r; dx <= r; dx++)
      if (Math.hypot(dx, dy) <= radius) out.push({ x: centre.x + dx, y: centre.y + dy });
  return out;
}

/** Share of the points whose colour in `image` is within `tolerance` (each channel) of `target`. */
export function sameShare(image: Image, target: Image, points: Point[], tolerance = 24): number {
  if (!points.length) return 1;
  let same = 0;
  for (const p of points) {
    const a = rgb(image, p.x, p.y);
    const b = rgb(target, p.x, p.y);
    if (!a || !b) continue;
    if (Math.abs(a[0] - b[0]) <= tolerance && Math.abs(a[1] - b[1]) <= tolerance)
      if (Math.abs(a[2] - b[2]) <= tolerance) same++;
  }
  return same / points.length;
}

/** The first frame at or after `from` (ms since the epoch) that passes the test, or null. */
export function firstFrame(
  frames: Frame[],
  from: number,
  test: (image: Image) => boolean,
): Frame | null {
  for (const frame of frames) {
    if (frame.at < from) continue;
    if (test(imageOf(frame))) return frame;
  }
  return null;
}

/** The last frame before `at`: what the screen showed then. */
export function frameBefore(frames: Frame[], at: number): Frame | null {
  let found: Frame | null = null;
  for (const frame of frames) if (frame.at < at) found = frame;
  return found;
}

/**
 * The frame from which the points stay as they are in the last frame (`share` of them within
 * tolerance): the first frame of the final run of matching frames, searched backwards.
 */
export function settledFrom(frames: Frame[], points: Point[], share: number): Frame | null {
  const last = frames.at(-1);
  if (!last) return null;
  const target = imageOf(last);
  let from: Frame = last;
  for (let i = frames.length - 2; i >= 0; i--) {
    if (sameShare(imageOf(frames[i]!), target, points) < share) break;
    from = frames[i]!;
  }
  return from;
}

/** The points (inside both images) whose colour differs beyond `tolerance` between them. */
export function changedPoints(a: Image, b: Image, points: Point[], tolerance = 24): Point[] {
  return points.filter((p) => {
    const x = rgb(a, p.x, p.y);
    const y = rgb(b, p.x, p.y);
    return !!x && !!y && x.some((v, i) => Math.abs(v - y[i]!) > tolerance);
  });
}

/** Fewer changed pixels than this: nothing a user would see changed. */
export const MIN_CHANGED = 8;

/**
 * The first frame at or after `from` in which the points that change between the screen at `from`
 * (the last frame before it) and the settled screen (the last frame) look as they end (`share` of
 * them), ms after `from`; null when fewer than MIN_CHANGED of them changed at all.
 */
export function timeToChange(frames: Frame[], from: number, points: Point[], share: number) {
  const last = frames.at(-1);
  const before = frameBefore(frames, from);
  if (!last || !before) return null;
  const target = imageOf(last);
  const changed = changedPoints(imageOf(before), target, points);
  if (changed.length < MIN_CHANGED) return null;
  const frame = firstFrame(frames, from, (image) => sameShare(image, target, changed) >= share);
  return frame ? frame.at - from : null;
}

/** Median time between consecutive frames, ms (null with fewer than two frames). */
export function medianGap(frames: Frame[]): number | null {
  const gaps = frames
    .slice(1)
    .map((f, i) => f.at - frames[i]!.at)
    .sort((a, b) => a - b);
  return gaps.length ? gaps[gaps.length >> 1]! : null;
}

/** A marker where a page draws one: its centre in the frame, and its radius, px. */
export interface MarkerAt extends Point {
  radius: number;
}

/** What a load's frames show, ms after `from` (navigation); null where they do not show it. */
export interface LoadPixels {
  placesVisible: number | null;
  placesVisibleEveryOutline: number | null;
  /** Marker outlines looked for; null when the last frame is not the map. */
  outlines: number | null;
  outlinesMissingAtVisible: number | null;
  mapComplete: number | null;
}

/**
 * Reads a load's frames: when the places became visible (every outline, or PLACES_VISIBLE_SHARE of
 * them) and from when the map `box` stayed as it ends. A marker whose outline is covered in the
 * last frame is not looked for; when most are, the last frame is not the map (the screencast had
 * not caught up, or showed something else), and nothing is read, the map box's end included:
 * a box that "stays as it ends" from a frame that is not the map says nothing of the map.
 */
export function readLoad(frames: Frame[], from: number, markers: MarkerAt[], box: Box): LoadPixels {
  const none: LoadPixels = {
    placesVisible: null,
    placesVisibleEveryOutline: null,
    outlines: null,
    outlinesMissingAtVisible: null,
    mapComplete: null,
  };
  const lastFrame = frames.at(-1);
  if (!lastFrame) return none;
  const last = imageOf(lastFrame);
  const rings = markers.map((m) => markerRing(last, m, m.radius)).filter((r) => r.length);
  if (rings.length < markers.length / 2) return none;
  const visible = firstFrame(frames, from, (image) => placesDrawn(image, rings));
  const everyOutline = firstFrame(frames, from, (image) => outlinesMissing(image, rings, 0) === 0);
  const complete = settledFrom(frames, boxPoints(box, 4), 0.995);
  return {
    placesVisible: visible ? visible.at - from : null,
    placesVisibleEveryOutline: everyOutline ? everyOutline.at - from : null,
    outlines: rings.length,
    outlinesMissingAtVisible: visible ? outlinesMissing(imageOf(visible), rings) : null,
    mapComplete: complete ? complete.at - from : null,
  };
}

import { describe, expect, it } from 'vitest';
import { type Box, centredAt, framingOffset } from '../../src/lib/map/framing';
import { projector } from '../../src/lib/cartography/projection';
import {
  type Snap,
  dragHeight,
  nextSnap,
  snapAfterDrag,
  swipeDirection,
} from '../../src/lib/logic/sheet';

const heights: Record<Snap, number> = { peek: 100, half: 400, full: 800 };

describe('bottom sheet', () => {
  it.each([
    ['peek', 'half'],
    ['half', 'full'],
    ['full', 'peek'],
  ] as const)('a tap on the handle moves %s to %s', (from, to) => {
    expect(nextSnap(from)).toBe(to);
  });

  it.each([
    // from, dragged (px, + is down), height at release, settles at
    ['peek', -3, 103, 'peek'], // a tap, not a drag
    ['peek', -300, 400, 'half'],
    ['peek', -200, 300, 'half'],
    ['peek', -120, 220, 'peek'],
    ['half', -350, 750, 'full'],
    ['half', 250, 150, 'peek'],
    ['full', 390, 410, 'half'],
    ['full', 700, 100, 'peek'],
  ] as const)('from %s, dragged %i px to %i px tall, it settles at %s', (from, dy, h, to) => {
    expect(snapAfterDrag(from, dy, h, heights)).toBe(to);
  });

  it.each([
    [400, -100, 500],
    [400, 100, 300],
    [400, -900, 800], // no taller than full
    [400, 900, 100], // no shorter than peek
  ])('dragged from %i px by %i px it is %i px tall', (start, dy, height) => {
    expect(dragHeight(start, dy, heights)).toBe(height);
  });
});

describe('presentation swipe', () => {
  it.each([
    [-120, 10, 'next'],
    [120, -10, 'previous'],
    [-30, 0, null], // too short
    [-80, 70, null], // mostly vertical: a scroll
    [0, -200, null],
  ] as const)('a swipe of (%i, %i) px moves to %s', (dx, dy, direction) => {
    expect(swipeDirection(dx, dy)).toBe(direction);
  });
});

describe('framing a selected place beside a panel', () => {
  const map = { left: 0, top: 50, right: 400, bottom: 850 };
  it.each([
    ['no panel', null, [0, 0]],
    // A drawer on the right of a wide map: half its width left.
    [
      'drawer',
      { left: 1000, top: 50, right: 1400, bottom: 850 },
      [-200, 0],
      { left: 0, top: 50, right: 1400, bottom: 850 },
    ],
    // A bottom sheet at half height: the place in the middle of the map above it.
    ['half sheet', { left: 0, top: 450, right: 400, bottom: 850 }, [0, -200]],
    ['peek sheet', { left: 0, top: 750, right: 400, bottom: 850 }, [0, -50]],
    // A sheet over (nearly) the whole map: nothing to frame in.
    ['full sheet', { left: 0, top: 80, right: 400, bottom: 850 }, [0, 0]],
    // A presentation card at the bottom of a phone, inset from the edges.
    ['inset card', { left: 8, top: 500, right: 392, bottom: 842 }, [0, -175]],
  ] as const)('%s', (_, panel, offset, mapBox?: Box) => {
    const [x, y] = framingOffset(mapBox ?? map, panel);
    expect([x + 0, y + 0]).toEqual(offset);
  });

  it('the camera centred at an offset draws the place at that offset from the middle', () => {
    const viewport = { width: 400, height: 800 };
    const camera = centredAt({ center: [105, 35], zoom: 4 }, [114.3, 30.6], [0, -200]);
    const [x, y] = projector(camera, viewport)([114.3, 30.6]);
    expect(x).toBeCloseTo(200, 6);
    expect(y).toBeCloseTo(200, 6);
  });
});

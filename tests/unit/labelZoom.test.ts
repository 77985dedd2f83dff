import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Place } from '../../src/lib/data/schema';
import { toWorld, worldSize } from '../../src/lib/cartography/projection';
import {
  ALL_LABELS_ZOOM,
  LABEL_CELL,
  LABELS_PER_CELL,
  labelZooms,
  labelZoomsBySource,
} from '../../src/lib/cartography/labelZoom';
import { openingCamera } from '../../src/lib/staticMap/view';
import { data } from './exportHelpers';

const template = data.places.find((p) => p.id === 'anqing')!;
/** A place like Anqing (a prefecture-level city, not a core pilot) at another spot. */
const at = (
  id: string,
  lon: number,
  lat: number,
  level: Place['level'] = template.level,
): Place => ({
  ...template,
  id,
  level,
  location: { ...template.location, lon, lat },
});

/** How many places each cell of the grid at `zoom` labels. */
function perCell(places: Place[], zooms: ReadonlyMap<string, number>, zoom: number) {
  const cells = worldSize(zoom) / LABEL_CELL;
  const counts = new Map<string, number>();
  for (const p of places) {
    if (zooms.get(p.id)! > zoom) continue;
    const [x, y] = toWorld([p.location.lon, p.location.lat]);
    const key = `${Math.floor(x * cells)},${Math.floor(y * cells)}`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return [...counts.values()];
}

describe('labelZooms', () => {
  it.each([
    { width: 600, height: 500 },
    { width: 976, height: 742 },
    { width: 1920, height: 1080 },
  ])('labels every real place at the opening view of a $width×$height map', (viewport) => {
    const zoom = Math.floor(openingCamera(viewport, null).zoom);
    const zooms = labelZooms(data.places);
    expect(data.places.filter((p) => zooms.get(p.id)! > zoom).map((p) => p.id)).toEqual([]);
  });

  it('gives a crowded spot LABELS_PER_CELL labels until every label is considered', () => {
    const crowd = Array.from({ length: 20 }, (_, i) =>
      at(`p${String(i).padStart(2, '0')}`, 117, 30),
    );
    const zooms = labelZooms(crowd);
    expect(crowd.map((p) => zooms.get(p.id))).toEqual([
      ...Array<number>(LABELS_PER_CELL).fill(0),
      ...Array<number>(crowd.length - LABELS_PER_CELL).fill(ALL_LABELS_ZOOM),
    ]);
  });

  it.each([
    { first: 'rongcheng', why: 'a core pilot' },
    { first: 'province', why: 'the larger place' },
  ])('labels $why first where places crowd', ({ first }) => {
    const rongcheng = data.places.find((p) => p.id === 'rongcheng')!;
    const crowd = [
      ...Array.from({ length: LABELS_PER_CELL }, (_, i) => at(`county-${i}`, 117, 30, 'county')),
      first === 'rongcheng'
        ? { ...rongcheng, location: { ...rongcheng.location, lon: 117, lat: 30 } }
        : at(first, 117, 30, 'province'),
    ];
    // One place too many for the cell: the one listed last, and first by priority, gets in.
    const zooms = labelZooms(crowd);
    expect(zooms.get(first)).toBe(0);
    expect(crowd.filter((p) => zooms.get(p.id) === 0)).toHaveLength(LABELS_PER_CELL);
  });

  it('never labels more than LABELS_PER_CELL places of a cell below ALL_LABELS_ZOOM', () => {
    const point = fc.record({
      lon: fc.double({ min: 100, max: 125, noNaN: true }),
      lat: fc.double({ min: 20, max: 45, noNaN: true }),
    });
    fc.assert(
      fc.property(fc.array(point, { minLength: 1, maxLength: 300 }), (points) => {
        const places = points.map((p, i) => at(`p${i}`, p.lon, p.lat));
        const zooms = labelZooms(places);
        for (let zoom = 0; zoom < ALL_LABELS_ZOOM; zoom++)
          expect(Math.max(...perCell(places, zooms, zoom), 0)).toBeLessThanOrEqual(LABELS_PER_CELL);
        for (const p of places) expect(zooms.get(p.id)).toBeLessThanOrEqual(ALL_LABELS_ZOOM);
      }),
      { numRuns: 50 },
    );
  });
});

describe('labelZoomsBySource', () => {
  // The user's place stands where the dataset's first does: each source is labelled apart.
  const dataset = [at('a', 114, 30), at('b', 114.01, 30)];
  const user = [at('u', 114, 30)];
  it.each([
    { what: 'the dataset alone', sources: [dataset, []], expected: labelZooms(dataset) },
    { what: 'the user’s places alone', sources: [[], user], expected: labelZooms(user) },
    {
      what: 'both, each apart',
      sources: [dataset, user],
      expected: new Map([...labelZooms(dataset), ...labelZooms(user)]),
    },
    { what: 'none', sources: [[], []], expected: new Map<string, number>() },
  ])('$what', ({ sources, expected }) => {
    expect(new Map(labelZoomsBySource(...sources))).toEqual(new Map(expected));
  });
});

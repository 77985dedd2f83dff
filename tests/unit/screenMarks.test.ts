import { describe, expect, it } from 'vitest';
import { LABEL } from '../../src/lib/cartography/labels';
import { DIMMED } from '../../src/lib/cartography/markers';
import { palette } from '../../src/lib/cartography/palette';
import { type ScreenMapState, screenMarks } from '../../src/lib/cartography/screenMarks';
import type { Place } from '../../src/lib/data/schema';
import { data } from './exportHelpers';

function place(id: string): Place {
  const found = data.places.find((p) => p.id === id);
  if (!found) throw new Error(`no place ${id} in the data`);
  return found;
}
const [wuhan, rongcheng] = [place('wuhan'), place('rongcheng')];
const viewport = { width: 800, height: 600 };

function state(overrides: Partial<ScreenMapState> = {}): ScreenMapState {
  return {
    places: [wuhan, rongcheng],
    filterActive: false,
    labelZooms: new Map<string, number>(),
    selection: { selectedId: null },
    user: { has: () => false },
    view: { labelLang: 'en' },
    presentation: { active: false },
    ...overrides,
  };
}

/** Wuhan drawn at `at`, Rongcheng in the middle of the map. */
const viewWith = (at: [number, number]) => ({
  project: ([lon]: readonly [number, number]): [number, number] =>
    lon === wuhan.location.lon ? at : [400, 300],
  zoom: 4,
  viewport,
});

describe('the marks of the maps on screen', () => {
  it.each([
    { where: 'inside the map', at: [100, 100], drawn: true },
    { where: '10 px left of the map (its edge shows)', at: [-10, 300], drawn: true },
    { where: '10 px below the map', at: [400, 610], drawn: true },
    { where: '30 px left of the map', at: [-30, 300], drawn: false },
    { where: '30 px right of the map', at: [830, 300], drawn: false },
  ] as const)('a place $where is drawn: $drawn', ({ at, drawn }) => {
    const ids = screenMarks(state(), new Set(), viewWith([...at]), palette).map((m) => m.id);
    expect(ids.includes('wuhan')).toBe(drawn);
    expect(ids).toContain('rongcheng');
  });

  it('keeps the label of a place at the edge inside the map', () => {
    const marks = screenMarks(state(), new Set(), viewWith([-10, 300]), palette);
    const box = marks.find((m) => m.id === 'wuhan')!.labelBox;
    expect(box?.x).toBeGreaterThanOrEqual(0);
  });

  it.each([
    { filter: 'no filter', filterActive: false, opacity: 1 },
    { filter: 'a filter Wuhan matches', filterActive: true, matches: ['wuhan'], opacity: 1 },
    { filter: 'a filter Wuhan does not match', filterActive: true, opacity: DIMMED.opacity },
  ])('with $filter, Wuhan has opacity $opacity', ({ filterActive, matches = [], opacity }) => {
    const marks = screenMarks(
      state({ filterActive }),
      new Set(matches),
      viewWith([100, 100]),
      palette,
    );
    const wuhanMark = marks.find((m) => m.id === 'wuhan')!;
    expect(wuhanMark.marker.opacity).toBe(opacity);
    expect(wuhanMark.label?.opacity).toBe(opacity === 1 ? 1 : LABEL.dimmedOpacity);
  });

  it.each([
    { mode: 'on screen', active: false, size: LABEL.size },
    { mode: 'while presenting', active: true, size: LABEL.largeSize },
  ])('sets labels at $size px $mode', ({ active, size }) => {
    const marks = screenMarks(
      state({ presentation: { active } }),
      new Set(),
      viewWith([100, 100]),
      palette,
    );
    expect(marks.map((m) => m.label?.size)).toEqual([size, size]);
  });

  it.each([
    { lang: 'en', lines: ['Wuhan'] },
    { lang: 'zh', lines: ['武汉市'] },
  ] as const)('labels in the chosen language ($lang)', ({ lang, lines }) => {
    const marks = screenMarks(
      state({ view: { labelLang: lang } }),
      new Set(),
      viewWith([100, 100]),
      palette,
    );
    expect(marks.find((m) => m.id === 'wuhan')!.label?.lines.slice(0, 1)).toEqual(lines);
  });

  it('leaves out the label of a place below its label zoom, unless it is selected', () => {
    const labelZooms = new Map([['wuhan', 6]]);
    const label = (selectedId: string | null) =>
      screenMarks(
        state({ labelZooms, selection: { selectedId } }),
        new Set(),
        viewWith([100, 100]),
        palette,
      ).find((m) => m.id === 'wuhan')!.label;
    expect(label(null)).toBeNull();
    expect(label('wuhan')).not.toBeNull();
  });

  describe('a view the last marks were made for gives those marks, not a new placement', () => {
    const places = [wuhan, rongcheng];
    const labelZooms = new Map<string, number>();
    const shifted = (dx: number) => ({
      project: ([lon]: readonly [number, number]): [number, number] =>
        lon === wuhan.location.lon ? [100 + dx, 100] : [400, 300],
      zoom: 4,
      viewport,
    });
    const unchanged = { selectedId: null, filterActive: false, lang: 'en' } as const;
    it.each([
      { change: 'nothing', same: true, view: shifted(0), ...unchanged },
      // The live map's opening camera, as MapLibre computes it, differs in the last bits.
      { change: 'a place 1e-9 px away', same: true, view: shifted(1e-9), ...unchanged },
      { change: 'a place 0.01 px away', same: false, view: shifted(0.01), ...unchanged },
      { change: 'the zoom', same: false, view: { ...shifted(0), zoom: 4.5 }, ...unchanged },
      { change: 'a selection', same: false, view: shifted(0), ...unchanged, selectedId: 'wuhan' },
      { change: 'a filter on', same: false, view: shifted(0), ...unchanged, filterActive: true },
      { change: 'the label language', same: false, view: shifted(0), ...unchanged, lang: 'zh' },
    ] as const)('$change changed: the same marks: $same', (row) => {
      const first = screenMarks(state({ places, labelZooms }), new Set(), shifted(0), palette);
      const again = screenMarks(
        state({
          places,
          labelZooms,
          filterActive: row.filterActive,
          selection: { selectedId: row.selectedId },
          view: { labelLang: row.lang },
        }),
        new Set(),
        row.view,
        palette,
      );
      expect(again === first).toBe(row.same);
      expect(again.map((m) => m.id).sort()).toEqual(['rongcheng', 'wuhan']);
    });
  });
});

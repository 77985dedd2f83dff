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
});

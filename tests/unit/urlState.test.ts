import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type KnownIds,
  type UrlState,
  decodeUrlState,
  defaultUrlState,
  encodeUrlState,
  roundView,
} from '../../src/lib/logic/urlState';
import { CORE_TOUR, clampStep } from '../../src/lib/logic/tour';
import { HeldWrite, type UrlWrite, urlWriteFor } from '../../src/lib/logic/urlWrites';

const known: KnownIds = {
  places: new Set(['rongcheng', 'wuhan', 'shanghai-pudong', 'jiangsu']),
  mechanisms: new Set(['red-list', 'black-list', 'point-score']),
};

describe('decodeUrlState', () => {
  it.each<[string, string, Partial<UrlState>]>([
    ['empty query', '', {}],
    ['a selection', '?place=wuhan', { place: 'wuhan' }],
    ['an unknown place falls back alone', '?place=atlantis&lang=zh', { lang: 'zh' }],
    [
      'unknown mechanisms are dropped, known kept',
      '?m=red-list,telepathy,black-list',
      { mechanisms: ['red-list', 'black-list'] },
    ],
    ['repeated mechanisms count once', '?m=red-list,red-list', { mechanisms: ['red-list'] }],
    ['match mode all', '?mode=all', { mode: 'all' }],
    ['a bad match mode', '?mode=most', {}],
    ['a search', '?q=%E8%8D%A3%E6%88%90', { search: '荣成' }],
    ['a view', '?view=114.3,30.59,6.5', { view: { lon: 114.3, lat: 30.59, zoom: 6.5 } }],
    ['a view out of range', '?view=500,30,6&place=wuhan', { place: 'wuhan' }],
    ['a view with text', '?view=1e3,NaN,Infinity', {}],
    ['a view with two numbers', '?view=114,30', {}],
    ['a comparison', '?compare=wuhan,shanghai-pudong', { compare: ['wuhan', 'shanghai-pudong'] }],
    ['a comparison of a place with itself', '?compare=wuhan,wuhan', {}],
    ['a comparison with an unknown place', '?compare=wuhan,atlantis', {}],
    ['a bad label language', '?lang=fr', {}],
    ['percent garbage', '?place=%E0%A4%A&m=%', {}],
    [
      'a tour at step 3',
      '?present=1&tour=wuhan,jiangsu,rongcheng&step=3',
      { present: true, tour: ['wuhan', 'jiangsu', 'rongcheng'], step: 3 },
    ],
    [
      'a tour with unknown and repeated places',
      '?present=1&tour=wuhan,atlantis,wuhan',
      { present: true, tour: ['wuhan'] },
    ],
    ['a step that is not a positive integer', '?present=1&step=-2', { present: true }],
    ['a step in scientific notation', '?present=1&step=1e3', { present: true }],
    ['a step past the default tour', '?present=1&step=9999', { present: true, step: 4 }],
    [
      'a step past its tour',
      '?present=1&tour=wuhan,jiangsu&step=3',
      { present: true, tour: ['wuhan', 'jiangsu'], step: 2 },
    ],
  ])('%s', (_name, query, expected) => {
    expect(decodeUrlState(query, known)).toEqual({ ...defaultUrlState, ...expected });
  });
});

describe('encodeUrlState', () => {
  it.each<[string, Partial<UrlState>, string]>([
    ['nothing but defaults', {}, ''],
    [
      'lists with literal commas',
      { mechanisms: ['red-list', 'black-list'], compare: ['wuhan', 'shanghai-pudong'] },
      '?m=red-list,black-list&compare=wuhan,shanghai-pudong',
    ],
    [
      'a view with literal commas',
      { view: { lon: 114.3, lat: 30.59, zoom: 6.5 } },
      '?view=114.3,30.59,6.5',
    ],
    [
      'a tour with literal commas',
      { present: true, tour: ['wuhan', 'jiangsu'], step: 2 },
      '?present=1&tour=wuhan,jiangsu&step=2',
    ],
    ['a search with a comma, a space and an ampersand', { search: 'a, b&c' }, '?q=a,+b%26c'],
    ['a search that spells %2C itself', { search: '%2C' }, '?q=%252C'],
  ])('%s', (_name, state, expected) => {
    const link = encodeUrlState({ ...defaultUrlState, ...state });
    expect(link).toBe(expected);
    expect(decodeUrlState(link, known)).toEqual({ ...defaultUrlState, ...state });
  });

  it('decodes lists whose commas are percent-encoded, as older links wrote them', () => {
    expect(
      decodeUrlState('?m=red-list%2Cblack-list&compare=wuhan%2Cshanghai-pudong', known),
    ).toEqual({
      ...defaultUrlState,
      mechanisms: ['red-list', 'black-list'],
      compare: ['wuhan', 'shanghai-pudong'],
    });
  });
});

const stateArb: fc.Arbitrary<UrlState> = fc
  .record({
    place: fc.option(fc.constantFrom(...known.places), { nil: null }),
    mechanisms: fc.uniqueArray(fc.constantFrom(...known.mechanisms)),
    mode: fc.constantFrom('any' as const, 'all' as const),
    search: fc.string({ maxLength: 40 }),
    lang: fc.constantFrom('en' as const, 'zh' as const, 'both' as const),
    view: fc.option(
      fc
        .record({
          lon: fc.double({ min: -180, max: 180, noNaN: true }),
          lat: fc.double({ min: -85, max: 85, noNaN: true }),
          zoom: fc.double({ min: 0, max: 22, noNaN: true }),
        })
        .map(roundView),
      { nil: null },
    ),
    compare: fc.option(
      fc
        .uniqueArray(fc.constantFrom(...known.places), { minLength: 2, maxLength: 2 })
        .map((a) => a as [string, string]),
      { nil: null },
    ),
    present: fc.boolean(),
    tour: fc.option(fc.uniqueArray(fc.constantFrom(...known.places), { minLength: 1 }), {
      nil: null,
    }),
    step: fc.integer({ min: 1, max: 9999 }),
    // The reading view's parameters: tests/unit/urlReading.test.ts.
    doc: fc.constant(null),
    passage: fc.constant(1),
  })
  // A tour and its step are only kept while presenting.
  .map((s) =>
    s.present
      ? { ...s, step: clampStep(s.step, (s.tour ?? CORE_TOUR).length) }
      : { ...s, tour: null, step: 1 },
  );

describe('URL state', () => {
  it('survives a round trip through a link', () => {
    fc.assert(
      fc.property(stateArb, (state) => {
        const decoded = decodeUrlState(encodeUrlState(state), known);
        expect(decoded).toEqual({ ...state, view: state.view && roundView(state.view) });
      }),
    );
  });

  it('never throws on a malformed query and always yields a usable state', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (query) => {
        const state = decodeUrlState(query, known);
        expect(state.place === null || known.places.has(state.place)).toBe(true);
        expect(state.mechanisms.every((m) => known.mechanisms.has(m))).toBe(true);
        expect(['any', 'all']).toContain(state.mode);
        expect(['en', 'zh', 'both']).toContain(state.lang);
      }),
      { numRuns: 10_000 },
    );
  }, 60_000); // 10,000 cases: seconds on a busy machine
});

describe('urlWriteFor', () => {
  const base = defaultUrlState;
  it.each<[string, Partial<UrlState>, Partial<UrlState>, UrlWrite]>([
    ['nothing changed', {}, {}, 'none'],
    ['a new selection is a history entry', {}, { place: 'wuhan' }, 'push'],
    ['a cleared selection too', { place: 'wuhan' }, {}, 'push'],
    [
      'a keystroke waits for typing to pause',
      { search: 'sha' },
      { search: 'shan' },
      'replace-after-typing',
    ],
    ['clearing the search too', { search: 'shan' }, {}, 'replace-after-typing'],
    ['a filter replaces at once', {}, { mechanisms: ['red-list'] }, 'replace'],
    [
      'search and a filter together replace at once',
      {},
      { search: 'wu', mechanisms: ['red-list'] },
      'replace',
    ],
    ['a selection with a search is still an entry', {}, { place: 'wuhan', search: 'wu' }, 'push'],
    ['the label language replaces at once', {}, { lang: 'zh' }, 'replace'],
  ])('%s', (_, before, after, expected) => {
    expect(urlWriteFor({ ...base, ...before }, { ...base, ...after })).toBe(expected);
  });
});

describe('HeldWrite', () => {
  /** Timers driven by hand: `advance(ms)` runs what is due. */
  function fakeTimers() {
    let now = 0;
    let next = 0;
    const due = new Map<number, { at: number; run: () => void }>();
    return {
      setTimeout: (run: () => void, ms: number) => {
        due.set(++next, { at: now + ms, run });
        return next;
      },
      clearTimeout: (id: unknown) => void due.delete(id as number),
      advance(ms: number) {
        now += ms;
        for (const [id, timer] of [...due]) {
          if (timer.at > now) continue;
          due.delete(id);
          timer.run();
        }
      },
    };
  }

  it.each<
    [string, (w: HeldWrite, log: string[], t: { advance(ms: number): void }) => void, string[]]
  >([
    [
      'typing writes once, after the pause',
      (w, log, t) => {
        for (const q of ['s', 'sh', 'sha']) {
          w.later(() => log.push(q));
          t.advance(100);
        }
        t.advance(199);
      },
      [],
    ],
    [
      'and then the last state',
      (w, log, t) => {
        for (const q of ['s', 'sh', 'sha']) {
          w.later(() => log.push(q));
          t.advance(100);
        }
        t.advance(200);
      },
      ['sha'],
    ],
    [
      'a write that cannot wait does the held one first',
      (w, log) => {
        w.later(() => log.push('search'));
        w.now(() => log.push('select'));
      },
      ['search', 'select'],
    ],
    [
      'flush (the page loses focus) writes at once, once',
      (w, log, t) => {
        w.later(() => log.push('search'));
        w.flush();
        t.advance(1000);
        w.flush();
      },
      ['search'],
    ],
    [
      'cancel (back to what the address says) writes nothing',
      (w, log, t) => {
        w.later(() => log.push('search'));
        w.cancel();
        t.advance(1000);
      },
      [],
    ],
  ])('%s', (_, steps, expected) => {
    const timers = fakeTimers();
    const log: string[] = [];
    steps(new HeldWrite(300, timers), log, timers);
    expect(log).toEqual(expected);
  });
});

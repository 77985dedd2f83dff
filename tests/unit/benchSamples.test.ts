import { errors } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { PageId } from '../bench/measure';
import { render } from '../bench/report';
import {
  BenchTimeout,
  formatSampleCount,
  isTimeout,
  sampleCounts,
  timedOutNotes,
} from '../bench/samples';

const loads = (page: PageId, throttle: number, n: number) =>
  Array.from({ length: n }, () => ({ page, throttle }));

describe('sampleCounts and formatSampleCount', () => {
  // Nine rounds at 1× and 4×: Leaflet times out once at 1× and in every round at 4×.
  const results = [
    ...loads('appScale', 1, 9),
    ...loads('leaflet', 1, 8),
    ...loads('appScale', 4, 9),
  ];
  const timedOut = [...loads('leaflet', 1, 1), ...loads('leaflet', 4, 9)];
  const pages: PageId[] = ['appScale', 'leaflet', 'floor'];

  it.each([
    [1, 'appScale', { measured: 9, timedOut: 0, tried: 9 }, '9'],
    [1, 'leaflet', { measured: 8, timedOut: 1, tried: 9 }, '8 of 9, 1 timed out'],
    [4, 'appScale', { measured: 9, timedOut: 0, tried: 9 }, '9'],
    [4, 'leaflet', { measured: 0, timedOut: 9, tried: 9 }, 'none: all 9 timed out'],
    // A page of the layout never loaded at that setting (a run cut short).
    [4, 'floor', { measured: 0, timedOut: 0, tried: 0 }, '–'],
  ] as const)('at %i×, %s: %o shown as "%s"', (throttle, page, count, shown) => {
    const counts = sampleCounts(results, timedOut, pages, throttle);
    expect(counts[page]).toEqual(count);
    expect(formatSampleCount(counts[page])).toBe(shown);
  });
});

describe('isTimeout', () => {
  it.each([
    [
      'the bench’s own wait',
      new BenchTimeout('bench: timed out after 90000 ms: waiting for mark'),
      true,
    ],
    [
      'Playwright’s navigation or locator',
      new errors.TimeoutError('Timeout 30000ms exceeded'),
      true,
    ],
    ['any other error (a bug: it still ends the run)', new Error('page crashed'), false],
    ['a thrown string', 'timed out', false],
  ])('%s: %s', (_, error, expected) => {
    expect(isTimeout(error)).toBe(expected);
  });
});

describe('timedOutNotes', () => {
  it('lists each skipped load by page title, CPU setting and round', () => {
    const notes = timedOutNotes(
      [
        { page: 'leaflet', throttle: 4, run: 2, what: 'bench: timed out after 90000 ms: idle' },
        { page: 'floor', throttle: 1, run: 3, what: 'Timeout' },
      ],
      { leaflet: 'Leaflet (canvas)' },
    );
    expect(notes).toHaveLength(1);
    expect(notes[0]).toContain(
      'Leaflet (canvas) 4×, run 2: bench: timed out after 90000 ms: idle; floor 1×, run 3: Timeout',
    );
  });

  it('says nothing when no load timed out', () => {
    expect(timedOutNotes([], {})).toEqual([]);
  });
});

describe('the report table', () => {
  it('shows the loads measured per page as its first row', () => {
    const { text, markdown } = render({
      heading: 'h',
      machine: 'm',
      git: 'g',
      warning: null,
      sections: [
        {
          title: 'CPU 4×',
          summaries: [],
          counts: {
            appScale: { measured: 3, timedOut: 0, tried: 3 },
            leaflet: { measured: 0, timedOut: 3, tried: 3 },
          },
        },
      ],
      layout: {
        pages: ['appScale', 'leaflet'],
        titles: { appScale: 'App', leaflet: 'Leaflet' },
        ratios: [{ of: 'appScale', to: 'leaflet', title: 'App/Leaflet' }],
      },
      budgets: [{ title: '4×', budgets: [] }],
      notes: [],
      shares: null,
      onDemand: null,
      profile: null,
    });
    expect(text).toMatch(/Loads measured \(n\) +3 +none: all 3 timed out/);
    expect(markdown).toContain('| Loads measured (n) | 3 | none: all 3 timed out |  |');
  });
});

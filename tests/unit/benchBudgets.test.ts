import { describe, expect, it } from 'vitest';
import { standardBudgets } from '../bench/budgets';
import type { MetricSummary } from '../bench/metrics';
import type { PageId } from '../bench/measure';

const metric = (id: string, medians: Partial<Record<PageId, number>>): MetricSummary => ({
  id,
  label: id,
  unit: 'ms',
  ratios: [],
  pages: Object.fromEntries(
    Object.entries(medians).map(([page, median]) => [
      page,
      { median, min: median, max: median, n: 1 },
    ]),
  ),
});

const summaries = [
  metric('placesVisible', { app: 300, appScale: 900, floor: 250, leaflet: 500 }),
  metric('mapComplete', { app: 900, appScale: 2000, maplibreHidden: 1000 }),
  metric('clickToFigure', { app: 100, maplibre: 50 }),
];

describe('standardBudgets', () => {
  const status = (app: PageId) =>
    Object.fromEntries(standardBudgets(summaries, NaN, false, app).map((b) => [b.id, b.status]));

  it.each([
    [
      'app',
      { placesFloor: 'PASS', placesLeaflet: 'PASS', mapFinal: 'PASS', clickToFigure: 'OVER' },
    ],
    // The scale run: the app on the generated data against the references on the same data.
    [
      'appScale',
      { placesFloor: 'OVER', placesLeaflet: 'OVER', mapFinal: 'OVER', clickToFigure: 'N/A' },
    ],
  ] as const)('reads the %s page against the references', (app, expected) => {
    expect(status(app)).toMatchObject(expected);
  });

  it('lists every budget of issue 19, N/A where nothing was measured', () => {
    const budgets = standardBudgets([], NaN, false, 'app', 2);
    expect(budgets.map((b) => b.id)).toEqual([
      'placesFloor',
      'placesLeaflet',
      'mapFinal',
      'firstIdle',
      'clickToFigure',
      'filterToDim',
      'bytes',
      'twice',
      'twiceUncached',
      'heap',
    ]);
    expect(budgets.find((b) => b.id === 'twiceUncached')?.status).toBe('OVER');
    expect(budgets.find((b) => b.id === 'filterToDim')?.status).toBe('N/A');
  });
});

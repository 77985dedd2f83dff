/** The budgets of issues #5 and #19: goals the bench reports against, never asserted. */
import type { PageId } from './measure.ts';
import type { MetricSummary } from './metrics.ts';
import { formatRatio, formatValue, type Unit } from './stats.ts';

export interface Budget {
  id: string;
  label: string;
  limit: string;
  actual: string;
  status: 'PASS' | 'OVER' | 'N/A';
}

/** Budget for the app's own JavaScript, MapLibre excluded, gzip: 60 KB = 60 × 1024 bytes. */
export const APP_JS_BUDGET = 60 * 1024;

type Stat = 'median' | 'max';

function reader(summaries: MetricSummary[]) {
  return (id: string, page: PageId, stat: Stat = 'median') =>
    summaries.find((s) => s.id === id)?.pages[page]?.[stat] ?? null;
}

function ratioBudget(
  id: string,
  label: string,
  a: number | null,
  b: number | null,
  limit: number,
  against: string,
  unit: Unit,
): Budget {
  const limitText = `≤ ${limit.toFixed(2)} × ${against}`;
  if (a === null || b === null || !b)
    return { id, label, limit: limitText, actual: '–', status: 'N/A' };
  const ratio = a / b;
  return {
    id,
    label,
    limit: limitText,
    actual: `${formatRatio(ratio)} (${formatValue(a, unit)} vs ${formatValue(b, unit)} ${unit})`,
    status: ratio <= limit ? 'PASS' : 'OVER',
  };
}

function msBudget(
  id: string,
  label: string,
  value: number | null,
  limit: number,
  extra = '',
): Budget {
  return {
    id,
    label,
    limit: `≤ ${limit} ms`,
    actual: value === null ? '–' : `${formatValue(value, 'ms')} ms${extra}`,
    status: value === null ? 'N/A' : value <= limit ? 'PASS' : 'OVER',
  };
}

function countBudget(id: string, label: string, value: number | null, limit: number): Budget {
  return {
    id,
    label,
    limit: `≤ ${limit}`,
    actual: value === null ? '–' : formatValue(value, 'count'),
    status: value === null ? 'N/A' : value <= limit ? 'PASS' : 'OVER',
  };
}

/**
 * Issue 19 §2, on the medians of one CPU setting: the app against the like-for-like references,
 * times read from pixels. `full`: also the budgets measured at 1× only (app JS, export). `app`:
 * the app page measured (`appScale` in the scale run, against references on the same data).
 */
export function standardBudgets(
  summaries: MetricSummary[],
  appJsGzip: number,
  full: boolean,
  app: PageId = 'app',
  /** Files downloaded twice in the one load with every file `no-cache` and no validators. */
  twiceUncached: number | null = null,
): Budget[] {
  const read = reader(summaries);
  const get = (id: string, page: PageId, stat: Stat = 'median') =>
    read(id, page === 'app' ? app : page, stat);
  const longest = get('exportLongestTask', 'app', 'max');
  const budgets = [
    ratioBudget(
      'placesFloor',
      'Places visible (pixels)',
      get('placesVisible', 'app'),
      get('placesVisible', 'floor'),
      1.5,
      'the 2D-canvas floor',
      'ms',
    ),
    ratioBudget(
      'placesLeaflet',
      'Places visible (pixels)',
      get('placesVisible', 'app'),
      get('placesVisible', 'leaflet'),
      0.8,
      'Leaflet',
      'ms',
    ),
    ratioBudget(
      'mapFinal',
      "MapLibre's first idle, seen: map box final (pixels)",
      get('mapComplete', 'app'),
      get('mapComplete', 'maplibreHidden'),
      1.0,
      'bare MapLibre, canvas hidden until idle',
      'ms',
    ),
    ratioBudget(
      'firstIdle',
      "MapLibre's first idle (mark)",
      get('firstIdle', 'app'),
      get('firstIdle', 'maplibreHidden'),
      1.0,
      'bare MapLibre, canvas hidden until idle',
      'ms',
    ),
    ratioBudget(
      'clickToFigure',
      'Click on the marker → figure visible (pixels)',
      get('clickToFigure', 'app'),
      get('clickToFigure', 'maplibre'),
      1.5,
      "bare MapLibre's click → text visible",
      'ms',
    ),
    ratioBudget(
      'filterToDim',
      'Filter → dimming visible (pixels)',
      get('filterToDim', 'app'),
      get('filterToDim', 'maplibre'),
      1.2,
      'one forced repaint: bare MapLibre, button → the same global state → dimming visible',
      'ms',
    ),
    ratioBudget(
      'bytes',
      'Bytes until the network is quiet (gzip)',
      get('bytesTotalGzip', 'app'),
      get('bytesTotalGzip', 'maplibre'),
      1.1,
      'bare MapLibre',
      'kB',
    ),
    countBudget('twice', 'Files downloaded twice (worst run)', get('twice', 'app', 'max'), 0),
    countBudget(
      'twiceUncached',
      'Files downloaded twice, every file `no-cache` without validators (one load)',
      twiceUncached,
      0,
    ),
    ratioBudget(
      'heap',
      'JS heap after load (after GC)',
      get('heap', 'app'),
      get('heap', 'maplibre'),
      1.1,
      'bare MapLibre',
      'MB',
    ),
  ];
  if (!full) return budgets;
  return [
    ...budgets,
    {
      id: 'appJs',
      label: 'App JS excl. MapLibre, first load (gzip)',
      limit: '≤ 60 KB (61,440 B)',
      actual: `${formatValue(appJsGzip, 'kB')} kB`,
      status: appJsGzip <= APP_JS_BUDGET ? 'PASS' : 'OVER',
    },
    ratioBudget(
      'exportTotal',
      'Export 1920×1080 at 2×, Download once prepared',
      get('exportTotal', 'app'),
      get('bareToBlob', 'app'),
      1.1,
      'bare toBlob 3840×2160',
      'ms',
    ),
    msBudget(
      'exportLongestTask',
      'Export Download, longest main-thread task (worst run)',
      longest,
      100,
    ),
  ];
}

/** Section 2: the app on a generated dataset against the same app on the real data. */
export function scaleBudgets(summaries: MetricSummary[], places: number): Budget[] {
  const get = reader(summaries);
  const n = places.toLocaleString('en');
  const worst = get('searchToList', 'appScale', 'max');
  return [
    ratioBudget(
      'scaleIdle',
      `First idle, ${n} places`,
      get('firstIdle', 'appScale'),
      get('firstIdle', 'app'),
      1.3,
      'the real dataset',
      'ms',
    ),
    ratioBudget(
      'scaleFilter',
      `Filter → repainted (marks), ${n} places`,
      get('filterToRepaint', 'appScale'),
      get('forcedRepaint', 'appScale'),
      1.5,
      'one forced repaint',
      'ms',
    ),
    msBudget(
      'scaleSearch',
      `Search keystroke → list, ${n} places (median)`,
      get('searchToList', 'appScale'),
      16,
      worst === null ? '' : `, worst ${formatValue(worst, 'ms')} ms`,
    ),
    ratioBudget(
      'scaleHeap',
      `Heap after 50 select→deselect, ${n} places`,
      get('heapAfterCycles', 'appScale'),
      get('heapAfterFirstCycle', 'appScale'),
      1.1,
      'after the first',
      'MB',
    ),
  ];
}

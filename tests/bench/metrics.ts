/** The bench's metrics: samples per page from the runs, then medians, min–max and ratios. */
import { isApp, type PageId, type RunResult } from './measure.ts';
import type { Kind } from './server.ts';
import { type Summary, summarize, type Unit } from './stats.ts';

/** Which pages a report shows, and which ratios between them. */
export interface Layout {
  pages: PageId[];
  titles: Partial<Record<PageId, string>>;
  ratios: { of: PageId; to: PageId; title: string }[];
}

interface Metric {
  id: string;
  /** Empty: the raw half of the row above ("gzip / decoded"). */
  label: string;
  unit: Unit;
  samples: Partial<Record<PageId, number[]>>;
  note?: string;
}

export interface MetricSummary {
  id: string;
  label: string;
  unit: Unit;
  note?: string;
  pages: Partial<Record<PageId, Summary | null>>;
  ratios: (number | null)[];
}

const KIND_LABELS: [Kind[], string][] = [
  [['js'], 'JS'],
  [['css'], 'CSS'],
  [['data'], 'Data (GeoJSON and JSON)'],
  [['fonts'], 'Fonts'],
  [['html', 'other'], 'HTML and other'],
];

function collect(results: RunResult[], layout: Layout): Metric[] {
  const by = (page: PageId) => results.filter((r) => r.page === page);
  const numbers = (values: (number | null | undefined)[]) =>
    values.filter((v): v is number => typeof v === 'number');
  /** One sample per run, on every page of the layout (or only its app pages). */
  const each = (pick: (r: RunResult) => number | null | undefined, apps = false) =>
    Object.fromEntries(
      layout.pages.filter((p) => !apps || isApp(p)).map((p) => [p, numbers(by(p).map(pick))]),
    );
  /** Several samples per run, app pages only. */
  const all = (pick: (r: RunResult) => number[] | undefined) =>
    Object.fromEntries(
      layout.pages.filter(isApp).map((p) => [p, by(p).flatMap((r) => pick(r) ?? [])]),
    );
  const bytes = (kinds: Kind[] | 'all', encoded: boolean) => (r: RunResult) =>
    Object.entries(encoded ? r.load.bytes.encoded : r.load.bytes.decoded)
      .filter(([k]) => kinds === 'all' || kinds.includes(k as Kind))
      .reduce((sum, [, v]) => sum + v, 0);
  const ms = 'ms' as const;
  /** Several samples per run, on every page that has them. */
  const screen = (pick: (r: RunResult) => number[] | undefined) =>
    Object.fromEntries(
      layout.pages
        .map((p) => [p, by(p).flatMap((r) => pick(r) ?? [])] as const)
        .filter(([, samples]) => samples.length),
    );
  return [
    {
      id: 'placesVisible',
      label: 'Places visible (pixels)',
      unit: ms,
      samples: each((r) => r.load.placesVisible),
      note: 'navigation → the first screencast frame in which 99.5 % of the markers in view (all of them below 200) have their outline drawn',
    },
    {
      id: 'placesVisibleEveryOutline',
      label: 'Places visible, every outline (pixels)',
      unit: ms,
      samples: each((r) => r.load.placesVisibleEveryOutline),
      note: 'the same with no outline missing: where markers crowd, the one on top may differ between frames of the same places',
    },
    {
      id: 'outlines',
      label: 'Marker outlines looked for',
      unit: 'count',
      samples: each((r) => r.load.outlines),
    },
    {
      id: 'outlinesMissingAtVisible',
      label: 'Of which not drawn when places count as visible',
      unit: 'count',
      samples: each((r) => r.load.outlinesMissingAtVisible),
    },
    {
      id: 'mapComplete',
      label: 'Map box final (pixels)',
      unit: ms,
      samples: each((r) => r.load.mapComplete),
      note: 'navigation → the frame from which the map box (every 4th pixel) stays as it ends',
    },
    {
      id: 'clickToFigure',
      label: 'Click on the marker → figure visible (pixels)',
      unit: ms,
      samples: screen((r) => r.screen?.clickToFigure),
      note: 'pointer on the marker, page settled, press → the frame in which the panel figure box looks as it ends',
    },
    {
      id: 'filterToDim',
      label: 'Filter click → dimming visible (pixels)',
      unit: ms,
      samples: screen((r) => r.screen?.filterToDim),
      note: 'click on the red-list filter → the frame in which the pixels of the map box that change (markers and labels fading) look as they end',
    },
    {
      id: 'frameGap',
      label: 'Screencast frame interval, navigation → first idle (median)',
      unit: ms,
      samples: each((r) => r.load.frameGap),
      note: 'the resolution of the pixel rows: frames come when the screen changes and the last one is acknowledged',
    },
    {
      id: 'frameGapAfterInput',
      label: 'Screencast frame interval after a click (median)',
      unit: ms,
      samples: screen((r) => r.screen?.frameGap),
      note: 'the resolution of the click and filter rows',
    },
    {
      id: 'firstPaint',
      label: 'First map paint (mark)',
      unit: ms,
      samples: each((r) => r.load.firstPaint),
      note: "app: pilot-atlas:first-paint (rAF callback); MapLibre 'load'; Leaflet and floor: the frame callback after drawing",
    },
    {
      id: 'firstIdle',
      label: 'First idle (mark)',
      unit: ms,
      samples: each((r) => r.load.idle),
      note: "MapLibre first 'idle'; Leaflet: layers drawn and label fonts loaded",
    },
    {
      id: 'domContentLoaded',
      label: 'DOMContentLoaded (event)',
      unit: ms,
      samples: each((r) => r.load.domContentLoaded),
    },
    {
      id: 'fcp',
      label: 'First contentful paint, any content (Paint Timing)',
      unit: ms,
      samples: each((r) => r.load.fcp),
    },
    {
      id: 'bytesTotalGzip',
      label: 'First load, transferred (gzip)',
      unit: 'kB',
      samples: each(bytes('all', true)),
      note: 'response bodies, counted by the server, until the network is quiet',
    },
    {
      id: 'bytesTotalRaw',
      label: 'First load, decoded',
      unit: 'kB',
      samples: each(bytes('all', false)),
    },
    ...KIND_LABELS.flatMap(([kinds, name]): Metric[] => [
      {
        id: `bytes-${kinds.join('-')}`,
        label: `  ${name}, gzip / decoded`,
        unit: 'kB',
        samples: each(bytes(kinds, true)),
      },
      {
        id: `bytes-${kinds.join('-')}-raw`,
        label: '',
        unit: 'kB',
        samples: each(bytes(kinds, false)),
      },
    ]),
    { id: 'requests', label: 'Requests', unit: 'count', samples: each((r) => r.load.requests) },
    {
      id: 'afterIdle',
      label: 'Of which after the first idle, gzip',
      unit: 'kB',
      samples: each((r) => r.load.afterIdle.reduce((a, t) => a + t.encoded, 0)),
    },
    {
      id: 'quiet',
      label: 'Network quiet: last request (server log)',
      unit: ms,
      samples: each((r) => r.load.quiet),
    },
    {
      id: 'twice',
      label: 'Files downloaded twice',
      unit: 'count',
      samples: each((r) => r.load.twice.length),
    },
    {
      id: 'revalidated',
      label: 'Requests revalidated (304)',
      unit: 'count',
      samples: each((r) => r.load.revalidated),
    },
    {
      id: 'heap',
      label: 'JS heap after load (after GC)',
      unit: 'MB',
      samples: each((r) => r.load.heapAfterGc),
      note: "main thread's JSHeapUsedSize (CDP Performance.getMetrics); workers not included",
    },
    {
      id: 'heapBeforeGc',
      label: 'JS heap after load (before GC)',
      unit: 'MB',
      samples: each((r) => r.load.heapBeforeGc),
    },
    {
      id: 'clickToPanel',
      label: 'Click → details panel (marks select→panel)',
      unit: ms,
      samples: all((r) => r.app?.clickToPanel),
    },
    {
      id: 'clickToPaint',
      label: 'Click → next paint (Event Timing)',
      unit: ms,
      samples: all((r) => r.app?.clickToPaint),
      note: 'input to the next frame presented; Event Timing rounds to 8 ms',
    },
    {
      id: 'filterToRepaint',
      label: 'Filter → map repainted (marks)',
      unit: ms,
      samples: all((r) => r.app?.filterToRepaint),
    },
    {
      id: 'forcedRepaint',
      label: 'One forced repaint (triggerRepaint → render event)',
      unit: ms,
      samples: {
        ...all((r) => r.app?.forcedRepaint),
        ...Object.fromEntries(
          (['maplibre', 'maplibreHidden'] as const)
            .filter((p) => layout.pages.includes(p))
            .map((p) => [p, by(p).flatMap((r) => r.forcedRepaint ?? [])]),
        ),
      },
    },
    {
      id: 'searchToList',
      label: 'Search keystroke → list updated (marks search→listed)',
      unit: ms,
      samples: all((r) => r.app?.search?.toList),
      note: 'one sample per keystroke: typing the query, then deleting it',
    },
    {
      id: 'searchToPaint',
      label: 'Search keystroke → next paint (Event Timing)',
      unit: ms,
      samples: all((r) => r.app?.search?.toPaint),
      note: 'includes the map repaint; a keystroke Event Timing does not report counts as 16 ms',
    },
    {
      id: 'heapAfterFirstCycle',
      label: 'Heap after the first select→deselect (after GC)',
      unit: 'MB',
      samples: each((r) => r.app?.heapAfterFirstCycle, true),
    },
    {
      id: 'heapAfterCycles',
      label: 'Heap after 50 select→deselect (after GC)',
      unit: 'MB',
      samples: each((r) => r.app?.heapAfterCycles, true),
    },
    {
      id: 'nodesGrowth',
      label: 'DOM nodes growth, select→deselect 2–50',
      unit: 'count',
      samples: each((r) => r.app?.domNodesGrowth, true),
    },
    {
      id: 'listenersGrowth',
      label: 'Listeners growth, select→deselect 2–50',
      unit: 'count',
      samples: each((r) => r.app?.listenersGrowth, true),
    },
    {
      id: 'exportPrepare',
      label: 'Export dialog open → image prepared (DOM attribute)',
      unit: ms,
      samples: each((r) => r.app?.export?.prepareMs, true),
      note: 'Export clicked → the dialog shows data-export-state="ready" (preview drawn, full size rendered)',
    },
    {
      id: 'exportPrepareLongestTask',
      label: 'Export preparation, longest main-thread task (trace)',
      unit: ms,
      samples: each((r) => r.app?.export?.prepareLongestTaskMs, true),
      note: "Chromium trace, 'toplevel' RunTask on the renderer main thread",
    },
    {
      id: 'exportTotal',
      label: 'Export 1920×1080 at 2×, Download once prepared (call → blob)',
      unit: ms,
      samples: each((r) => r.app?.export?.totalMs, true),
      note: 'window.pilotAtlas.exportPng (what Download PNG makes) once the dialog is ready, call → PNG blob',
    },
    {
      id: 'exportLongestTask',
      label: 'Export Download, longest main-thread task (trace)',
      unit: ms,
      samples: each((r) => r.app?.export?.longestTaskMs, true),
      note: "Chromium trace, 'toplevel' RunTask on the renderer main thread",
    },
    {
      id: 'bareToBlob',
      label: 'Bare canvas.toBlob 3840×2160, same pixels (call → blob)',
      unit: ms,
      samples: each((r) => r.app?.export?.bareToBlobMs, true),
    },
    {
      id: 'bareLongestTask',
      label: 'Bare toBlob, longest main-thread task (trace)',
      unit: ms,
      samples: each((r) => r.app?.export?.bareLongestTaskMs, true),
    },
    {
      id: 'exportBytes',
      label: 'Export PNG size',
      unit: 'kB',
      samples: each((r) => r.app?.export?.pngBytes, true),
    },
  ];
}

/** Summaries of every metric with at least one sample, in order. */
export function summarizeMetrics(results: RunResult[], layout: Layout): MetricSummary[] {
  return collect(results, layout)
    .filter((m) => Object.values(m.samples).some((s) => s.some(Number.isFinite)))
    .map((metric) => {
      const pages = Object.fromEntries(
        Object.entries(metric.samples).map(([page, samples]) => [page, summarize(samples)]),
      ) as Partial<Record<PageId, Summary | null>>;
      const ratios = layout.ratios.map(({ of, to }) => {
        const a = pages[of]?.median;
        const b = pages[to]?.median;
        return a === undefined || b === undefined || !b ? null : a / b;
      });
      return {
        id: metric.id,
        label: metric.label,
        unit: metric.unit,
        ...(metric.note ? { note: metric.note } : {}),
        pages,
        ratios,
      };
    });
}

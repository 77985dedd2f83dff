/**
 * `npm run bench [-- options]`: builds the app and two reference pages (bare MapLibre with the
 * app's style; Leaflet with the same GeoJSON), serves each from its own gzip-compressing static
 * server on 127.0.0.1, loads them alternately in Chromium (a new browser context per run: cold
 * cache, empty profile), and reports medians, min–max and ratios, checked against the budgets.
 *
 * Writes tests/bench/results/<label>.json and .md (label "latest" by default).
 *
 * Options:
 *   --runs N       measured runs per page (default 7)
 *   --warmup N     unmeasured rounds (one load of each page) first (default 1)
 *   --data DIR     build the app and the references from a generated data root
 *                  (see generate-places.ts), e.g. node_modules/.cache/pilot-atlas-bench/places-3000
 *   --label NAME   results file name (default "latest", or "scale-<places>" with --data)
 *   --no-build     reuse the previous build in --out
 *   --out DIR      build directory (default node_modules/.cache/pilot-atlas-bench: ignored by git,
 *                  Prettier and ESLint alike)
 *   --profile      also record one main-thread CPU profile of an app load and summarise it
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, release, totalmem, type } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium, type Browser } from 'playwright-core';
import { chromiumLaunchOptions, resolveChromium } from '../e2e/chromium.ts';
import { buildAll, buildPaths, type JsShare, jsShares, repoRoot } from './build.ts';
import {
  type LoadProfile,
  type PageId,
  profileLoad,
  type RunResult,
  runPage,
  VIEWPORT,
} from './measure.ts';
import { type Kind, serveStatic, type StaticServer } from './server.ts';
import {
  formatRatio,
  formatSummary,
  formatValue,
  markdownTable,
  type Summary,
  summarize,
  textTable,
  type Unit,
} from './stats.ts';

const PAGES: readonly PageId[] = ['app', 'maplibre', 'leaflet'];
const PAGE_TITLES: Record<PageId, string> = {
  app: 'App',
  maplibre: 'Bare MapLibre',
  leaflet: 'Leaflet',
};
const PAGE_PATHS: Record<PageId, string> = {
  app: '/',
  maplibre: '/maplibre.html',
  leaflet: '/leaflet.html',
};
/** Budget for the app's own JavaScript, MapLibre excluded, gzip: 60 KB = 60 × 1024 bytes. */
const APP_JS_BUDGET = 60 * 1024;
const EXPORT_TODO = 'export 1920×1080 at 2×';

const { values: args } = parseArgs({
  options: {
    runs: { type: 'string', default: '7' },
    warmup: { type: 'string', default: '1' },
    data: { type: 'string' },
    label: { type: 'string' },
    'no-build': { type: 'boolean', default: false },
    out: { type: 'string' },
    profile: { type: 'boolean', default: false },
  },
});

const runs = Number(args.runs);
const warmup = Number(args.warmup);
if (!Number.isInteger(runs) || runs < 1) throw new Error('--runs must be a positive integer');
if (!Number.isInteger(warmup) || warmup < 0) throw new Error('--warmup must be 0 or more');
const dataRoot = args.data ? resolve(args.data) : undefined;
const outDir = resolve(args.out ?? join(repoRoot, 'node_modules', '.cache', 'pilot-atlas-bench'));
const resultsDir = join(repoRoot, 'tests', 'bench', 'results');
const placeCount = (() => {
  const pilots = JSON.parse(
    readFileSync(join(dataRoot ?? repoRoot, 'geo', 'pilots.geojson'), 'utf8'),
  ) as { features: unknown[] };
  return pilots.features.length;
})();
const label = args.label ?? (dataRoot ? `scale-${placeCount}` : 'latest');
const runOptions = { clicks: 3, filterCycles: 2, selectCycles: 50 };

function log(message: string) {
  process.stderr.write(`bench: ${message}\n`);
}

function gitState(): { commit: string | null; dirty: boolean | null } {
  try {
    const commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], {
      cwd: repoRoot,
      encoding: 'utf8',
    }).trim();
    const status = execFileSync('git', ['status', '--porcelain'], {
      cwd: repoRoot,
      encoding: 'utf8',
    });
    return { commit, dirty: status.trim().length > 0 };
  } catch {
    return { commit: null, dirty: null };
  }
}

async function webglRenderer(browser: Browser): Promise<string | null> {
  const page = await browser.newPage();
  try {
    return await page.evaluate(() => {
      const gl = document.createElement('canvas').getContext('webgl2');
      if (!gl) return null;
      const info = gl.getExtension('WEBGL_debug_renderer_info');
      return String(gl.getParameter(info ? info.UNMASKED_RENDERER_WEBGL : gl.RENDERER));
    });
  } finally {
    await page.close();
  }
}

// ---------------------------------------------------------------------------------------------
// Metrics: each is a list of samples per page.

interface Metric {
  id: string;
  label: string;
  unit: Unit;
  group: 'load' | 'bytes' | 'memory' | 'interaction';
  samples: Partial<Record<PageId, number[]>>;
  note?: string;
}

function collectMetrics(results: RunResult[]): Metric[] {
  const by = (page: PageId) => results.filter((r) => r.page === page);
  const load = (pick: (r: RunResult) => number | null, pages = PAGES) =>
    Object.fromEntries(
      pages.map((p) => [
        p,
        by(p)
          .map(pick)
          .filter((v): v is number => v !== null),
      ]),
    );
  const app = by('app');
  const flat = (pick: (r: RunResult) => number[] | undefined, page: PageId = 'app') =>
    by(page).flatMap((r) => pick(r) ?? []);
  const bytes = (kinds: Kind[] | 'all', encoded: boolean) => (r: RunResult) => {
    const table = encoded ? r.load.bytes.encoded : r.load.bytes.decoded;
    return Object.entries(table)
      .filter(([k]) => kinds === 'all' || kinds.includes(k as Kind))
      .reduce((sum, [, v]) => sum + v, 0);
  };
  const metrics: Metric[] = [
    {
      id: 'firstPaint',
      label: 'First map paint',
      unit: 'ms',
      group: 'load',
      samples: load((r) => r.load.firstPaint),
      note: "MapLibre 'load'; Leaflet: the frame its canvas layers are drawn in",
    },
    {
      id: 'firstIdle',
      label: 'First complete idle',
      unit: 'ms',
      group: 'load',
      samples: load((r) => r.load.idle),
      note: "MapLibre first 'idle'; Leaflet: layers drawn and label fonts loaded",
    },
    {
      id: 'domContentLoaded',
      label: 'DOMContentLoaded (scripts run)',
      unit: 'ms',
      group: 'load',
      samples: load((r) => r.load.domContentLoaded),
    },
    {
      id: 'fcp',
      label: 'First contentful paint (page)',
      unit: 'ms',
      group: 'load',
      samples: load((r) => r.load.fcp),
    },
    {
      id: 'bytesTotalGzip',
      label: 'First load, transferred (gzip)',
      unit: 'kB',
      group: 'bytes',
      samples: load(bytes('all', true)),
      note: 'response bodies, counted by the server, up to first idle',
    },
    {
      id: 'bytesTotalRaw',
      label: 'First load, decoded',
      unit: 'kB',
      group: 'bytes',
      samples: load(bytes('all', false)),
    },
  ];
  const kindLabels: [Kind[], string][] = [
    [['js'], 'JS'],
    [['css'], 'CSS'],
    [['data'], 'Data (GeoJSON)'],
    [['fonts'], 'Fonts'],
    [['html', 'other'], 'HTML and other'],
  ];
  for (const [kinds, name] of kindLabels) {
    metrics.push({
      id: `bytes-${kinds.join('-')}`,
      label: `  ${name}, gzip / decoded`,
      unit: 'kB',
      group: 'bytes',
      samples: load(bytes(kinds, true)),
    });
    metrics.push({
      id: `bytes-${kinds.join('-')}-raw`,
      label: '',
      unit: 'kB',
      group: 'bytes',
      samples: load(bytes(kinds, false)),
    });
  }
  metrics.push(
    {
      id: 'requests',
      label: 'Requests',
      unit: 'count',
      group: 'bytes',
      samples: load((r) => r.load.requests),
    },
    {
      id: 'heap',
      label: 'JS heap after load (after GC)',
      unit: 'MB',
      group: 'memory',
      samples: load((r) => r.load.heapAfterGc),
      note: "main thread's JSHeapUsedSize (CDP Performance.getMetrics); workers not included",
    },
    {
      id: 'heapBeforeGc',
      label: 'JS heap after load (before GC)',
      unit: 'MB',
      group: 'memory',
      samples: load((r) => r.load.heapBeforeGc),
    },
    {
      id: 'clickToPanel',
      label: 'Click → details panel (select→panel)',
      unit: 'ms',
      group: 'interaction',
      samples: { app: flat((r) => r.app?.clickToPanel) },
    },
    {
      id: 'clickToPaint',
      label: 'Click → next paint (Event Timing)',
      unit: 'ms',
      group: 'interaction',
      samples: { app: flat((r) => r.app?.clickToPaint) },
      note: 'input to the next frame presented; Event Timing rounds to 8 ms',
    },
    {
      id: 'filterToRepaint',
      label: 'Filter → map repainted',
      unit: 'ms',
      group: 'interaction',
      samples: { app: flat((r) => r.app?.filterToRepaint) },
    },
    {
      id: 'forcedRepaint',
      label: 'One forced repaint (triggerRepaint→render)',
      unit: 'ms',
      group: 'interaction',
      samples: {
        app: flat((r) => r.app?.forcedRepaint),
        maplibre: flat((r) => r.forcedRepaint, 'maplibre'),
      },
    },
    {
      id: 'heapGrowth',
      label: 'Heap growth, select→deselect ×50',
      unit: 'kB',
      group: 'memory',
      samples: { app: app.map((r) => r.app?.heapGrowth ?? NaN) },
      note: 'after forced GC (HeapProfiler.collectGarbage) before and after',
    },
    {
      id: 'nodesGrowth',
      label: 'DOM nodes growth, select→deselect ×50',
      unit: 'count',
      group: 'memory',
      samples: { app: app.map((r) => r.app?.domNodesGrowth ?? NaN) },
    },
    {
      id: 'listenersGrowth',
      label: 'Listeners growth, select→deselect ×50',
      unit: 'count',
      group: 'memory',
      samples: { app: app.map((r) => r.app?.listenersGrowth ?? NaN) },
    },
  );
  return metrics;
}

interface MetricSummary {
  id: string;
  label: string;
  unit: Unit;
  note?: string;
  pages: Partial<Record<PageId, Summary | null>>;
  ratios: { vsMaplibre: number | null; vsLeaflet: number | null };
}

function summarizeMetric(metric: Metric): MetricSummary {
  const pages = Object.fromEntries(
    Object.entries(metric.samples).map(([page, samples]) => [page, summarize(samples)]),
  ) as Partial<Record<PageId, Summary | null>>;
  const ratio = (other: PageId) => {
    const a = pages.app?.median;
    const b = pages[other]?.median;
    return a === undefined || b === undefined || !b ? null : a / b;
  };
  return {
    id: metric.id,
    label: metric.label,
    unit: metric.unit,
    ...(metric.note ? { note: metric.note } : {}),
    pages,
    ratios: { vsMaplibre: ratio('maplibre'), vsLeaflet: ratio('leaflet') },
  };
}

// ---------------------------------------------------------------------------------------------
// Budgets: reported, never asserted.

interface Budget {
  id: string;
  label: string;
  limit: string;
  actual: string;
  status: 'PASS' | 'OVER' | 'N/A';
}

function budgets(summaries: MetricSummary[], appJsGzip: number): Budget[] {
  const get = (id: string) => summaries.find((s) => s.id === id)!;
  const med = (id: string, page: PageId) => get(id).pages[page]?.median ?? null;
  const ratioBudget = (
    id: string,
    label: string,
    a: number | null,
    b: number | null,
    limit: number,
    against: string,
    unit: Unit,
  ): Budget => {
    if (a === null || b === null || !b)
      return { id, label, limit: `≤ ${limit} × ${against}`, actual: '–', status: 'N/A' };
    const ratio = a / b;
    return {
      id,
      label,
      limit: `≤ ${limit.toFixed(2)} × ${against}`,
      actual: `${formatRatio(ratio)} (${formatValue(a, unit)} vs ${formatValue(b, unit)} ${unit})`,
      status: ratio <= limit ? 'PASS' : 'OVER',
    };
  };
  const panel = med('clickToPanel', 'app');
  return [
    ratioBudget(
      'firstIdle',
      'First idle',
      med('firstIdle', 'app'),
      med('firstIdle', 'maplibre'),
      1.1,
      'bare MapLibre',
      'ms',
    ),
    ratioBudget(
      'firstPaint',
      'First map paint',
      med('firstPaint', 'app'),
      med('firstPaint', 'leaflet'),
      1.0,
      'Leaflet',
      'ms',
    ),
    {
      id: 'clickToPanel',
      label: 'Click → panel (median)',
      limit: '≤ 16 ms',
      actual: panel === null ? '–' : `${formatValue(panel, 'ms')} ms`,
      status: panel === null ? 'N/A' : panel <= 16 ? 'PASS' : 'OVER',
    },
    ratioBudget(
      'filterToRepaint',
      'Filter → repainted',
      med('filterToRepaint', 'app'),
      med('forcedRepaint', 'app'),
      1.2,
      'one forced repaint',
      'ms',
    ),
    ratioBudget(
      'bytes',
      'First load bytes (gzip)',
      med('bytesTotalGzip', 'app'),
      med('bytesTotalGzip', 'maplibre'),
      1.2,
      'bare MapLibre',
      'kB',
    ),
    {
      id: 'appJs',
      label: 'App JS excl. MapLibre (gzip)',
      limit: '≤ 60 KB (61,440 B)',
      actual: `${formatValue(appJsGzip, 'kB')} kB`,
      status: appJsGzip <= APP_JS_BUDGET ? 'PASS' : 'OVER',
    },
  ];
}

// ---------------------------------------------------------------------------------------------
// Report.

function tables(
  summaries: MetricSummary[],
  budgetRows: Budget[],
  shares: JsShare[],
): { header: string[]; rows: string[][]; budgetHeader: string[]; budgetRows: string[][] } {
  const header = ['Metric', ...PAGES.map((p) => PAGE_TITLES[p]), 'App/MapLibre', 'App/Leaflet'];
  const rows: string[][] = [];
  for (let i = 0; i < summaries.length; i++) {
    const s = summaries[i]!;
    if (!s.label) continue; // printed with the row above
    const next = summaries[i + 1];
    const paired = next && !next.label ? next : null;
    const cell = (page: PageId) => {
      const main = formatSummary(s.pages[page] ?? null, s.unit);
      if (!paired) return main;
      const raw = paired.pages[page];
      return `${formatValue(s.pages[page]?.median ?? NaN, s.unit)} / ${raw ? formatValue(raw.median, s.unit) : '–'}`;
    };
    const unit = s.unit === 'count' ? '' : ` (${s.unit})`;
    rows.push([
      `${s.label}${unit}`,
      ...PAGES.map(cell),
      formatRatio(s.ratios.vsMaplibre),
      formatRatio(s.ratios.vsLeaflet),
    ]);
  }
  const nonMaplibre = shares.filter((s) => s.group !== 'maplibre-gl');
  rows.push([
    `App JS excl. MapLibre, gzip / raw (kB)`,
    `${formatValue(
      nonMaplibre.reduce((a, s) => a + s.gzip, 0),
      'kB',
    )} / ${formatValue(
      nonMaplibre.reduce((a, s) => a + s.raw, 0),
      'kB',
    )}`,
    '',
    '',
    '',
    '',
  ]);
  rows.push([`TODO: ${EXPORT_TODO} (ms)`, 'not built yet', '', '', '', '']);
  return {
    header,
    rows,
    budgetHeader: ['Budget', 'Limit', 'Actual (medians)', 'Status'],
    budgetRows: budgetRows.map((b) => [b.label, b.limit, b.actual, b.status]),
  };
}

// ---------------------------------------------------------------------------------------------

async function main() {
  const started = Date.now();
  const found = resolveChromium();
  if (!found.found) throw new Error(`bench: no Chromium: ${found.reason}`);

  const paths = buildPaths(outDir);
  if (!args['no-build']) {
    log(`building the app and the reference pages into ${relative(repoRoot, outDir)} …`);
    await buildAll({ outDir, dataRoot });
  }
  const shares = jsShares(paths.analysis);
  const appJsGzip = shares.filter((s) => s.group !== 'maplibre-gl').reduce((a, s) => a + s.gzip, 0);

  const servers: Record<PageId, StaticServer> = {
    app: await serveStatic(paths.app),
    maplibre: await serveStatic(paths.maplibre),
    leaflet: await serveStatic(paths.leaflet),
  };
  const browser = await chromium.launch({ ...chromiumLaunchOptions(), headless: true });
  const stop = async () => {
    await browser.close().catch(() => {});
    await Promise.all(Object.values(servers).map((s) => s.close()));
  };
  process.once('SIGINT', () => void stop().then(() => process.exit(130)));

  try {
    const chromiumVersion = browser.version();
    const renderer = await webglRenderer(browser);
    log(`Chromium ${chromiumVersion}, WebGL: ${renderer ?? 'none'}`);

    // The reference pages draw the map at the app's map size, measured in the app.
    let size: { width: number; height: number } | null = null;
    const urlOf = (page: PageId) => {
      const url = new URL(PAGE_PATHS[page], servers[page].origin);
      if (page !== 'app' && size) {
        url.searchParams.set('w', String(size.width));
        url.searchParams.set('h', String(size.height));
      }
      return url.href;
    };
    const once = async (page: PageId, what: string) => {
      const t = Date.now();
      const result = await runPage(browser, servers[page], page, urlOf(page), runOptions);
      if (page === 'app' && result.load.mapSize) size ??= result.load.mapSize;
      for (const error of result.errors) log(`  ${page}: ${error}`);
      log(
        `${what} ${PAGE_TITLES[page]}: first paint ${result.load.firstPaint.toFixed(0)} ms, ` +
          `idle ${result.load.idle.toFixed(0)} ms (${((Date.now() - t) / 1000).toFixed(1)} s)`,
      );
      return result;
    };

    for (let i = 0; i < warmup; i++) for (const page of PAGES) await once(page, 'warm-up');
    if (!size) await once('app', 'map size probe');
    const results: RunResult[] = [];
    for (let i = 0; i < runs; i++) {
      // Alternate the pages, and rotate which goes first, so drift hits all three alike.
      const order = PAGES.map((_, k) => PAGES[(k + i) % PAGES.length]!);
      for (const page of order) results.push(await once(page, `run ${i + 1}/${runs}`));
    }

    let profile: LoadProfile | null = null;
    if (args.profile) {
      log('profiling one app load …');
      profile = await profileLoad(browser, servers.app, urlOf('app'), 'pilot-atlas:idle');
    }

    const summaries = collectMetrics(results).map(summarizeMetric);
    const busy = summarize(results.map((r) => r.load.loadAverage));
    const busyWarning =
      busy && busy.median > cpus().length
        ? `WARNING: the machine was busy (1-minute load average ${busy.min.toFixed(1)}–${busy.max.toFixed(1)}, median ${busy.median.toFixed(1)}, on ${cpus().length} cores): other processes share the CPU, so absolute timings are inflated and noisy; the ratios between pages (run alternately) are the more reliable figures.`
        : null;
    const budgetRows = budgets(summaries, appJsGzip);
    const cpu = cpus();
    const git = gitState();
    const report = {
      date: new Date().toISOString(),
      machine: {
        cpu: cpu[0]?.model ?? 'unknown',
        cores: cpu.length,
        memoryGB: Math.round((totalmem() / 1024 ** 3) * 10) / 10,
        os: `${type()} ${release()}`,
        node: process.version,
        chromium: chromiumVersion,
        webgl: renderer,
        loadAverageDuringRuns: busy,
      },
      setup: {
        git,
        runs,
        warmup,
        places: placeCount,
        data: dataRoot ? relative(repoRoot, dataRoot) : 'data/',
        viewport: VIEWPORT,
        mapSize: size,
        interactions: runOptions,
        server: 'node http, gzip level 9 for text, Cache-Control: no-store; CDP cache disabled',
        units: 'ms; bytes (kB = 1000 B in tables); heap in bytes',
      },
      metrics: summaries,
      appJs: {
        excludingMaplibreGzip: appJsGzip,
        budgetGzip: APP_JS_BUDGET,
        byGroup: shares,
        note: 'analysis build split by package; each chunk gzipped alone (level 9)',
      },
      budgets: budgetRows,
      todo: { [EXPORT_TODO]: null },
      profile,
      runs: results,
      durationSeconds: Math.round((Date.now() - started) / 1000),
    };

    const t = tables(summaries, budgetRows, shares);
    const heading = `Pilot Atlas bench, ${report.date.slice(0, 10)}: ${placeCount} places, ${runs} runs per page, median (min–max)`;
    const machine = `${report.machine.cpu}, ${report.machine.cores} cores, ${report.machine.memoryGB} GB, Node ${report.machine.node}, Chromium ${chromiumVersion}, WebGL ${renderer ?? 'none'}`;
    const shareLine = shares.map((s) => `${s.group} ${formatValue(s.gzip, 'kB')}`).join(', ');
    const profileText = profile
      ? [
          '',
          `Main-thread CPU, one app load to first idle (${formatValue(profile.totalMs, 'ms')} ms sampled):`,
          ...profile.byScript
            .slice(0, 8)
            .map((s) => `  ${s.script.padEnd(36)} ${formatValue(s.selfMs, 'ms').padStart(6)} ms`),
          'Top functions (self time):',
          ...profile.top
            .slice(0, 10)
            .map(
              (f) =>
                `  ${formatValue(f.selfMs, 'ms').padStart(6)} ms  ${f.name} (${f.where.slice(0, 60)})`,
            ),
        ].join('\n')
      : '';
    const text = [
      heading,
      machine,
      ...(busyWarning ? [busyWarning] : []),
      '',
      textTable(t.header, t.rows),
      '',
      `App JS by package, gzip kB (analysis build): ${shareLine}`,
      '',
      textTable(t.budgetHeader, t.budgetRows),
      profileText,
    ].join('\n');
    const markdown = [
      `### ${heading}`,
      '',
      `${machine}. Git ${git.commit ?? '?'}${git.dirty ? ' (uncommitted changes)' : ''}.`,
      '',
      ...(busyWarning ? [`> ${busyWarning}`, ''] : []),
      markdownTable(t.header, t.rows),
      '',
      `App JS by package, gzip kB: ${shareLine}.`,
      '',
      markdownTable(t.budgetHeader, t.budgetRows),
      '',
      `First map paint: MapLibre \`load\` (Leaflet: the frame its canvas layers are drawn in). First idle: MapLibre's first \`idle\` (Leaflet: layers drawn and label fonts loaded). Bytes: response bodies up to first idle, counted by the server (gzip level 9 for text). Heap: main thread \`JSHeapUsedSize\` after a forced GC.`,
      '',
    ].join('\n');

    mkdirSync(resultsDir, { recursive: true });
    writeFileSync(join(resultsDir, `${label}.json`), JSON.stringify(report, null, 2) + '\n');
    writeFileSync(join(resultsDir, `${label}.md`), markdown);
    console.log(`\n${text}\n\n--- Markdown (also in tests/bench/results/${label}.md) ---\n`);
    console.log(markdown);
    log(`wrote tests/bench/results/${label}.json and .md in ${report.durationSeconds} s`);
  } finally {
    await stop();
  }
}

await main();

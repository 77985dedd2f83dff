/**
 * `npm run bench [-- options]`: builds the app and two reference pages (bare MapLibre with the
 * app's style; Leaflet with the same GeoJSON), serves each from its own gzip-compressing static
 * server on 127.0.0.1, loads them alternately in Chromium (a new browser context per run: cold
 * cache, empty profile), and reports medians, min–max and ratios, checked against the budgets.
 *
 * With `--scale N` it instead builds the app twice — on the real data and on a generated dataset
 * of N places with 10 excerpts each (generate-places.ts, made once into <out>/places-N) — and
 * loads the two alternately: the same measurements, the scale budgets, no reference pages.
 *
 * Writes tests/bench/results/<label>.json and .md (label "latest" by default).
 *
 * Options:
 *   --runs N       measured runs per page (default 7)
 *   --warmup N     unmeasured rounds (one load of each page) first (default 1)
 *   --scale N      the scale bench: the app on the real data against the app on N generated places
 *   --data DIR     build the app and the references from a generated data root
 *                  (see generate-places.ts), e.g. node_modules/.cache/pilot-atlas-bench/places-3000
 *   --label NAME   results file name (default "latest", "scale-<N>" with --scale, "data-<places>"
 *                  with --data)
 *   --no-build     reuse the previous build in --out
 *   --out DIR      build directory (default node_modules/.cache/pilot-atlas-bench: ignored by git,
 *                  Prettier and ESLint alike)
 *   --profile      also record main-thread CPU profiles of an app load and of the search keystrokes
 *                  (the app on the generated data with --scale) and summarise them
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, release, totalmem, type } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import { chromiumLaunchOptions, resolveChromium } from '../e2e/chromium.ts';
import { buildAll, buildPaths, jsShares, repoRoot } from './build.ts';
import { firstLoadScripts } from './firstLoad.ts';
import { APP_JS_BUDGET, scaleBudgets, standardBudgets } from './budgets.ts';
import { gitState, webglRenderer } from './environment.ts';
import { generate } from './generate-places.ts';
import { isApp, type PageId, type RunResult, runPage, VIEWPORT } from './measure.ts';
import { type Layout, summarizeMetrics } from './metrics.ts';
import { type CpuSummary, profileApp } from './profile.ts';
import { render } from './report.ts';
import { serveStatic, type StaticServer } from './server.ts';
import { summarize } from './stats.ts';

const PAGE_PATHS: Record<PageId, string> = {
  app: '/',
  appScale: '/',
  maplibre: '/maplibre.html',
  leaflet: '/leaflet.html',
};
/** Typed into the search box and deleted again: it narrows both datasets step by step. */
const SEARCH_QUERY = 'shan';

const { values: args } = parseArgs({
  options: {
    runs: { type: 'string', default: '7' },
    warmup: { type: 'string', default: '1' },
    scale: { type: 'string' },
    data: { type: 'string' },
    label: { type: 'string' },
    'no-build': { type: 'boolean', default: false },
    out: { type: 'string' },
    profile: { type: 'boolean', default: false },
  },
});

const runs = Number(args.runs);
const warmup = Number(args.warmup);
const scale = args.scale === undefined ? null : Number(args.scale);
if (!Number.isInteger(runs) || runs < 1) throw new Error('--runs must be a positive integer');
if (!Number.isInteger(warmup) || warmup < 0) throw new Error('--warmup must be 0 or more');
if (scale !== null && !(Number.isInteger(scale) && scale > 0))
  throw new Error('--scale must be a positive integer');
if (scale !== null && args.data) throw new Error('--scale and --data do not go together');
const outDir = resolve(args.out ?? join(repoRoot, 'node_modules', '.cache', 'pilot-atlas-bench'));
const dataRoot = args.data ? resolve(args.data) : undefined;
const scaleRoot = scale === null ? undefined : join(outDir, `places-${scale}`);
const resultsDir = join(repoRoot, 'tests', 'bench', 'results');
const countPlaces = (root: string) =>
  (
    JSON.parse(readFileSync(join(root, 'geo', 'pilots.geojson'), 'utf8')) as {
      features: unknown[];
    }
  ).features.length;
const placeCount = countPlaces(dataRoot ?? repoRoot);
const label =
  args.label ?? (scale !== null ? `scale-${scale}` : dataRoot ? `data-${placeCount}` : 'latest');
const layout: Layout =
  scale === null
    ? {
        pages: ['app', 'maplibre', 'leaflet'],
        titles: { app: 'App', maplibre: 'Bare MapLibre', leaflet: 'Leaflet' },
        ratios: [
          { of: 'app', to: 'maplibre', title: 'App/MapLibre' },
          { of: 'app', to: 'leaflet', title: 'App/Leaflet' },
        ],
      }
    : {
        pages: ['app', 'appScale'],
        titles: {
          app: `App, ${placeCount} places`,
          appScale: `App, ${scale.toLocaleString('en')} places`,
        },
        ratios: [{ of: 'appScale', to: 'app', title: 'Scale/real' }],
      };
const runOptions = {
  clicks: 3,
  filterCycles: 2,
  selectCycles: 50,
  search: SEARCH_QUERY,
  export: scale === null,
};

function log(message: string) {
  process.stderr.write(`bench: ${message}\n`);
}

async function main() {
  const started = Date.now();
  const found = resolveChromium();
  if (!found.found) throw new Error(`bench: no Chromium: ${found.reason}`);

  if (scaleRoot && !existsSync(join(scaleRoot, 'geo', 'pilots.geojson'))) {
    log(`generating ${scale} places into ${relative(repoRoot, scaleRoot)} …`);
    generate({ places: scale!, excerptsPerPlace: 10, seed: 1, out: scaleRoot });
  }
  const paths = buildPaths(outDir);
  if (!args['no-build']) {
    log(`building into ${relative(repoRoot, outDir)} …`);
    await buildAll({ outDir, dataRoot, scaleRoot });
  }

  const dirs: Record<PageId, string> = {
    app: paths.app,
    appScale: paths.appScale,
    maplibre: paths.maplibre,
    leaflet: paths.leaflet,
  };
  const servers: Partial<Record<PageId, StaticServer>> = {};
  for (const page of layout.pages) servers[page] = await serveStatic(dirs[page]);
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

    // The app's own JavaScript, split by package: what a first visit fetches, and the rest.
    const firstLoad = scaleRoot ? null : await firstLoadScripts(browser, paths.analysis);
    const shares = firstLoad && jsShares(paths.analysis, (file) => firstLoad.has(file));
    const onDemand = firstLoad && jsShares(paths.analysis, (file) => !firstLoad.has(file));
    const appJsGzip =
      shares?.filter((s) => s.group !== 'maplibre-gl').reduce((a, s) => a + s.gzip, 0) ?? NaN;

    // The reference pages draw the map at the app's map size, measured in the app.
    let size: { width: number; height: number } | null = null;
    const urlOf = (page: PageId) => {
      const url = new URL(PAGE_PATHS[page], servers[page]!.origin);
      if (!isApp(page) && size) {
        url.searchParams.set('w', String(size.width));
        url.searchParams.set('h', String(size.height));
      }
      return url.href;
    };
    const once = async (page: PageId, what: string) => {
      const t = Date.now();
      const result = await runPage(browser, servers[page]!, page, urlOf(page), runOptions);
      if (isApp(page) && result.load.mapSize) size ??= result.load.mapSize;
      for (const error of result.errors) log(`  ${page}: ${error}`);
      log(
        `${what} ${layout.titles[page]}: first paint ${result.load.firstPaint.toFixed(0)} ms, ` +
          `idle ${result.load.idle.toFixed(0)} ms (${((Date.now() - t) / 1000).toFixed(1)} s)`,
      );
      return result;
    };

    const pages = layout.pages;
    for (let i = 0; i < warmup; i++) for (const page of pages) await once(page, 'warm-up');
    if (!size && pages.some((p) => !isApp(p))) await once('app', 'map size probe');
    const results: RunResult[] = [];
    for (let i = 0; i < runs; i++) {
      // Alternate the pages, and rotate which goes first, so drift hits them all alike.
      const order = pages.map((_, k) => pages[(k + i) % pages.length]!);
      for (const page of order) results.push(await once(page, `run ${i + 1}/${runs}`));
    }

    let profile: CpuSummary[] | null = null;
    if (args.profile) {
      const page = scale === null ? 'app' : 'appScale';
      log(`profiling ${layout.titles[page]} …`);
      profile = await profileApp(browser, servers[page]!, urlOf(page), SEARCH_QUERY);
    }

    const summaries = summarizeMetrics(results, layout);
    const busy = summarize(results.map((r) => r.load.loadAverage));
    const warning =
      busy && busy.median > cpus().length
        ? `WARNING: the machine was busy (1-minute load average ${busy.min.toFixed(1)}–${busy.max.toFixed(1)}, median ${busy.median.toFixed(1)}, on ${cpus().length} cores): other processes share the CPU, so absolute timings are inflated and noisy; the ratios between pages (run alternately) are the more reliable figures.`
        : null;
    const budgets =
      scale === null ? standardBudgets(summaries, appJsGzip) : scaleBudgets(summaries, scale);
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
        ...(scaleRoot
          ? { scale: { places: countPlaces(scaleRoot), data: relative(repoRoot, scaleRoot) } }
          : {}),
        viewport: VIEWPORT,
        mapSize: size,
        interactions: runOptions,
        server: 'node http, gzip level 9 for text, Cache-Control: no-store; CDP cache disabled',
        units: 'ms; bytes (kB = 1000 B in tables); heap in bytes',
      },
      metrics: summaries,
      ...(shares
        ? {
            appJs: {
              excludingMaplibreGzip: appJsGzip,
              budgetGzip: APP_JS_BUDGET,
              byGroup: shares,
              onDemandByGroup: onDemand,
              note: 'analysis build split by package; each chunk gzipped alone (level 9); first load = the JS files requested before the first idle',
            },
          }
        : {}),
      budgets,
      profile,
      runs: results,
      durationSeconds: Math.round((Date.now() - started) / 1000),
    };

    const what =
      scale === null
        ? `${placeCount} places`
        : `${placeCount} places against ${scale.toLocaleString('en')} generated places (10 excerpts each)`;
    const { text, markdown } = render({
      heading: `Pilot Atlas ${scale === null ? '' : 'scale '}bench, ${report.date.slice(0, 10)}: ${what}, ${runs} runs per page, median (min–max)`,
      machine: `${report.machine.cpu}, ${report.machine.cores} cores, ${report.machine.memoryGB} GB, Node ${report.machine.node}, Chromium ${chromiumVersion}, WebGL ${renderer ?? 'none'}`,
      git: `Git ${git.commit ?? '?'}${git.dirty ? ' (uncommitted changes)' : ''}`,
      warning,
      summaries,
      layout,
      budgets,
      shares,
      onDemand,
      profile,
    });

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

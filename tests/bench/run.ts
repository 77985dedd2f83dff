/**
 * `npm run bench [-- options]`: builds the app and the reference pages (bare MapLibre with the
 * app's style, as it is and with its canvas hidden until idle; Leaflet on a canvas renderer with the
 * same GeoJSON; a 2D-canvas floor drawing the same basemap and places from inline data), serves
 * each from its own gzip-compressing static server on 127.0.0.1, loads them alternately in Chromium
 * (a new browser context per run: cold cache, empty profile) at 1× and at 4× CPU slow-down, reads
 * the times users wait for from the screencast's pixels, and reports medians, min–max and ratios,
 * against the budgets. Method and latest results: tests/bench/README.md, generated from the results.
 *
 * With `--scale N` it builds the app twice — on the real data and on a generated dataset of N
 * places with 10 excerpts each (generate-places.ts, made once into <out>/places-N) — and the
 * reference pages on the generated dataset, and loads them all alternately: the same pixel rows and
 * budgets for the app on N places against the references on the same places, and the scale budgets
 * against the app on the real data.
 *
 * Writes tests/bench/results/<label>.json and .md (label "latest" by default), or with --out
 * <out>/results/<label>.json and .md; only a run without --out labelled "latest" rewrites
 * tests/bench/README.md.
 *
 * Options:
 *   --runs N       measured runs per page and CPU setting (default 9)
 *   --cpu LIST     CPU slow-downs, comma-separated (default 1,4)
 *   --heavy-runs N the search, select → deselect cycles and export in the first N runs at 1× (default 3)
 *   --warmup N     unmeasured rounds (one load of each page) first (default 1)
 *   --scale N      the scale bench: the app on N generated places against the references on them
 *                  and against the app on the real data
 *   --data DIR     build the app and the references from a generated data root
 *                  (see generate-places.ts), e.g. node_modules/.cache/pilot-atlas-bench/places-3000
 *   --label NAME   results file name (default "latest", "scale-<N>" with --scale, "data-<places>"
 *                  with --data)
 *   --no-build     reuse the previous build in --out
 *   --out DIR      build directory, results in DIR/results (default: builds in
 *                  node_modules/.cache/pilot-atlas-bench, ignored by git, Prettier and ESLint
 *                  alike; results in tests/bench/results)
 *   --profile      also record main-thread CPU profiles of an app load and of the search keystrokes
 *                  (the app on the generated data with --scale) and summarise them
 *   --port N       first port of the static servers, each takes the next free one up to 4499
 *                  (default 4300; on a shared machine, the start of your own range)
 *   --trace        also record a Chromium trace of one app load and one click on a marker (the
 *                  app on the generated data with --scale), saved in <out>/traces, and summarise it
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, release, totalmem, type } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import { chromiumLaunchOptions, resolveChromium } from '../e2e/chromium.ts';
import { buildAll, buildPaths, jsShares, repoRoot, writeLabelData } from './build.ts';
import { firstLoadScripts } from './firstLoad.ts';
import { APP_JS_BUDGET, scaleBudgets, standardBudgets } from './budgets.ts';
import { gitState, webglRenderer } from './environment.ts';
import { FILTER_CLICKS_PER_LOAD } from './targets.ts';
import { generate } from './generate-places.ts';
import {
  isApp,
  type PageId,
  type PlacePoint,
  type RunResult,
  runPage,
  VIEWPORT,
} from './measure.ts';
import { writeBenchReadme } from './readme.ts';
import { resultsTarget } from './output.ts';
import { type Layout, summarizeMetrics } from './metrics.ts';
import { type CpuSummary, profileApp } from './profile.ts';
import { render } from './report.ts';
import { traceApp, traceLines, type TraceWindow } from './trace.ts';
import { FIRST_PORT, SERVER_HEADERS, serveStatic, type StaticServer } from './server.ts';
import { summarize } from './stats.ts';
import { isTimeout, sampleCounts, type TimedOutLoad, timedOutNotes } from './samples.ts';
import { levelRadius } from '../../src/lib/cartography/markers.ts';

const PAGE_PATHS: Record<PageId, string> = {
  app: '/',
  appScale: '/',
  maplibre: '/maplibre.html',
  maplibreHidden: '/maplibre.html?hidden=1',
  leaflet: '/leaflet.html',
  floor: '/floor.html',
};
/** Typed into the search box and deleted again: it narrows both datasets step by step. */
const SEARCH_QUERY = 'shan';

const { values: args } = parseArgs({
  options: {
    runs: { type: 'string', default: '9' },
    cpu: { type: 'string', default: '1,4' },
    'heavy-runs': { type: 'string', default: '3' },
    warmup: { type: 'string', default: '1' },
    scale: { type: 'string' },
    data: { type: 'string' },
    label: { type: 'string' },
    'no-build': { type: 'boolean', default: false },
    out: { type: 'string' },
    profile: { type: 'boolean', default: false },
    trace: { type: 'boolean', default: false },
    port: { type: 'string', default: String(FIRST_PORT) },
  },
});

const runs = Number(args.runs);
const warmup = Number(args.warmup);
const scale = args.scale === undefined ? null : Number(args.scale);
const throttles = args.cpu.split(',').map(Number);
const heavyRuns = Number(args['heavy-runs']);
const firstPort = Number(args.port);
if (!Number.isInteger(firstPort) || firstPort < 1024 || firstPort > 4499)
  throw new Error('--port takes a port from 1024 to 4499');
if (!throttles.length || throttles.some((t) => !(t >= 1)))
  throw new Error('--cpu takes slow-downs of 1 or more, e.g. 1,4');
if (!Number.isInteger(runs) || runs < 1) throw new Error('--runs must be a positive integer');
if (!Number.isInteger(warmup) || warmup < 0) throw new Error('--warmup must be 0 or more');
if (scale !== null && !(Number.isInteger(scale) && scale > 0))
  throw new Error('--scale must be a positive integer');
if (scale !== null && args.data) throw new Error('--scale and --data do not go together');
const outDir = resolve(args.out ?? join(repoRoot, 'node_modules', '.cache', 'pilot-atlas-bench'));
const dataRoot = args.data ? resolve(args.data) : undefined;
const scaleRoot = scale === null ? undefined : join(outDir, `places-${scale}`);
interface PilotFeature {
  geometry: { coordinates: [number, number] };
  properties: { id: string; level: string | null; mechanisms: string; red_share: number | null };
}
const readPilots = (root: string) =>
  (
    JSON.parse(readFileSync(join(root, 'geo', 'pilots.geojson'), 'utf8')) as {
      features: PilotFeature[];
    }
  ).features;
const countPlaces = (root: string) => readPilots(root).length;
const placesOf = (root: string): PlacePoint[] =>
  readPilots(root).map((f) => ({
    id: f.properties.id,
    lon: f.geometry.coordinates[0],
    lat: f.geometry.coordinates[1],
    radius: levelRadius(f.properties),
    redList: f.properties.mechanisms.split(';').includes('red-list'),
    redShare: f.properties.red_share,
  }));
/** Where each page looks for markers: the app on the real data, every other page on its dataset. */
const pagePlaces = new Map<PageId, PlacePoint[]>();
const placesFor = (page: PageId): PlacePoint[] => {
  const root = page === 'app' ? (dataRoot ?? repoRoot) : (scaleRoot ?? dataRoot ?? repoRoot);
  if (!pagePlaces.has(page)) pagePlaces.set(page, placesOf(root));
  return pagePlaces.get(page)!;
};
const placeCount = countPlaces(dataRoot ?? repoRoot);
const label =
  args.label ?? (scale !== null ? `scale-${scale}` : dataRoot ? `data-${placeCount}` : 'latest');
const target = resultsTarget(args.out, label);
const layout: Layout =
  scale === null
    ? {
        pages: ['app', 'maplibreHidden', 'maplibre', 'leaflet', 'floor'],
        titles: {
          app: 'App',
          maplibreHidden: 'MapLibre, hidden until idle',
          maplibre: 'Bare MapLibre',
          leaflet: 'Leaflet (canvas)',
          floor: '2D-canvas floor',
        },
        ratios: [
          { of: 'app', to: 'maplibreHidden', title: 'App/hidden' },
          { of: 'app', to: 'maplibre', title: 'App/MapLibre' },
          { of: 'app', to: 'leaflet', title: 'App/Leaflet' },
          { of: 'app', to: 'floor', title: 'App/floor' },
        ],
      }
    : {
        // The references draw the generated places too: the scale run keeps the same budgets.
        pages: ['appScale', 'app', 'maplibreHidden', 'maplibre', 'leaflet', 'floor'],
        titles: {
          app: `App, ${placeCount} places`,
          appScale: `App, ${scale.toLocaleString('en')} places`,
          maplibreHidden: 'MapLibre, hidden until idle',
          maplibre: 'Bare MapLibre',
          leaflet: 'Leaflet (canvas)',
          floor: '2D-canvas floor',
        },
        ratios: [
          { of: 'appScale', to: 'app', title: 'Scale/real' },
          { of: 'appScale', to: 'maplibreHidden', title: 'Scale/hidden' },
          { of: 'appScale', to: 'maplibre', title: 'Scale/MapLibre' },
          { of: 'appScale', to: 'leaflet', title: 'Scale/Leaflet' },
          { of: 'appScale', to: 'floor', title: 'Scale/floor' },
        ],
      };
const interactions = {
  clicks: 2,
  filterCycles: FILTER_CLICKS_PER_LOAD / 2,
  selectCycles: 50,
  search: SEARCH_QUERY,
  export: scale === null,
};
/** The search, the select → deselect cycles and the export: at 1× only, in the first runs. */
const runOptions = (page: PageId, throttle: number, run = 0) => ({
  ...interactions,
  places: placesFor(page),
  throttle,
  heavy: throttle === 1 && run < heavyRuns,
});

/** What arrived after the first idle (app), by file: in how many loads, gzip kB. */
function afterIdleNotes(results: RunResult[]): string[] {
  const apps = results.filter((r) => isApp(r.page));
  const byPath = new Map<string, { loads: number; bytes: number }>();
  for (const r of apps)
    for (const t of r.load.afterIdle) {
      const entry = byPath.get(t.path) ?? { loads: 0, bytes: 0 };
      entry.loads++;
      entry.bytes = Math.max(entry.bytes, t.encoded);
      byPath.set(t.path, entry);
    }
  if (!byPath.size) return ['App: nothing arrived after the first idle'];
  const list = [...byPath]
    .sort((a, b) => b[1].bytes - a[1].bytes)
    .map(([path, x]) => `${path} ${(x.bytes / 1000).toFixed(1)} kB (${x.loads}/${apps.length})`);
  return [`App, fetched after the first idle (gzip; in how many loads): ${list.join(', ')}`];
}

/** Files downloaded twice in one load, on any page: path, count, page and CPU setting. */
function twiceNotes(results: RunResult[]): string[] {
  const seen = new Map<string, number>();
  for (const r of results)
    for (const t of r.load.twice) {
      const key = `${r.page} ${r.throttle}×: ${t.path} ×${t.count}`;
      seen.set(key, (seen.get(key) ?? 0) + 1);
    }
  if (!seen.size) return ['No file was downloaded twice in any load'];
  return [
    `Downloaded twice in one load (page, CPU: URL ×count, in how many loads): ${[...seen]
      .map(([key, n]) => `${key} (${n})`)
      .join('; ')}`,
  ];
}

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
    maplibreHidden: paths.maplibre,
    leaflet: paths.leaflet,
    floor: paths.floor,
  };
  const servers: Partial<Record<PageId, StaticServer>> = {};
  for (const page of layout.pages) servers[page] = await serveStatic(dirs[page], { firstPort });
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
    const firstLoad = scaleRoot ? null : await firstLoadScripts(browser, paths.analysis, firstPort);
    const shares = firstLoad && jsShares(paths.analysis, (file) => firstLoad.has(file));
    const onDemand = firstLoad && jsShares(paths.analysis, (file) => !firstLoad.has(file));
    const appJsGzip =
      shares?.filter((s) => s.group !== 'maplibre-gl').reduce((a, s) => a + s.gzip, 0) ?? NaN;

    // The reference pages draw the map at the app's map size, measured in the app.
    let size: { width: number; height: number } | null = null;
    const urlOf = (page: PageId) => {
      const url = new URL(PAGE_PATHS[page], servers[page]!.origin);
      if (page === 'maplibreHidden') url.searchParams.set('hidden', '1');
      if (!isApp(page) && size) {
        url.searchParams.set('w', String(size.width));
        url.searchParams.set('h', String(size.height));
      }
      return url.href;
    };
    /** One load; null when it timed out (recorded in `timedOut` for the measured runs). */
    const once = async (page: PageId, what: string, throttle = 1, run = 0, measured = false) => {
      const t = Date.now();
      let result: RunResult;
      try {
        result = await runPage(
          browser,
          servers[page]!,
          page,
          urlOf(page),
          runOptions(page, throttle, run),
        );
      } catch (error) {
        if (!isTimeout(error)) throw error;
        log(
          `${what} ${throttle}× ${layout.titles[page]}: TIMED OUT, sample skipped: ${error.message} (${((Date.now() - t) / 1000).toFixed(1)} s)`,
        );
        if (measured) timedOut.push({ page, throttle, run: run + 1, what: error.message });
        return null;
      }
      if (isApp(page) && result.load.mapSize && !size) {
        size = result.load.mapSize;
        // The bare MapLibre page's labels, placed for that box before its first load; its servers
        // read their files when they start.
        const file = writeLabelData(paths.maplibre, scaleRoot ?? dataRoot ?? repoRoot, size);
        log(`labels for the bare MapLibre page placed in ${relative(process.cwd(), file)}`);
        for (const ref of ['maplibre', 'maplibreHidden'] as const) {
          await servers[ref]?.close();
          if (servers[ref]) servers[ref] = await serveStatic(dirs[ref], { firstPort });
        }
      }
      for (const error of result.errors) log(`  ${page}: ${error}`);
      const ms = (v: number | null | undefined) => (typeof v === 'number' ? v.toFixed(0) : '–');
      const screen = result.screen;
      log(
        `${what} ${throttle}× ${layout.titles[page]}: places visible ${ms(result.load.placesVisible)} ms ` +
          `(mark ${ms(result.load.firstPaint)}), idle ${ms(result.load.idle)} ms` +
          (screen
            ? `, click ${screen.clicked ?? 'none'}→figure ${screen.clickToFigure.map(ms).join('/')}`
            : '') +
          (screen
            ? `, filter (${screen.faded} faded)→dim ${screen.filterToDim.map(ms).join('/')}`
            : '') +
          (result.load.twice.length
            ? `, twice: ${result.load.twice.map((x) => x.path).join(' ')}`
            : '') +
          ` (${((Date.now() - t) / 1000).toFixed(1)} s)`,
      );
      return result;
    };

    const pages = layout.pages;
    const results: RunResult[] = [];
    const timedOut: TimedOutLoad[] = [];
    // Warm-up and probe loads skip the heavy interactions (run index past --heavy-runs).
    for (let i = 0; i < warmup; i++)
      for (const page of pages) await once(page, 'warm-up', 1, heavyRuns);
    if (!size && pages.some((p) => !isApp(p))) await once('app', 'map size probe', 1, heavyRuns);
    // One load of the app with every file `no-cache` and no validators: a file fetched twice
    // in one load under those headers is a file two parts of the page ask for separately.
    let bareCache: string | null = null;
    let twiceUncached: number | null = null;
    if (scale === null) {
      const bare = await serveStatic(dirs.app, { bare: true, firstPort });
      try {
        const check = await runPage(browser, bare, 'app', new URL('/', bare.origin).href, {
          ...runOptions('app', 1),
          clicks: 0,
          filterCycles: 0,
          heavy: false,
        });
        const twice = check.load.twice.map((t) => `${t.path} ×${t.count}`);
        twiceUncached = twice.length;
        bareCache = `With every file served \`Cache-Control: no-cache\` and no validators (one app load): ${twice.length ? `downloaded twice: ${twice.join(', ')}` : 'no file downloaded twice'}`;
        log(bareCache);
      } finally {
        await bare.close();
      }
    }
    const loads: number[] = [];
    let profile: CpuSummary[] | null = null;
    let trace: { path: string; windows: TraceWindow[] } | null = null;
    const writeResults = async (done: number) => {
      const at = (throttle: number) => results.filter((r) => r.throttle === throttle);
      const sections = throttles.map((throttle) => ({
        throttle,
        title: `CPU ${throttle}×${throttle === 1 ? '' : ' slower (Emulation.setCPUThrottlingRate)'}`,
        summaries: summarizeMetrics(at(throttle), layout),
        counts: sampleCounts(results, timedOut, layout.pages, throttle),
      }));
      const summaries = sections[0]!.summaries;
      const busy = summarize(loads);
      const warning =
        busy && busy.median > cpus().length
          ? `WARNING: the machine was busy (1-minute load average ${busy.min.toFixed(1)}–${busy.max.toFixed(1)}, median ${busy.median.toFixed(1)}, on ${cpus().length} cores): other processes share the CPU, so absolute timings are inflated and noisy; the ratios between pages (run alternately) are the more reliable figures.`
          : null;
      const budgets = sections.map((section, i) => ({
        title: `${section.throttle}× (medians)`,
        budgets:
          scale === null
            ? standardBudgets(section.summaries, appJsGzip, i === 0, 'app', twiceUncached)
            : [
                ...standardBudgets(section.summaries, NaN, false, 'appScale'),
                ...scaleBudgets(section.summaries, scale),
              ],
      }));
      const notes = [
        ...timedOutNotes(timedOut, layout.titles),
        ...afterIdleNotes(at(throttles[0]!)),
        ...twiceNotes(results),
        ...(bareCache ? [bareCache] : []),
        ...(trace ? traceLines({ ...trace, path: relative(repoRoot, trace.path) }) : []),
      ];
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
          loadAverageSamples: loads,
        },
        setup: {
          git,
          runs: done,
          runsPlanned: runs,
          warmup,
          placeCount,
          data: dataRoot ? relative(repoRoot, dataRoot) : 'data/',
          ...(scaleRoot
            ? { scale: { places: countPlaces(scaleRoot), data: relative(repoRoot, scaleRoot) } }
            : {}),
          viewport: VIEWPORT,
          mapSize: size,
          interactions: { ...interactions, heavyRuns },
          cpuThrottling: throttles,
          server: SERVER_HEADERS,
          browser:
            'a new browser context per load (cold HTTP cache, empty profile); the cache is not disabled; screencast (JPEG, quality 90) on during every load',
          units: 'ms; bytes (kB = 1000 B in tables); heap in bytes',
        },
        metrics: summaries,
        ...(sections.length > 1
          ? {
              metricsByCpu: Object.fromEntries(
                sections.map((x) => [`${x.throttle}x`, x.summaries]),
              ),
            }
          : {}),
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
        trace: trace && { ...trace, path: relative(repoRoot, trace.path) },
        runs: results,
        timedOut,
        durationSeconds: Math.round((Date.now() - started) / 1000),
      };

      const what =
        scale === null
          ? `${placeCount} places`
          : `${placeCount} places against ${scale.toLocaleString('en')} generated places (10 excerpts each)`;
      const { text, markdown } = render({
        heading: `Pilot Atlas ${scale === null ? '' : 'scale '}bench, ${report.date.slice(0, 10)}: ${what}, ${done === runs ? runs : `${done} (of ${runs} planned)`} runs per page at each CPU setting, median (min–max)`,
        machine: `${report.machine.cpu}, ${report.machine.cores} cores, ${report.machine.memoryGB} GB, Node ${report.machine.node}, Chromium ${chromiumVersion}, WebGL ${renderer ?? 'none'}`,
        git: `Git ${git.commit ?? '?'}${git.dirty ? ' (uncommitted changes)' : ''}`,
        warning,
        sections,
        layout,
        budgets,
        notes,
        shares,
        onDemand,
        profile,
      });

      mkdirSync(target.dir, { recursive: true });
      writeFileSync(target.json, JSON.stringify(report, null, 2) + '\n');
      writeFileSync(target.md, markdown);
      const shown = relative(process.cwd(), target.md) || target.md;
      if (done === runs) {
        console.log(`\n${text}\n\n--- Markdown (also in ${shown}) ---\n`);
        console.log(markdown);
      }
      log(`wrote ${relative(process.cwd(), target.json)} and .md in ${report.durationSeconds} s`);
      if (target.readme) {
        writeBenchReadme();
        log('wrote tests/bench/README.md from tests/bench/results/latest.md');
      }
    };
    for (let done = 0; done < runs;) {
      const i = done;
      // Alternate the pages, and rotate which goes first, so drift hits them all alike.
      const order = pages.map((_, k) => pages[(k + i) % pages.length]!);
      for (const throttle of throttles)
        for (const page of order) {
          loads.push(loadavg()[0]!);
          const result = await once(page, `run ${i + 1}/${runs}`, throttle, i, true);
          if (result) results.push(result);
        }
      done++;
      loads.push(loadavg()[0]!);
      // The results so far are written after every round: a run cut short still leaves its figures.
      if (done < runs) await writeResults(done);
    }

    const appPage = scale === null ? 'app' : 'appScale';
    if (args.profile) {
      log(`profiling ${layout.titles[appPage]} …`);
      profile = await profileApp(browser, servers[appPage]!, urlOf(appPage), SEARCH_QUERY);
    }
    if (args.trace) {
      log(`tracing ${layout.titles[appPage]} …`);
      trace = await traceApp(browser, appPage, urlOf(appPage), placesFor(appPage), outDir);
      for (const line of traceLines(trace)) log(line);
    }
    await writeResults(runs);
  } finally {
    await stop();
  }
}

await main();

/**
 * Builds what the bench serves: the app (with the repository's own vite.config.ts), the two
 * reference pages (tests/bench/pages), and an analysis build of the app that splits its JavaScript
 * by package so the bench can say how much of it is MapLibre.
 */
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build, type InlineConfig, type Plugin } from 'vite';
import { atlasDataModule, emitJsonWith } from '../../src/build/atlasDataPlugin.ts';
import { fontSubsetPlugin } from '../../src/build/fontSubsetPlugin.ts';
import { loadAtlasData } from '../../src/lib/data/load.ts';
import { floorData } from './pages/floorData.ts';
import { benchLabelFile } from './pages/labelData.ts';
import { labelFileName } from './pages/labelFile.ts';

export const repoRoot = resolve(import.meta.dirname, '../..');
const pagesDir = join(repoRoot, 'tests', 'bench', 'pages');

export interface BuildPaths {
  app: string;
  /** The app built on a generated dataset (`--scale`). */
  appScale: string;
  maplibre: string;
  leaflet: string;
  floor: string;
  analysis: string;
}

export function buildPaths(outDir: string): BuildPaths {
  return {
    app: join(outDir, 'app'),
    appScale: join(outDir, 'app-scale'),
    maplibre: join(outDir, 'ref-maplibre'),
    leaflet: join(outDir, 'ref-leaflet'),
    floor: join(outDir, 'ref-floor'),
    analysis: join(outDir, 'app-analysis'),
  };
}

/**
 * Replaces the app's `virtual:atlas-data` with the data of another repository-shaped folder
 * (`<dataRoot>/data`, `<dataRoot>/geo/provinces.geojson`), e.g. one made by generate-places.ts.
 * Runs before the app's own plugin, which then never sees the id.
 */
export function benchDataPlugin(dataRoot: string): Plugin {
  const id = 'virtual:atlas-data';
  const resolved = '\0bench-atlas-data';
  return {
    name: 'pilot-atlas-bench-data',
    enforce: 'pre',
    resolveId: (source) => (source === id ? resolved : undefined),
    load(loadId) {
      if (loadId !== resolved) return undefined;
      const { data } = loadAtlasData({ root: dataRoot });
      return atlasDataModule(data, emitJsonWith(this));
    },
  };
}

function appConfig(outDir: string, dataRoot: string | undefined): InlineConfig {
  return {
    configFile: join(repoRoot, 'vite.config.ts'),
    root: repoRoot,
    logLevel: 'warn',
    // Before the app's own: the font subset holds the characters of that data, not the repository's.
    plugins: dataRoot
      ? [benchDataPlugin(dataRoot), { ...fontSubsetPlugin(repoRoot, dataRoot), enforce: 'pre' }]
      : [],
    build: {
      outDir,
      emptyOutDir: true,
      chunkSizeWarningLimit: 100_000,
      rolldownOptions: { checks: { bundlerTimings: false } },
    },
  };
}

/** Chunk of a module in the analysis build: `pkg-<npm package>`, `data`, or null (the entry's). */
function groupOf(moduleId: string): string | null {
  if (moduleId.includes('atlas-data')) return 'data';
  const match = /node_modules[\\/]((?:@[^\\/]+[\\/])?[^\\/]+)/.exec(moduleId);
  return match ? `pkg-${match[1]!.replace(/[\\/]/g, '__').replace('@', '')}` : null;
}

/** Province ids the app tints (see tintedProvinces in src/lib/map/framing.ts), from the GeoJSON. */
function tintedFromPilots(pilotsPath: string): string[] {
  const pilots = JSON.parse(readFileSync(pilotsPath, 'utf8')) as {
    features: { properties: { level: string | null; status: string; province: string } }[];
  };
  return pilots.features
    .map((f) => f.properties)
    .filter(
      (p) => (p.level === 'province' || p.level === 'municipality') && p.status !== 'not a pilot',
    )
    .map((p) => p.province);
}

function refConfig(
  page: 'maplibre' | 'leaflet' | 'floor',
  outDir: string,
  pilotsPath: string,
): InlineConfig {
  const tinted = tintedFromPilots(pilotsPath);
  const json = (path: string) =>
    JSON.parse(readFileSync(path, 'utf8')) as Parameters<typeof floorData>[0];
  const geo = join(repoRoot, 'geo');
  return {
    configFile: false,
    root: pagesDir,
    logLevel: 'warn',
    resolve: { alias: [{ find: /^bench-pilots/, replacement: pilotsPath }] },
    define: {
      __BENCH_TINTED__: JSON.stringify(tinted),
      ...(page === 'floor'
        ? {
            __BENCH_FLOOR__: JSON.stringify(
              floorData(
                json(join(geo, 'neighbours.geojson')),
                json(join(geo, 'provinces.geojson')),
                json(pilotsPath),
                tinted,
              ),
            ),
          }
        : {}),
    },
    build: {
      outDir,
      emptyOutDir: true,
      target: 'es2022',
      chunkSizeWarningLimit: 100_000,
      rolldownOptions: {
        input: join(pagesDir, `${page}.html`),
        checks: { bundlerTimings: false },
      },
    },
    worker: { format: 'es' },
  };
}

export interface BuildOptions {
  outDir: string;
  /** A repository-shaped folder with generated data (see generate-places.ts); default: the repo. */
  dataRoot?: string;
  /**
   * Instead: the app twice, on the real data and on this generated folder, and the reference
   * pages on the generated folder (no analysis build).
   */
  scaleRoot?: string;
}

export async function buildAll({ outDir, dataRoot, scaleRoot }: BuildOptions): Promise<BuildPaths> {
  const paths = buildPaths(outDir);
  if (scaleRoot) {
    await build(appConfig(paths.app, undefined));
    await build(appConfig(paths.appScale, scaleRoot));
    const scalePilots = join(scaleRoot, 'geo', 'pilots.geojson');
    await build(refConfig('maplibre', paths.maplibre, scalePilots));
    await build(refConfig('leaflet', paths.leaflet, scalePilots));
    await build(refConfig('floor', paths.floor, scalePilots));
    return paths;
  }
  const pilotsPath = join(dataRoot ?? repoRoot, 'geo', 'pilots.geojson');
  if (!existsSync(pilotsPath)) throw new Error(`bench: ${pilotsPath} is missing`);
  await build(appConfig(paths.app, dataRoot));
  const analysis = appConfig(paths.analysis, dataRoot);
  analysis.build!.rolldownOptions = {
    checks: { bundlerTimings: false },
    output: {
      codeSplitting: {
        groups: [{ name: groupOf, debugName: 'by-package', includeDependenciesRecursively: false }],
      },
    },
  };
  await build(analysis);
  await build(refConfig('maplibre', paths.maplibre, pilotsPath));
  await build(refConfig('leaflet', paths.leaflet, pilotsPath));
  await build(refConfig('floor', paths.floor, pilotsPath));
  return paths;
}

/**
 * Writes the bare MapLibre page's labels for a map box of `viewport` CSS px into its build
 * (pages/labelData.ts): the bench measures the box in the app, then writes them before the page's
 * first load. `dataRoot`: the data the page was built on. Returns the file's path.
 */
export function writeLabelData(
  maplibreDir: string,
  dataRoot: string,
  viewport: { width: number; height: number },
): string {
  const { data } = loadAtlasData({ root: dataRoot });
  const path = join(maplibreDir, labelFileName(viewport));
  writeFileSync(path, JSON.stringify(benchLabelFile(data.places, viewport)));
  return path;
}

export interface JsShare {
  /** `maplibre-gl` (main thread and worker), `app`, `data` (the embedded dataset) or a package. */
  group: string;
  raw: number;
  gzip: number;
}

/**
 * The app's JavaScript split by package, from the analysis build: raw and gzip (level 9, as the
 * bench server sends) bytes per group, largest first, of the files `include` accepts (by file
 * name). The MapLibre worker counts as maplibre-gl.
 */
export function jsShares(
  analysisDir: string,
  include: (file: string) => boolean = () => true,
): JsShare[] {
  const dir = join(analysisDir, 'assets');
  const byGroup = new Map<string, JsShare>();
  for (const name of readdirSync(dir)) {
    if (!name.endsWith('.js') || !include(name)) continue;
    const path = join(dir, name);
    if (!statSync(path).isFile()) continue;
    const stem = basename(name, '.js').replace(/-[\w-]{8}$/, '');
    const group = stem.startsWith('maplibre-gl-worker')
      ? 'maplibre-gl'
      : stem.startsWith('pkg-')
        ? stem.slice(4).replace('__', '/')
        : stem === 'data'
          ? 'data'
          : 'app';
    const code = readFileSync(path);
    const share = byGroup.get(group) ?? { group, raw: 0, gzip: 0 };
    share.raw += code.length;
    share.gzip += gzipSync(code, { level: 9 }).length;
    byGroup.set(group, share);
  }
  return [...byGroup.values()].sort((a, b) => b.gzip - a.gzip);
}

import { createHash } from 'node:crypto';
import {
  existsSync,
  mkdirSync,
  readFileSync,
  readdirSync,
  renameSync,
  writeFileSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { create, type Font, registerFormat } from 'fontkit/core';
import { TTFFont } from 'fontkit/formats/TTFFont';
import subsetFont from 'subset-font';
import type { Plugin, ViteDevServer } from 'vite';
import { DataError } from '../lib/data/errors.ts';
import { loadAtlasData, resolveDataLocation } from '../lib/data/load.ts';
import type { AtlasData } from '../lib/data/schema.ts';
import { sourceDocumentPath } from '../lib/data/sourceDocuments.ts';
import {
  ATLAS_FONT_WEIGHTS,
  atlasCodePoints,
  atlasFontFaceRule,
  atlasFontStem,
  fallbackFontFaceRules,
} from './atlasFont.ts';

const require = createRequire(import.meta.url);
/** Imported by main.ts: the subset's @font-face rules, in the page's stylesheet. */
export const ATLAS_FONTS_ID = 'virtual:atlas-fonts.css';
/** Imported on demand (lib/fonts/fallbackFonts.ts): Fontsource's rules for everything else. */
export const FALLBACK_FONTS_ID = 'virtual:fallback-fonts.css';

/** The whole font of each weight, which the subset is cut from (Google Fonts' static files). */
const sourceFont = (weight: number) =>
  require.resolve(
    `@expo-google-fonts/noto-sans-sc/${weight === 700 ? '700Bold/NotoSansSC_700Bold' : '400Regular/NotoSansSC_400Regular'}.ttf`,
  );
const fontsourceCss = (weight: number) =>
  readFileSync(require.resolve(`@fontsource/noto-sans-sc/${weight}.css`), 'utf8');
const fontsourceFiles = dirname(
  require.resolve('@fontsource/noto-sans-sc/files/noto-sans-sc-4-400-normal.woff2'),
);

/** Every string in the data (names, titles, labels, excerpts, notes, definitions…). */
function strings(value: unknown, out: string[] = []): string[] {
  if (typeof value === 'string') out.push(value);
  else if (Array.isArray(value)) for (const item of value) strings(item, out);
  else if (value && typeof value === 'object')
    for (const item of Object.values(value)) strings(item, out);
  return out;
}

/** The text of every .ts, .svelte and .css file under `dir`: the interface copy and its symbols. */
function sourceTexts(dir: string, out: string[] = []): string[] {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) sourceTexts(path, out);
    else if (/\.(?:ts|svelte|css)$/.test(entry.name)) out.push(readFileSync(path, 'utf8'));
  }
  return out;
}

/**
 * Everything the atlas can show in its font: the data (places' names in English and Chinese, source
 * titles, mechanism and context labels, excerpts, notes), the documents of the reading view, the
 * basemap's province names, and the interface (src/: copy, symbols).
 */
export function atlasTexts(repoRoot: string, dataRoot: string, data: AtlasData | null): string[] {
  const texts = sourceTexts(join(repoRoot, 'src'));
  for (const file of ['provinces.geojson', 'province-labels.geojson']) {
    const path = join(dataRoot, 'geo', file);
    if (existsSync(path)) texts.push(readFileSync(path, 'utf8'));
  }
  if (data) {
    // Not push(...): tens of thousands of strings (the scale run) overflow the call's arguments.
    for (const text of strings(data)) texts.push(text);
    for (const source of data.sources) {
      const path = join(dataRoot, sourceDocumentPath(source.id));
      if (existsSync(path)) texts.push(readFileSync(path, 'utf8'));
    }
  }
  return texts;
}

/** Where the subset's files and stylesheets are written: one folder per character set. */
export interface AtlasFontFiles {
  dir: string;
  css: string;
  fallbackCss: string;
  codePoints: number[];
}

/** Writes through a temporary name: two builds at once never read a half-written file. */
function writeAtomic(path: string, content: string | Uint8Array) {
  const temporary = `${path}.${process.pid}.tmp`;
  writeFileSync(temporary, content);
  renameSync(temporary, path);
}

/** Changed with the way the files are written, so that no build reads an older cache's files. */
const FORMAT = 3;
registerFormat(TTFFont);
let regular: Font | undefined;

/**
 * Cuts the subsets for `texts` (harfbuzz, through subset-font) and writes them with their two
 * stylesheets under `cacheRoot`, unless a previous build already did for the same characters.
 */
export async function writeAtlasFonts(
  cacheRoot: string,
  texts: readonly string[],
): Promise<AtlasFontFiles> {
  regular ??= create(readFileSync(sourceFont(400)));
  const font = regular;
  const codePoints = atlasCodePoints(texts, (code) => font.hasGlyphForCodePoint(code));
  const versions = ['subset-font', '@expo-google-fonts/noto-sans-sc', '@fontsource/noto-sans-sc']
    .map(
      (name) => JSON.parse(readFileSync(require.resolve(`${name}/package.json`), 'utf8')).version,
    )
    .join();
  const key = createHash('sha256')
    .update(`${FORMAT}|${versions}|${codePoints.join()}`)
    .digest('hex')
    .slice(0, 16);
  const dir = join(cacheRoot, key);
  const css = join(dir, 'atlas-fonts.css');
  const fallbackCss = join(dir, 'fallback-fonts.css');
  if (existsSync(css) && existsSync(fallbackCss)) return { dir, css, fallbackCss, codePoints };
  mkdirSync(dir, { recursive: true });
  const text = String.fromCodePoint(...codePoints);
  for (const weight of ATLAS_FONT_WEIGHTS) {
    // Without the layout closure: the closure adds every alternate a feature could reach (vertical,
    // regional and full-width forms the atlas never asks for), 43 kB a weight instead of 25.
    const woff2 = await subsetFont(readFileSync(sourceFont(weight)), text, {
      targetFormat: 'woff2',
      noLayoutClosure: true,
    });
    writeAtomic(join(dir, `${atlasFontStem(weight)}.woff2`), woff2);
  }
  const toFontsource = relative(dir, fontsourceFiles).split(sep).join('/');
  writeAtomic(
    fallbackCss,
    ATLAS_FONT_WEIGHTS.map((weight) =>
      fallbackFontFaceRules(
        fontsourceCss(weight),
        weight,
        codePoints,
        (file) => `${toFontsource}/${file}`,
      ),
    ).join('\n') + '\n',
  );
  writeAtomic(
    css,
    ATLAS_FONT_WEIGHTS.map((weight) =>
      atlasFontFaceRule(weight, `./${atlasFontStem(weight)}.woff2`, codePoints),
    ).join('\n') + '\n',
  );
  return { dir, css, fallbackCss, codePoints };
}

/**
 * Serves `virtual:atlas-fonts.css` (the subset, one file per weight, for every character of the
 * atlas) and `virtual:fallback-fonts.css` (Fontsource's unicode-range files for any other
 * character), both generated from the data at build and dev-server start, so a data change needs
 * no committed font. The data is read as atlasDataPlugin reads it; invalid data is that plugin's
 * to report, and the subset then holds the interface's characters only. `dataRoot`: another
 * repository-shaped folder's data (the bench's generated places).
 */
export function fontSubsetPlugin(repoRoot: string, dataRoot?: string): Plugin {
  const location = dataRoot ? { root: dataRoot } : resolveDataLocation(repoRoot);
  const cacheRoot = join(repoRoot, 'node_modules', '.cache', 'pilot-atlas-fonts');
  let files: Promise<AtlasFontFiles> | undefined;
  const generate = () => {
    let data: AtlasData | null = null;
    try {
      data = loadAtlasData(location).data;
    } catch (error) {
      if (!(error instanceof DataError)) throw error;
    }
    return writeAtlasFonts(cacheRoot, atlasTexts(repoRoot, location.root, data));
  };
  const reloadWhenChanged = (server: ViteDevServer) => {
    const dataDir = resolve(location.root, 'data');
    server.watcher.on('change', (path) => {
      if (!resolve(path).startsWith(dataDir + sep)) return;
      const before = files;
      files = generate();
      void Promise.all([before, files]).then(([old, now]) => {
        if (!old || old.css === now.css) return;
        const stale = [old.css, old.fallbackCss, join(repoRoot, 'src', 'main.ts')];
        for (const file of stale)
          for (const module of server.moduleGraph.getModulesByFile(file) ?? [])
            server.moduleGraph.invalidateModule(module);
        server.ws.send({ type: 'full-reload' });
      });
    });
  };
  return {
    name: 'pilot-atlas-font-subset',
    buildStart() {
      files ??= generate();
    },
    configureServer: reloadWhenChanged,
    async resolveId(id) {
      if (id !== ATLAS_FONTS_ID && id !== FALLBACK_FONTS_ID) return undefined;
      const { css, fallbackCss } = await (files ??= generate());
      return id === ATLAS_FONTS_ID ? css : fallbackCss;
    },
  };
}

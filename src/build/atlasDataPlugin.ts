import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve, sep } from 'node:path';
import type { Plugin } from 'vite';
import { DataError } from '../lib/data/errors.ts';
import { splitExcerpts } from '../lib/data/excerptSplit.ts';
import { loadAtlasData, resolveDataLocation } from '../lib/data/load.ts';
import { type ReadingDocument, readingDocuments } from '../lib/data/passages.ts';
import type { AtlasData } from '../lib/data/schema.ts';
import { sourceDocumentPath } from '../lib/data/sourceDocuments.ts';

const VIRTUAL_ID = 'virtual:atlas-data';
const RESOLVED_ID = `\0${VIRTUAL_ID}`;
/** The excerpts' own module: `virtual:atlas-data/excerpts-<hash of its content>`. */
const EXCERPTS_PREFIX = `${VIRTUAL_ID}/excerpts-`;
/** The national context's own module on the dev server: `virtual:atlas-data/context-<hash>`. */
const CONTEXT_PREFIX = `${VIRTUAL_ID}/context-`;
/** A document's own module on the dev server: `virtual:atlas-data/document-<hash of its content>`. */
const DOCUMENT_PREFIX = `${VIRTUAL_ID}/document-`;

/**
 * The excerpts modules atlasDataModule made, by hash. On globalThis because this file is loaded
 * more than once in one process (Vite bundles the config that imports it; the bench imports it
 * again for its own data plugin), and every copy must find what the others made.
 */
const excerptModules: Map<string, string> = ((globalThis as Record<symbol, unknown>)[
  Symbol.for('pilot-atlas:excerpt-modules')
] ??= new Map<string, string>()) as Map<string, string>;

/**
 * `value` as JSON for JSON.parse, which V8 reads faster than the same object written as a
 * JavaScript literal: the dev server's form (a build fetches files instead).
 */
const jsonParse = (value: unknown) => `JSON.parse(${JSON.stringify(JSON.stringify(value))})`;
const jsonModule = (value: unknown) => `export default ${jsonParse(value)};`;

/** Emits a file into the build and gives a JavaScript expression of its URL. */
export type EmitJson = (name: string, json: string) => string;

/** A JSON asset emitted by a build plugin (`this`), and rolldown's URL for it. */
export function emitJsonWith(context: {
  emitFile(file: { type: 'asset'; name: string; source: string }): string;
}): EmitJson {
  return (name, json) => {
    const ref = context.emitFile({ type: 'asset', name, source: json });
    return `import.meta.ROLLUP_FILE_URL_${ref}`;
  };
}

/** The data files' names in a build: the page preloads the first (see preloadPlugin). */
export const DATA_FILE = 'atlas-data.json';
const EXCERPTS_FILE = 'atlas-excerpts.json';
const CONTEXT_FILE = 'atlas-context.json';

// Fetched as JSON, not carried in a script: a script of megabytes (thousands of places) is scanned,
// compiled and held as two-byte source by V8 before the app can start (−13 % first idle at 3,000).
const FETCH_JSON = `const fetchJson = async (url) => {
  const response = await fetch(url);
  if (!response.ok) throw new Error(\`Pilot Atlas: \${url} could not be loaded (HTTP \${response.status})\`);
  return response.json();
};`;

/** A module that the dev server serves by the hash of its code, and its id. */
function hashedModule(prefix: string, code: string): string {
  const hash = createHash('sha256').update(code).digest('hex').slice(0, 16);
  excerptModules.set(hash, code);
  return prefix + hash;
}

/**
 * `loadDocument(id)`: a source's reading document (its text and the passages the atlas quotes),
 * fetched when the reading view opens, never with the first load: one file per document in a
 * build, one module per document on the dev server.
 */
function documentLoader(documents: readonly ReadingDocument[], emit?: EmitJson): string {
  const entries = documents.map((document) => {
    const name = JSON.stringify(document.id);
    if (emit)
      return `${name}: () => fetchJson(${emit(`document-${document.id}.json`, JSON.stringify(document))})`;
    return `${name}: () => import(${JSON.stringify(hashedModule(DOCUMENT_PREFIX, jsonModule(document)))}).then((m) => m.default)`;
  });
  return [
    `const documents = {${entries.join(',\n')}};`,
    'export const loadDocument = (id) => Object.hasOwn(documents, id) ? documents[id]() : ' +
      'Promise.reject(new Error(`Pilot Atlas: no document ${id}`));',
  ].join('\n');
}

/**
 * The module `virtual:atlas-data` gives `loadData()`, the data the first paint needs (each place with
 * only its headline excerpt, no national context), `loadExcerpts()`, every place's excerpts, and
 * `loadContext()`, the national context (see splitExcerpts). In a build each is a JSON file it
 * fetches (`emit`); on the dev server, the first is in the module and the others in modules of
 * their own.
 */
export function atlasDataModule(
  data: AtlasData,
  emit?: EmitJson,
  documents: readonly ReadingDocument[] = [],
): string {
  const { first, excerpts, context } = splitExcerpts(data);
  if (emit)
    return [
      FETCH_JSON,
      `export const loadData = () => fetchJson(${emit(DATA_FILE, JSON.stringify(first))});`,
      `export const loadExcerpts = () => fetchJson(${emit(EXCERPTS_FILE, JSON.stringify(excerpts))});`,
      `export const loadContext = () => fetchJson(${emit(CONTEXT_FILE, JSON.stringify(context))});`,
      documentLoader(documents, emit),
    ].join('\n');
  return [
    `const data = ${jsonParse(first)};`,
    'export const loadData = () => Promise.resolve(data);',
    `export const loadExcerpts = () => import(${JSON.stringify(hashedModule(EXCERPTS_PREFIX, jsonModule(excerpts)))}).then((m) => m.default);`,
    `export const loadContext = () => import(${JSON.stringify(hashedModule(CONTEXT_PREFIX, jsonModule(context)))}).then((m) => m.default);`,
    documentLoader(documents),
  ].join('\n');
}

/** The raw text of every source's document, read from the data root. */
function readDocumentTexts(root: string, data: AtlasData): Map<string, string> {
  return new Map(
    data.sources.map((s) => [s.id, readFileSync(join(root, sourceDocumentPath(s.id)), 'utf8')]),
  );
}

/**
 * Serves data/ to the app as `virtual:atlas-data`, validated. Invalid data fails `vite build` and
 * shows the same message in the dev server's overlay, naming file, entry and field. The data is read
 * from PILOT_ATLAS_ROOT when set (see resolveDataLocation), else from the repository.
 */
export function atlasDataPlugin(repoRoot: string): Plugin {
  const location = resolveDataLocation(repoRoot);
  const dataDir = join(location.root, 'data');
  const placeDir = join(dataDir, 'places');
  let build = false;
  return {
    name: 'pilot-atlas-data',
    configResolved(config) {
      build = config.command === 'build';
    },
    resolveId(id) {
      if (id === VIRTUAL_ID) return RESOLVED_ID;
      return [EXCERPTS_PREFIX, CONTEXT_PREFIX, DOCUMENT_PREFIX].some((prefix) =>
        id.startsWith(prefix),
      )
        ? `\0${id}`
        : undefined;
    },
    configureServer(server) {
      // Edits to the files a successful load read reach the app through addWatchFile below. A new
      // place file was never read, and after a failed load Vite keeps neither those files nor the
      // module's file: so a change to any data file Vite does not track reloads the page afresh.
      const client = server.environments.client;
      const provinces = join(location.root, 'geo', 'provinces.geojson');
      server.watcher.add([dataDir, provinces]);
      server.watcher.on('all', (_event, path) => {
        const file = resolve(path);
        if (!file.startsWith(dataDir + sep) && file !== provinces) return;
        if (client.moduleGraph.getModulesByFile(file)?.size) return;
        const module = client.moduleGraph.getModuleById(RESOLVED_ID);
        if (module) client.moduleGraph.invalidateModule(module);
        client.hot.send({ type: 'full-reload' });
      });
    },
    load(id) {
      for (const prefix of [EXCERPTS_PREFIX, CONTEXT_PREFIX, DOCUMENT_PREFIX])
        if (id.startsWith(`\0${prefix}`)) {
          const code = excerptModules.get(id.slice(prefix.length + 1));
          // Only a stale page asks for a module this server never made: reloading fixes it.
          return code ?? this.error(`${id.slice(1)}: unknown module (reload the page)`);
        }
      if (id !== RESOLVED_ID) return undefined;
      for (const dir of [dataDir, placeDir])
        if (existsSync(dir))
          for (const name of readdirSync(dir))
            if (/\.ya?ml$/i.test(name)) this.addWatchFile(join(dir, name));
      this.addWatchFile(join(location.root, 'geo', 'provinces.geojson'));
      try {
        const { data } = loadAtlasData(location);
        for (const source of data.sources)
          this.addWatchFile(join(location.root, sourceDocumentPath(source.id)));
        const documents = readingDocuments(data, readDocumentTexts(location.root, data));
        return atlasDataModule(data, build ? emitJsonWith(this) : undefined, documents);
      } catch (error) {
        if (!(error instanceof DataError)) throw error;
        // The stack would only point into this plugin; the message says where the problem is. The
        // overlay links `id` to the first file named.
        error.stack = `${error.name}: ${error.message}`;
        const first = error.issues[0];
        throw Object.assign(error, first ? { id: join(location.root, first.file) } : {});
      }
    },
  };
}

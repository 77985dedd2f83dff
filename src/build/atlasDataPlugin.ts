import { createHash } from 'node:crypto';
import { existsSync, readdirSync } from 'node:fs';
import { join, resolve, sep } from 'node:path';
import type { Plugin } from 'vite';
import { DataError } from '../lib/data/errors.ts';
import { splitExcerpts } from '../lib/data/excerptSplit.ts';
import { loadAtlasData, resolveDataLocation } from '../lib/data/load.ts';
import type { AtlasData } from '../lib/data/schema.ts';

const VIRTUAL_ID = 'virtual:atlas-data';
const RESOLVED_ID = `\0${VIRTUAL_ID}`;
/** The excerpts' own module: `virtual:atlas-data/excerpts-<hash of its content>`. */
const EXCERPTS_PREFIX = `${VIRTUAL_ID}/excerpts-`;

/**
 * The excerpts modules atlasDataModule made, by hash. On globalThis because this file is loaded
 * more than once in one process (Vite bundles the config that imports it; the bench imports it
 * again for its own data plugin), and every copy must find what the others made.
 */
const excerptModules: Map<string, string> = ((globalThis as Record<symbol, unknown>)[
  Symbol.for('pilot-atlas:excerpt-modules')
] ??= new Map<string, string>()) as Map<string, string>;

/**
 * A module whose default export is `value`, as JSON for JSON.parse, which V8 reads faster than the
 * same object written as a JavaScript literal (it matters at thousands of places).
 */
const jsonModule = (value: unknown) =>
  `export default JSON.parse(${JSON.stringify(JSON.stringify(value))});`;

/**
 * The module `virtual:atlas-data` is: the data the first paint needs (each place with only its
 * headline excerpt), and `loadExcerpts()`, which imports every place's excerpts from a chunk of
 * their own (see splitExcerpts).
 */
export function atlasDataModule(data: AtlasData): string {
  const { first, excerpts } = splitExcerpts(data);
  const code = jsonModule(excerpts);
  const hash = createHash('sha256').update(code).digest('hex').slice(0, 16);
  excerptModules.set(hash, code);
  return [
    jsonModule(first),
    `export const loadExcerpts = () => import(${JSON.stringify(EXCERPTS_PREFIX + hash)}).then((m) => m.default);`,
  ].join('\n');
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
  return {
    name: 'pilot-atlas-data',
    resolveId(id) {
      if (id === VIRTUAL_ID) return RESOLVED_ID;
      return id.startsWith(EXCERPTS_PREFIX) ? `\0${id}` : undefined;
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
      if (id.startsWith(`\0${EXCERPTS_PREFIX}`)) {
        const code = excerptModules.get(id.slice(EXCERPTS_PREFIX.length + 1));
        // Only a stale page asks for excerpts this server never made: reloading fixes it.
        return code ?? this.error(`${id.slice(1)}: unknown excerpts (reload the page)`);
      }
      if (id !== RESOLVED_ID) return undefined;
      for (const dir of [dataDir, placeDir])
        if (existsSync(dir))
          for (const name of readdirSync(dir))
            if (/\.ya?ml$/i.test(name)) this.addWatchFile(join(dir, name));
      this.addWatchFile(join(location.root, 'geo', 'provinces.geojson'));
      try {
        const { data, notes } = loadAtlasData(location);
        for (const note of notes) this.warn(note);
        return atlasDataModule(data);
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

import { existsSync, readdirSync } from 'node:fs';
import { join, resolve, sep } from 'node:path';
import type { Plugin } from 'vite';
import { DataError } from '../lib/data/errors.ts';
import { loadAtlasData, resolveDataLocation } from '../lib/data/load.ts';

const VIRTUAL_ID = 'virtual:atlas-data';
const RESOLVED_ID = `\0${VIRTUAL_ID}`;

/**
 * The module `virtual:atlas-data` is: the data as a JSON string for JSON.parse, which V8 reads
 * faster than the same object written as a JavaScript literal (it matters at thousands of places).
 */
export function atlasDataModule(data: unknown): string {
  return `export default JSON.parse(${JSON.stringify(JSON.stringify(data))});`;
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
      return id === VIRTUAL_ID ? RESOLVED_ID : undefined;
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

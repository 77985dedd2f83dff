import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';
import { loadAtlasData } from '../lib/data/load.ts';

const VIRTUAL_ID = 'virtual:atlas-data';
const RESOLVED_ID = `\0${VIRTUAL_ID}`;

/**
 * Serves data/ to the app as `virtual:atlas-data`, validated. Invalid data fails `vite build` and
 * shows the same message in the dev server's overlay, naming file, entry and field.
 */
export function atlasDataPlugin(root: string): Plugin {
  return {
    name: 'pilot-atlas-data',
    resolveId(id) {
      return id === VIRTUAL_ID ? RESOLVED_ID : undefined;
    },
    load(id) {
      if (id !== RESOLVED_ID) return undefined;
      const dataDir = join(root, 'data');
      for (const name of readdirSync(dataDir))
        if (name.endsWith('.yaml')) this.addWatchFile(join(dataDir, name));
      for (const name of readdirSync(join(dataDir, 'places')))
        this.addWatchFile(join(dataDir, 'places', name));
      this.addWatchFile(join(root, 'geo', 'provinces.geojson'));
      const { data, notes } = loadAtlasData({ root });
      for (const note of notes) this.warn(note);
      return `export default ${JSON.stringify(data)};`;
    },
  };
}

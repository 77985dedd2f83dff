import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import type { RawData } from '../../src/lib/data/validate';

export const root = fileURLToPath(new URL('../..', import.meta.url));

function read(file: string) {
  return { file, content: parse(readFileSync(`${root}/${file}`, 'utf8')) as unknown };
}

/** The repository's own data files, parsed, for tests to use as is or to spoil one field at a time. */
export function realRawData(): RawData {
  return {
    sources: read('data/sources.yaml'),
    works: read('data/works.yaml'),
    mechanisms: read('data/mechanisms.yaml'),
    context: read('data/context.yaml'),
    places: readdirSync(`${root}/data/places`)
      .sort()
      .map((name) => read(`data/places/${name}`)),
  };
}

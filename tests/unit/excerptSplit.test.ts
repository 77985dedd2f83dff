import { describe, expect, it } from 'vitest';
import { atlasDataPlugin, atlasDataModule } from '../../src/build/atlasDataPlugin';
import { fillContext, fillExcerpts, splitExcerpts } from '../../src/lib/data/excerptSplit';
import { loadAtlasData } from '../../src/lib/data/load';
import { headlineExcerpt } from '../../src/lib/logic/evidence';
import { root } from './helpers';

const { data } = loadAtlasData({ root });

describe('splitExcerpts', () => {
  const { first } = splitExcerpts(data);

  it('fills every excerpt and the national context back in, in the same place objects', () => {
    const { first: filled, excerpts: all, context } = splitExcerpts(data);
    const places = [...filled.places];
    fillExcerpts(filled, all);
    fillContext(filled, context);
    expect(filled).toEqual(data);
    filled.places.forEach((place, i) => expect(place).toBe(places[i]));
  });

  it('leaves the national context out of the first-paint data', () => {
    expect(data.context.length).toBeGreaterThan(0);
    expect(first.context).toEqual([]);
    expect({ ...first, context: data.context, places: data.places }).toEqual(data);
  });

  it.each(data.places.map((place) => [place.id, place] as const))(
    '%s keeps its headline excerpt for the first paint, and only that',
    (_, place) => {
      const kept = first.places.find((p) => p.id === place.id)!;
      expect(kept.excerpts).toEqual([headlineExcerpt(place)]);
      expect(headlineExcerpt(kept)).toEqual(headlineExcerpt(place));
      expect({ ...kept, excerpts: place.excerpts }).toEqual(place);
    },
  );
});

describe('virtual:atlas-data', () => {
  it('on the dev server, holds the first-paint data and imports the rest from a module the plugin serves', async () => {
    const code = atlasDataModule(data);
    const id = /import\("([^"]+)"\)/.exec(code)?.[1];
    expect(id, 'an import of the excerpts').toMatch(/^virtual:atlas-data\/excerpts-[0-9a-f]+$/);
    const plugin = atlasDataPlugin(root) as unknown as {
      resolveId(id: string): string | undefined;
      load(this: { error(message: string): never }, id: string): string | undefined;
    };
    const resolved = plugin.resolveId(id!)!;
    const excerpts = plugin.load.call(
      {
        error: (m) => {
          throw new Error(m);
        },
      },
      resolved,
    )!;
    const parse = (module: string) =>
      JSON.parse(
        JSON.parse(/^(?:export default|const data =) JSON\.parse\((".*")\);$/m.exec(module)![1]!),
      );
    expect(parse(excerpts)).toEqual(data.places.map((p) => p.excerpts));
    expect(parse(code)).toEqual(splitExcerpts(data).first);
  });

  it('in a build, fetches the JSON files it emits: the first-paint data, the excerpts and the context', async () => {
    const files = new Map<string, string>();
    const code = atlasDataModule(data, (name, json) => {
      files.set(name, json);
      return JSON.stringify(`/assets/${name}`);
    });
    expect([...files.keys()]).toEqual([
      'atlas-data.json',
      'atlas-excerpts.json',
      'atlas-context.json',
    ]);
    const fetched: string[] = [];
    const fetch = async (url: string) => {
      fetched.push(url);
      const body = files.get(url.replace('/assets/', ''));
      return body === undefined
        ? { ok: false, status: 404 }
        : { ok: true, status: 200, json: async () => JSON.parse(body) as unknown };
    };
    const module = new Function(
      'fetch',
      `${code.replaceAll('export const', 'const')}
      return { loadData, loadExcerpts, loadContext };`,
    ) as (f: typeof fetch) => {
      loadData(): Promise<unknown>;
      loadExcerpts(): Promise<unknown>;
      loadContext(): Promise<unknown>;
    };
    const { loadData, loadExcerpts, loadContext } = module(fetch);
    expect(fetched, 'nothing is fetched before it is asked for').toEqual([]);
    expect(await loadData()).toEqual(splitExcerpts(data).first);
    expect(await loadExcerpts()).toEqual(data.places.map((p) => p.excerpts));
    expect(await loadContext()).toEqual(data.context);
    files.clear();
    await expect(loadData()).rejects.toThrow(
      '/assets/atlas-data.json could not be loaded (HTTP 404)',
    );
  });
});

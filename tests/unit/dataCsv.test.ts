import Papa from 'papaparse';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { dataCsvFiles } from '../../geo/dataCsvFiles';
import { EXCERPT_COLUMNS, excerptsCsv, placesCsv } from '../../src/lib/data/dataCsv';
import { loadAtlasData } from '../../src/lib/data/load';
import type { AtlasData, Place } from '../../src/lib/data/schema';
import { decodeUserFile, parseUserPlaces } from '../../src/lib/userData/parse';
import { root } from './helpers';

const { data } = loadAtlasData({ root });
const rows = (csv: string) =>
  Papa.parse<Record<string, string>>(csv, { header: true, skipEmptyLines: true }).data;

describe('the data as CSV', () => {
  it.each(Object.keys(dataCsvFiles(data)))(
    'has an up-to-date geo/%s (run `npm run geo:pilots` after editing data/)',
    (name) => {
      const committed = readFileSync(`${root}/geo/${name}`, 'utf8');
      expect(
        committed === dataCsvFiles(data)[name],
        `geo/${name} is stale: run npm run geo:pilots`,
      ).toBe(true);
    },
  );

  it('gives the places the flat columns of geo/pilots.geojson, then lon and lat', () => {
    const geojson = JSON.parse(readFileSync(`${root}/geo/pilots.geojson`, 'utf8'));
    const places = rows(placesCsv(data.places));
    expect(places).toHaveLength(data.places.length);
    expect(Object.keys(places[0]!)).toEqual([
      ...Object.keys(geojson.features[0].properties),
      'lon',
      'lat',
    ]);
    const wuhan = places.find((p) => p.id === 'wuhan')!;
    expect(wuhan).toMatchObject({
      name_en: 'Wuhan',
      red_share: '72',
      lon: String(data.places.find((p) => p.id === 'wuhan')!.location.lon),
    });
  });

  it('gives one row per excerpt and field it supports, with quote, document and citation', () => {
    const excerpts = rows(excerptsCsv(data));
    const count = [...data.places, ...data.context].reduce(
      (n, owner) => n + owner.excerpts.reduce((m, e) => m + e.supports.length, 0),
      0,
    );
    expect(excerpts).toHaveLength(count);
    expect(Object.keys(excerpts[0]!)).toEqual(EXCERPT_COLUMNS);
    const red = excerpts.find((r) => r.id === 'wuhan' && r.field === 'shares.red')!;
    expect(red).toMatchObject({ kind: 'place', name: 'Wuhan' });
    expect(red.quote).toContain('72%');
    expect(red.citation).toContain(data.sources.find((s) => s.id === red.document)!.author);
    expect(excerpts.some((r) => r.kind === 'fact')).toBe(true);
  });

  // Excel reads a CSV without one in the system's code page: 武汉市 would open as "æ­¦æ±‰å¸‚".
  it.each(Object.keys(dataCsvFiles(data)))(
    'starts geo/%s with a UTF-8 byte-order mark, so that Excel opens its Chinese text',
    (name) => {
      const bytes = readFileSync(`${root}/geo/${name}`);
      expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      expect(bytes.toString('utf8')).toMatch(/[\u4E00-\u9FFF]/);
    },
  );

  it('can be imported back as the user’s own places, byte-order mark and Chinese names too', () => {
    const bytes = readFileSync(`${root}/geo/pilots.csv`);
    const text = decodeUserFile(
      bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.length),
    );
    expect(typeof text).toBe('string');
    const result = parseUserPlaces(text as string, 'pilots.csv', {
      placeIds: new Set(),
      mechanismIds: new Set(data.mechanisms.map((m) => m.id)),
    });
    expect(result.ok && result.places.find((p) => p.id === 'wuhan')?.name.zh).toBe('武汉市');
  });

  it.each([
    ['a CSV', 'x.csv', '\uFEFFid,name_en,lon,lat\na,A,110,30\n'],
    [
      'a GeoJSON file',
      'x.geojson',
      '\uFEFF{"type":"FeatureCollection","features":[{"type":"Feature","geometry":{"type":"Point","coordinates":[110,30]},"properties":{"id":"a","name_en":"A"}}]}',
    ],
  ])('imports %s that starts with a byte-order mark', (_what, name, content) => {
    const text = decodeUserFile(new TextEncoder().encode(content).buffer as ArrayBuffer);
    const known = { placeIds: new Set<string>(), mechanismIds: new Set<string>() };
    expect(parseUserPlaces(text as string, name, known)).toMatchObject({
      ok: true,
      places: [{ id: 'a', name: { en: 'A' } }],
    });
  });

  it.each([
    ['=HYPERLINK("http://x")', "'=HYPERLINK"],
    ['+1 point', "'+1 point"],
    ['-1000 points', "'-1000 points"],
    ['@SUM(A1)', "'@SUM"],
    ['=1\n+2', "'=1"],
    ['a = b', 'a = b'],
  ])('defuses a cell a spreadsheet would run as a formula: %j', (quote, start) => {
    const wuhan = data.places.find((p) => p.id === 'wuhan')!;
    const spoilt: Place = {
      ...wuhan,
      name: { ...wuhan.name, en: quote },
      excerpts: [{ ...wuhan.excerpts[0]!, quote }],
    };
    const one: AtlasData = { ...data, places: [spoilt], context: [] };
    expect(rows(excerptsCsv(one))[0]?.quote?.startsWith(start)).toBe(true);
    expect(rows(placesCsv([spoilt]))[0]?.name_en?.startsWith(start)).toBe(true);
  });
});

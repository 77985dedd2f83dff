import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodeUserFile, parseUserPlaces } from '../../src/lib/userData/parse';
import { root } from './helpers';

const known = { placeIds: new Set(['wuhan']), mechanismIds: new Set(['red-list', 'black-list']) };
const header = 'id,name_en,name_zh,lon,lat,level,status,red_share,black_share,mechanisms';
const csv = (...rows: string[]) => [header, ...rows].join('\n');

describe('parseUserPlaces', () => {
  it('reads a CSV of places', () => {
    const result = parseUserPlaces(
      csv('my-town,My Town,我的镇,116.1,39.2,town,pilot,60,40,red-list;black-list'),
      'places.csv',
      known,
    );
    expect(result).toMatchObject({
      ok: true,
      places: [
        {
          id: 'my-town',
          name: { en: 'My Town', zh: '我的镇' },
          location: { lon: 116.1, lat: 39.2 },
          shares: { red: 60, black: 40 },
          mechanisms: ['red-list', 'black-list'],
          excerpts: [],
        },
      ],
    });
  });

  it('reads the published geo/pilots.geojson schema back (under new ids)', () => {
    const text = readFileSync(`${root}/geo/pilots.geojson`, 'utf8').replaceAll(
      '"id": "',
      '"id": "my-',
    );
    const result = parseUserPlaces(text, 'pilots.geojson', {
      placeIds: new Set(),
      mechanismIds: new Set(
        JSON.parse(text).features.flatMap((f: { properties: { mechanisms: string } }) =>
          f.properties.mechanisms.split(';').filter(Boolean),
        ),
      ),
    });
    expect(result.ok && result.places.length).toBe(12);
  });

  const fc = (...features: string[]) =>
    `{"type":"FeatureCollection","features":[${features.join(',')}]}`;
  const point = (coordinates: string, properties = '{"id":"a","name_en":"A"}') =>
    `{"type":"Feature","geometry":{"type":"Point","coordinates":${coordinates}},"properties":${properties}}`;

  it.each<[string, string, string, string]>([
    [
      'a longitude that is text',
      csv('a,A,,east,30,,,,,'),
      'x.csv',
      'row 2, lon: expected a longitude from -180 to 180; found "east"',
    ],
    [
      'blank coordinates',
      csv('a,A,,,  ,,,,,'),
      'x.csv',
      'row 2, lon: missing; expected a longitude',
    ],
    [
      'hexadecimal coordinates',
      csv('a,A,,0x74,0x27,,,,,'),
      'x.csv',
      'row 2, lat: expected a latitude from -90 to 90; found "0x27"',
    ],
    [
      'a share over 100',
      csv('a,A,,110,30,,,150,,'),
      'x.csv',
      'row 2, red_share: expected a number from 0 to 100, or empty; found 150',
    ],
    [
      'a share written in hexadecimal',
      csv('a,A,,110,30,,,0x10,,'),
      'x.csv',
      'row 2, red_share: expected a number from 0 to 100, or empty; found "0x10"',
    ],
    [
      'a level outside the vocabulary',
      csv('a,A,,110,30,metropolis,,,,'),
      'x.csv',
      'row 2, level: expected one of: province',
    ],
    [
      'a missing name',
      csv('a,,,110,30,,,,,'),
      'x.csv',
      'row 2, name_en: missing; expected a name in English',
    ],
    [
      'a 16,800-character name',
      csv(`a,${'x'.repeat(16_800)},,110,30,,,,,`),
      'x.csv',
      'row 2, name_en: expected at most 200 characters; found 16,800',
    ],
    [
      'an unclosed right-to-left override',
      csv('a,"Wu\u202Ehan",,110,30,,,,,'),
      'x.csv',
      'row 2, name_en: expected no bidirectional override or isolate characters (they reorder the text around them); found U+202E at character 3',
    ],
    [
      'a name of only a zero-width space',
      csv('a,\u200B,,110,30,,,,,'),
      'x.csv',
      'row 2, name_en: expected visible text; found only invisible characters or spaces',
    ],
    [
      'NUL and BEL in a name',
      csv('a,"A\u0007",,110,30,,,,,'),
      'x.csv',
      'row 2, name_en: expected no control characters; found U+0007 at character 2',
    ],
    [
      'an id already on the map',
      csv('wuhan,Wuhan,,114,30,,,,,'),
      'x.csv',
      'row 2, id: "wuhan" is already used',
    ],
    [
      'an unknown mechanism with a right-to-left override, spelled out in the message',
      csv('a,A,,110,30,,,,,"tele\u202Epathy"'),
      'x.csv',
      'row 2, mechanisms: expected known mechanism ids; found "tele\\u202Epathy"',
    ],
    [
      'a Chinese name with an isolate',
      csv('a,A,"武\u2067汉",110,30,,,,,'),
      'x.csv',
      'row 2, name_zh: expected no bidirectional override or isolate characters (they reorder the text around them); found U+2067 at character 2',
    ],
    [
      'a province of only a zero-width space',
      'id,name_en,lon,lat,province\na,A,110,30,\u200B',
      'x.csv',
      'row 2, province: expected visible text; found only invisible characters or spaces',
    ],
    [
      'a level that is text with a bidi override, spelled out in the message',
      csv('a,A,,110,30,"city\u202E",,,,'),
      'x.csv',
      'found "city\\u202E"',
    ],
    [
      'an unknown mechanism',
      csv('a,A,,110,30,,,,,telepathy'),
      'x.csv',
      'row 2, mechanisms: expected known mechanism ids; found "telepathy"',
    ],
    [
      'a CSV without coordinate columns',
      'id,name_en\na,A',
      'x.csv',
      'row 1 (the header): no "lon", "lat" column',
    ],
    [
      'JSON that is not GeoJSON',
      '{"hello": 1}',
      'x.geojson',
      'expected a GeoJSON FeatureCollection',
    ],
    ['text that is not JSON', 'hello', 'x.geojson', 'not valid JSON: line 1, column 1: found "h"'],
    [
      'a JSON syntax error',
      '{"type": "FeatureCollection",\n  "features": [1,]}',
      'x.geojson',
      'the file is not valid JSON: line 2, column 18: found "]"',
    ],
    [
      'JSON that ends too soon',
      '{"type": "Feat',
      'x.geojson',
      'line 1, column 15: the file ends too soon',
    ],
    ['an empty CSV', header, 'x.csv', 'the file holds no row'],
    [
      'a feature that is null',
      fc('null'),
      'x.geojson',
      'feature 1: expected a GeoJSON Feature (an object); found null',
    ],
    [
      'a feature that is not a point',
      fc(
        '{"type":"Feature","geometry":{"type":"LineString","coordinates":[[1,2],[3,4]]},"properties":{"id":"a","name_en":"A"}}',
      ),
      'x.geojson',
      'feature 1, geometry: expected a Point (a place is one position); found a LineString',
    ],
    [
      'a feature without geometry',
      fc('{"type":"Feature","properties":{}}'),
      'x.geojson',
      'feature 1, geometry: missing; expected a Point',
    ],
    [
      'null coordinates',
      fc(point('[null,null]')),
      'x.geojson',
      'feature 1, geometry.coordinates[0]: expected a number; found null',
    ],
    [
      'boolean coordinates',
      fc(point('[true,false]')),
      'x.geojson',
      'feature 1, geometry.coordinates[0]: expected a number; found true',
    ],
    [
      'coordinates as text',
      fc(point('["0x74","0x27"]')),
      'x.geojson',
      'feature 1, geometry.coordinates[0]: expected a number; found "0x74"',
    ],
    [
      'nested coordinates',
      fc(point('[["116"],[39]]')),
      'x.geojson',
      'feature 1, geometry.coordinates[0]: expected a number; found a list of 1',
    ],
    [
      'coordinates nested 200,000 deep',
      fc(point('['.repeat(200_000) + ']'.repeat(200_000))),
      'x.geojson',
      'feature 1, geometry.coordinates: expected [longitude, latitude]; found a list of 1',
    ],
    [
      'a latitude out of range',
      fc(point('[116,95]')),
      'x.geojson',
      'feature 1, geometry.coordinates[1]: expected a latitude from -90 to 90; found 95',
    ],
    [
      'a missing property',
      fc(point('[116,39]', '{"name_en":"A"}')),
      'x.geojson',
      'feature 1, properties.id: missing; expected a lower-case id such as "my-town"',
    ],
  ])(
    'rejects %s with a message naming where and what was expected',
    (_name, text, file, expected) => {
      const result = parseUserPlaces(text, file, known);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.problems.join('\n')).toContain(expected);
    },
  );

  it('refuses a file that is not UTF-8, saying so', () => {
    const latin1 = Uint8Array.from([
      ...Buffer.from(`${header}\nzurich,Z`),
      0xfc,
      ...Buffer.from('rich,,8.5,47.4,,,,,'),
    ]);
    expect(decodeUserFile(latin1.buffer)).toMatchObject({
      ok: false,
      problems: [
        expect.stringContaining('the file is not UTF-8 text (first invalid byte on line 2)'),
      ],
    });
    expect(decodeUserFile(new TextEncoder().encode('\uFEFFid').buffer as ArrayBuffer)).toBe('id');
  });

  it('lists the first eight problems and counts them all', () => {
    const rows = Array.from({ length: 20 }, (_, i) => `p${i},P,,999,30,,,,,`);
    const result = parseUserPlaces(csv(...rows), 'x.csv', known);
    expect(!result.ok && [result.problems.length, result.total]).toEqual([8, 20]);
  });
});

describe('a file of more places than the map can answer for', () => {
  it('is refused after its rows are checked, with the count', () => {
    const rows = Array.from({ length: 5_001 }, (_, i) => `p${i},P,,110,30,,,,,`);
    const result = parseUserPlaces(csv(...rows), 'x.csv', known);
    expect(result).toMatchObject({
      ok: false,
      problems: [expect.stringContaining('the file holds 5,001 places; expected at most 5,000')],
    });
  });
});

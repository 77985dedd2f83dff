import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseUserPlaces } from '../../src/lib/userData/parse';
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

  it.each<[string, string, string, string]>([
    [
      'a longitude that is text',
      csv('a,A,,east,30,,,,,'),
      'x.csv',
      'row 2, lon: expected a longitude from -180 to 180',
    ],
    [
      'a share over 100',
      csv('a,A,,110,30,,,150,,'),
      'x.csv',
      'row 2, red_share: expected a number from 0 to 100, or empty',
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
      'row 2, name_en: expected a name in English',
    ],
    [
      'an id already on the map',
      csv('wuhan,Wuhan,,114,30,,,,,'),
      'x.csv',
      'row 2, id: "wuhan" is already used',
    ],
    [
      'an unknown mechanism',
      csv('a,A,,110,30,,,,,telepathy'),
      'x.csv',
      'row 2, mechanisms: expected known mechanism ids, found "telepathy"',
    ],
    [
      'JSON that is not GeoJSON',
      '{"hello": 1}',
      'x.geojson',
      'expected a GeoJSON FeatureCollection',
    ],
    ['text that is not JSON', 'hello', 'x.geojson', 'neither valid GeoJSON nor a .csv file'],
    ['an empty CSV', header, 'x.csv', 'the file holds no row'],
    [
      'a feature that is not a point',
      '{"type":"FeatureCollection","features":[{"type":"Feature","geometry":{"type":"LineString","coordinates":[[1,2],[3,4]]},"properties":{"id":"a","name_en":"A"}}]}',
      'x.geojson',
      'feature 1, lon: expected a longitude',
    ],
  ])(
    'rejects %s with a message naming where and what was expected',
    (_name, text, file, expected) => {
      const result = parseUserPlaces(text, file, known);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.problems.join('\n')).toContain(expected);
    },
  );

  it('lists at most the first eight problems', () => {
    const rows = Array.from({ length: 20 }, (_, i) => `p${i},P,,999,30,,,,,`);
    const result = parseUserPlaces(csv(...rows), 'x.csv', known);
    expect(!result.ok && result.problems.length).toBe(8);
  });
});

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { serializePilots } from '../../geo/pilotsFile';
import { loadAtlasData } from '../../src/lib/data/load';
import { root } from './helpers';

describe('data/ against its evidence and the basemap', () => {
  const { data } = loadAtlasData({ root });

  it('finds every excerpt verbatim in its document, and every marker inside its province', () => {
    // loadAtlasData throws a DataError naming file, entry and field when either rule fails.
    expect(data.places.length).toBeGreaterThanOrEqual(12);
  });

  it('covers every place the documents attribute a local system or mechanism to', () => {
    const ids = data.places.map((p) => p.id);
    for (const id of [
      'rongcheng',
      'wuhan',
      'shanghai-pudong',
      'jiangsu',
      'suining-county',
      'dongdao-lu-jia',
      'teng-jia',
      'anqing',
      'zhongshan',
      'beijing',
      'shanghai',
      'shanxi',
    ])
      expect(ids).toContain(id);
  });

  it('has an up-to-date geo/pilots.geojson (run `npm run geo:pilots` after editing data/)', () => {
    const committed = readFileSync(`${root}/geo/pilots.geojson`, 'utf8');
    expect(
      committed === serializePilots(data.places),
      'geo/pilots.geojson is stale: run npm run geo:pilots',
    ).toBe(true);
  });

  it('writes RFC 7946 features with flat properties a GIS can read', () => {
    const collection = JSON.parse(serializePilots(data.places));
    expect(collection.type).toBe('FeatureCollection');
    for (const feature of collection.features) {
      expect(feature.geometry.type).toBe('Point');
      for (const value of Object.values(feature.properties))
        expect(value === null || ['string', 'number'].includes(typeof value)).toBe(true);
    }
    const wuhan = collection.features.find((f: { id: string }) => f.id === 'wuhan');
    expect(wuhan.properties).toMatchObject({
      red_share: 72,
      black_share: 28,
      scale_min: 0,
      scale_max: 100,
      mechanisms: 'point-score;red-list;black-list',
    });
  });
});

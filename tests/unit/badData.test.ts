import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadAtlasData } from '../../src/lib/data/load';
import { root } from './helpers';

const FIXTURES = join(root, 'tests/fixtures/bad-data');
const made: string[] = [];

/** A copy of the real data root with the fixture's files laid over it. */
function spoiltRoot(fixture: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'pilot-atlas-bad-'));
  made.push(dir);
  cpSync(join(root, 'data'), join(dir, 'data'), { recursive: true });
  cpSync(join(root, 'geo/provinces.geojson'), join(dir, 'geo/provinces.geojson'));
  cpSync(join(FIXTURES, fixture, 'data'), join(dir, 'data'), { recursive: true });
  return dir;
}

function messageFor(dataRoot: string): string {
  try {
    loadAtlasData({ root: dataRoot });
  } catch (error) {
    return (error as Error).message;
  }
  return 'no error';
}

afterAll(() => made.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

describe('malformed data files fail with file, entry and field named', () => {
  const cases = readdirSync(FIXTURES).sort();

  it('has at least 20 fixtures', () => expect(cases.length).toBeGreaterThanOrEqual(20));

  it.each(cases)('%s', (fixture) => {
    const expected = readFileSync(join(FIXTURES, fixture, 'expected.txt'), 'utf8').trim();
    expect(messageFor(spoiltRoot(fixture))).toContain(expected);
  });

  it('names a refused source once, not again at every excerpt that cites it', () => {
    const message = messageFor(spoiltRoot('javascript-source-url'));
    expect(message).toContain('(1 problem)');
    expect(message).not.toContain('unknown source');
  });

  it('refuses a 50 MB file without reading it whole', () => {
    const dir = spoiltRoot('empty-file');
    writeFileSync(join(dir, 'data/places/wuhan.yaml'), Buffer.alloc(50 * 1024 * 1024, 'a'));
    expect(messageFor(dir)).toMatch(/data\/places\/wuhan\.yaml.*MB/);
  });
});

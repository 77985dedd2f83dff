import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { root } from './helpers';

const dir = mkdtempSync(join(tmpdir(), 'pilot-atlas-cli-'));
cpSync(join(root, 'data'), join(dir, 'data'), { recursive: true });
cpSync(join(root, 'geo/provinces.geojson'), join(dir, 'geo/provinces.geojson'));
cpSync(join(root, 'tests/fixtures/bad-data/shares-do-not-add-up/data'), join(dir, 'data'), {
  recursive: true,
});
const env = { ...process.env, PILOT_ATLAS_ROOT: dir };
const expected = 'data/places/wuhan.yaml › wuhan › shares: red (72) and black (38)';

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('bad data stops the tools, with the same message', () => {
  // Starting tsx alone can take seconds on a busy machine.
  it('npm run check:data exits 1 naming file, entry and field', { timeout: 60_000 }, () => {
    const run = spawnSync(join(root, 'node_modules/.bin/tsx'), ['data/check.ts'], {
      cwd: root,
      env,
      encoding: 'utf8',
    });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(expected);
  });

  it('vite build fails naming file, entry and field', { timeout: 120_000 }, () => {
    const out = join(dir, 'dist');
    const run = spawnSync(
      join(root, 'node_modules/.bin/vite'),
      ['build', '--outDir', out, '--logLevel', 'error'],
      {
        cwd: root,
        env,
        encoding: 'utf8',
      },
    );
    expect(run.status).not.toBe(0);
    expect(run.stdout + run.stderr).toContain(expected);
  });
});

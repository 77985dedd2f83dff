import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_RESULTS_DIR, resultsTarget } from '../bench/output';
import { LATEST_PATH } from '../bench/readme';

describe('resultsTarget', () => {
  it.each([
    // Without --out: the repository's results, and only `latest` rewrites the bench README.
    [undefined, 'latest', join(DEFAULT_RESULTS_DIR, 'latest'), true],
    [undefined, 'scale-3000', join(DEFAULT_RESULTS_DIR, 'scale-3000'), false],
    // With --out: results under it, whatever the label; the README is never rewritten.
    ['/tmp/bench-x', 'latest', '/tmp/bench-x/results/latest', false],
    ['/tmp/bench-x', 'bf-scale', '/tmp/bench-x/results/bf-scale', false],
  ] as const)(
    '--out %s --label %s → %s.{json,md}, README rewritten: %s',
    (out, label, stem, readme) => {
      expect(resultsTarget(out, label)).toEqual({
        dir: stem.slice(0, stem.lastIndexOf('/')),
        json: `${stem}.json`,
        md: `${stem}.md`,
        readme,
      });
    },
  );

  it('writes by default where the README is generated from', () => {
    expect(resultsTarget(undefined, 'latest').md).toBe(LATEST_PATH);
  });
});

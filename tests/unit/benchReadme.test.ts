import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { benchReadme, LATEST_PATH, README_PATH } from '../bench/readme';

describe('tests/bench/README.md', () => {
  it('is generated from the latest results file (run `npx tsx tests/bench/readme.ts`)', () => {
    expect(readFileSync(README_PATH, 'utf8')).toBe(benchReadme(readFileSync(LATEST_PATH, 'utf8')));
  });
});

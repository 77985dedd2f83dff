import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { subsetRanges, subsetStem } from '../../src/build/fontSubsets';

const css700 = readFileSync(
  createRequire(import.meta.url).resolve('@fontsource/noto-sans-sc/700.css'),
  'utf8',
);

describe("Fontsource's unicode-range subsets (the fallback for text outside the atlas's font)", () => {
  it.each([
    ['./files/noto-sans-sc-4-700-normal.woff2', 'noto-sans-sc-4-700-normal'],
    ['assets/noto-sans-sc-100-400-normal-CX-7pUk_.woff2', 'noto-sans-sc-100-400-normal'],
    [
      'assets/noto-sans-sc-latin-ext-700-normal-BmmacmUC.woff2',
      'noto-sans-sc-latin-ext-700-normal',
    ],
    ['assets/noto-sans-sc-4-700-normal-BmmacmUC.woff', undefined],
  ])('names %s by its subset', (file, stem) => expect(subsetStem(file)).toBe(stem));

  const subsets = subsetRanges(css700);

  it('reads every subset of the stylesheet with its ranges', () => {
    expect(subsets.size).toBe(101);
    expect(subsets.get('noto-sans-sc-4-700-normal')?.[0]).toEqual([0x1f1e9, 0x1f1f5]);
  });
});

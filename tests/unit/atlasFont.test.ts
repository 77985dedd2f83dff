import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { create, registerFormat } from 'fontkit/core';
import { WOFF2Font } from 'fontkit/formats/WOFF2Font';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runsOf, subtractRanges, unicodeRange } from '../../src/build/atlasFont';
import { type AtlasFontFiles, atlasTexts, writeAtlasFonts } from '../../src/build/fontSubsetPlugin';
import { copy } from '../../src/copy/en';
import { loadAtlasData } from '../../src/lib/data/load';
import { charsOutside } from '../../src/lib/fonts/fallbackFonts';
import { parseUnicodeRange } from '../../src/lib/export/svgFonts';
import { root } from './helpers';

registerFormat(WOFF2Font);

describe('code point runs and ranges', () => {
  it.each([
    [[], []],
    [
      [0x20, 0x21, 0x22, 0x30],
      [
        [0x20, 0x22],
        [0x30, 0x30],
      ],
    ],
    [[0x4e2d, 0x4e2d, 0x4e2e], [[0x4e2d, 0x4e2e]]],
  ])('runs of %j', (codes, runs) => expect(runsOf(codes)).toEqual(runs));

  it('writes runs as a CSS unicode-range', () =>
    expect(
      unicodeRange([
        [0x20, 0x7e],
        [0x4e2d, 0x4e2d],
      ]),
    ).toBe('U+20-7e,U+4e2d'));

  it.each([
    [
      [[0x4e00, 0x4eff]],
      [0x4e00, 0x4e2d, 0x4eff],
      [
        [0x4e01, 0x4e2c],
        [0x4e2e, 0x4efe],
      ],
    ],
    [[[0x20, 0x22]], [0x20, 0x21, 0x22], []],
    [[[0x30, 0x39]], [0x20, 0x7e0], [[0x30, 0x39]]],
  ])('%j less %j', (ranges, taken, left) =>
    expect(subtractRanges(ranges as [number, number][], taken)).toEqual(left),
  );

  it('finds the characters no range covers, white space aside', () =>
    expect(
      charsOutside('Wuhan 武汉\n鄂州', [
        [0x20, 0x7e],
        [0x6b66, 0x6b66],
        [0x6c49, 0x6c49],
      ]),
    ).toEqual(['鄂', '州']));
});

describe("the atlas's Noto Sans SC subset, made from the data at build", () => {
  let cache: string;
  let files: AtlasFontFiles;
  const { data } = loadAtlasData({ root });
  beforeAll(async () => {
    cache = mkdtempSync(join(tmpdir(), 'atlas-font-'));
    files = await writeAtlasFonts(cache, atlasTexts(root, root, data));
  }, 60_000);
  afterAll(() => rmSync(cache, { recursive: true, force: true }));

  const css = () => readFileSync(files.css, 'utf8');
  const fallback = () => readFileSync(files.fallbackCss, 'utf8');
  const font = (weight: number) =>
    create(readFileSync(join(files.dir, `noto-sans-sc-atlas-${weight}-normal.woff2`)));

  /** What the atlas shows: names in both languages, provinces, titles, labels, the copy. */
  const shown = () =>
    [
      ...data.places.flatMap((p) => [p.name.en, p.name.zh ?? '', p.province ?? '']),
      ...data.sources.map((s) => s.title),
      ...data.mechanisms.flatMap((m) => [m.label, m.definition]),
      readFileSync(join(root, 'geo', 'province-labels.geojson'), 'utf8'),
      JSON.stringify(copy),
      '荣成市武汉市上海浦东新区江苏省',
    ].join('');

  it('draws every character of the data, the basemap and the interface copy, in both weights', () => {
    const covered = parseUnicodeRange(/unicode-range:\s*([^;]+);/.exec(css())![1]!);
    expect(charsOutside(shown(), covered)).toEqual([]);
    for (const weight of [400, 700]) {
      const subset = font(weight);
      const missing = [...new Set(shown())].filter(
        (char) => !/\s/.test(char) && !subset.hasGlyphForCodePoint(char.codePointAt(0)!),
      );
      expect(missing, `weight ${weight}`).toEqual([]);
    }
  });

  it('is small: a few dozen kB a weight, where Fontsource took ~10 files of ~30 kB', () => {
    for (const weight of [400, 700])
      expect(
        readFileSync(join(files.dir, `noto-sans-sc-atlas-${weight}-normal.woff2`)).length,
      ).toBeLessThan(60_000);
  });

  it("names the subset's files as 'Noto Sans SC' regular and bold, each once", () => {
    const rules = css().match(/@font-face\s*{[^}]*}/g) ?? [];
    expect(rules).toHaveLength(2);
    for (const [i, weight] of [400, 700].entries()) {
      expect(rules[i]).toContain("font-family: 'Noto Sans SC'");
      expect(rules[i]).toContain(`font-weight: ${weight}`);
      expect(rules[i]).toContain(`url("./noto-sans-sc-atlas-${weight}-normal.woff2")`);
    }
  });

  it("leaves Fontsource's files the characters outside the subset, and only those", () => {
    const rules = fallback().match(/@font-face\s*{[^}]*}/g) ?? [];
    expect(rules.length).toBeGreaterThan(150);
    const subset = new Set(files.codePoints);
    const ranges = rules.flatMap((rule) =>
      parseUnicodeRange(/unicode-range:\s*([^;]+);/.exec(rule)![1]!),
    );
    const overlap = files.codePoints.filter((code) =>
      ranges.some(([from, to]) => code >= from && code <= to),
    );
    expect(overlap).toEqual([]);
    // A place a file may name that the atlas does not: Handan, Hebei (鄂: Hubei).
    for (const char of '鄂邯郸') {
      expect(subset.has(char.codePointAt(0)!)).toBe(false);
      expect(charsOutside(char, ranges)).toEqual([]);
    }
    expect(
      rules.every((rule) =>
        /@fontsource\/noto-sans-sc\/files\/noto-sans-sc-[\w-]+-(400|700)-normal\.woff2/.test(rule),
      ),
    ).toBe(true);
  });
});

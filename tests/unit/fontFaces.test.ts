import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseFontFaces } from '../bench/pages/fontFaces';
import { root } from './helpers';

const css = readFileSync(`${root}/node_modules/@fontsource/noto-sans-sc/400.css`, 'utf8');

describe('parseFontFaces', () => {
  const faces = parseFontFaces(css, 'Noto Sans SC', (url) => `/assets/${url.split('/').pop()}`);
  const list = faces['Noto Sans SC'] as { url: string; 'unicode-range'?: string[] }[];

  it('reads one face per woff2 subset, each with its unicode range', () => {
    expect(list.length).toBeGreaterThan(90);
    expect(
      list.every(
        (f) => f.url.startsWith('/assets/noto-sans-sc-') && f.url.endsWith('-400-normal.woff2'),
      ),
    ).toBe(true);
    expect(list.every((f) => (f['unicode-range'] ?? []).length > 0)).toBe(true);
  });

  it('covers the characters of the Chinese labels', () => {
    const covers = (ch: string) =>
      list.some((f) =>
        (f['unicode-range'] ?? []).some((r) => {
          const [a, b = a] = r
            .replace(/^U\+/i, '')
            .split('-')
            .map((h) => parseInt(h, 16));
          const cp = ch.codePointAt(0)!;
          return cp >= a! && cp <= b!;
        }),
      );
    for (const ch of '荣成市武汉上海浦东新区江苏省') expect(covers(ch), ch).toBe(true);
  });

  it('reads a rule as the browser serialises it (quoted, built URL, upper-case ranges)', () => {
    const rule =
      '@font-face { font-family: "Noto Sans SC"; font-weight: 400; ' +
      'src: url("/assets/noto-sans-sc-4-400-normal-Ab12.woff2") format("woff2"), ' +
      'url("/assets/noto-sans-sc-4-400-normal-Cd34.woff") format("woff"); ' +
      'unicode-range: U+1F1E9-1F1F5, U+1F21A; }';
    expect(parseFontFaces(rule, 'Noto Sans SC', (url) => `https://h${url}`)).toEqual({
      'Noto Sans SC': [
        {
          url: 'https://h/assets/noto-sans-sc-4-400-normal-Ab12.woff2',
          'unicode-range': ['U+1F1E9-1F1F5', 'U+1F21A'],
        },
      ],
    });
  });

  it('skips faces whose file is not served', () => {
    expect(parseFontFaces(css, 'X', () => undefined)).toEqual({ X: [] });
  });
});

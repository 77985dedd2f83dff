import { describe, expect, it } from 'vitest';
import { estimateTextWidth } from '../../src/lib/cartography/measure';
import { escapeXml, plainQuotes, wrapText } from '../../src/lib/export/text';

describe('escapeXml', () => {
  it.each([
    ['plain', 'plain'],
    ['A & B', 'A &amp; B'],
    ['<script>', '&lt;script&gt;'],
    ['"quoted" & \'single\'', '&quot;quoted&quot; &amp; &apos;single&apos;'],
    ['already &amp; escaped', 'already &amp;amp; escaped'],
    ['“curly” — 武汉市', '“curly” — 武汉市'],
    ['bell\u0007 and nul\u0000 dropped', 'bell and nul dropped'],
    ['tab\tand\nnewline kept', 'tab\tand\nnewline kept'],
    ['lone \uD800 surrogate', 'lone  surrogate'],
    ['pair 😀 kept', 'pair 😀 kept'],
  ])('%j → %j', (text, escaped) => {
    expect(escapeXml(text)).toBe(escaped);
  });
});

describe('wrapText', () => {
  const measure = estimateTextWidth;
  const style = { size: 16, weight: 400 as const };

  it('keeps a short text on one line', () => {
    expect(wrapText('Wuhan  武汉市', measure, { ...style, maxWidth: 500 })).toEqual([
      'Wuhan 武汉市',
    ]);
  });

  it('breaks at spaces and keeps every line within the width', () => {
    const text = 'while all participating cities adhere to a general black list/red list framework';
    const lines = wrapText(text, measure, { ...style, maxWidth: 200 });
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.join(' ')).toBe(text);
    for (const line of lines) expect(measure(line, 16, 400)).toBeLessThanOrEqual(200);
  });

  it('breaks Chinese between characters', () => {
    const lines = wrapText('上海市浦东新区上海市浦东新区', measure, { ...style, maxWidth: 16 * 5 });
    expect(lines).toEqual(['上海市浦东', '新区上海市', '浦东新区']);
  });

  it('cuts a word wider than the line', () => {
    const lines = wrapText('Supercalifragilistic', measure, { ...style, maxWidth: 60 });
    expect(lines.join('')).toBe('Supercalifragilistic');
    for (const line of lines) expect(measure(line, 16, 400)).toBeLessThanOrEqual(60);
  });

  it('ends in an ellipsis when lines are left out', () => {
    const lines = wrapText('one two three four five six seven eight nine ten', measure, {
      ...style,
      maxWidth: 80,
      maxLines: 2,
    });
    expect(lines).toHaveLength(2);
    expect(lines[1]).toMatch(/…$/);
    expect(measure(lines[1]!, 16, 400)).toBeLessThanOrEqual(80);
  });

  it('gives nothing for empty text', () => {
    expect(wrapText('   ', measure, { ...style, maxWidth: 80 })).toEqual([]);
  });
});

describe('plainQuotes', () => {
  it.each([
    ['Places matching “teng jia”', 'Places matching "teng jia"'],
    ['‘single’ and Wuhan’s', "'single' and Wuhan's"],
    ['no quotes, 武汉市', 'no quotes, 武汉市'],
  ])('%j → %j', (text, plain) => {
    expect(plainQuotes(text)).toBe(plain);
  });
});

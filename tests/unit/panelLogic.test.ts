import { describe, expect, it } from 'vitest';
import { validateData } from '../../src/lib/data/validate';
import { citationText, safeHref } from '../../src/lib/logic/citation';
import { groupEvidence, headlineExcerpt } from '../../src/lib/logic/evidence';
import { layoutScale, scaleSummary } from '../../src/lib/logic/scale';
import { copy } from '../../src/copy/en';
import { realRawData } from './helpers';

const { data } = validateData(realRawData());
const place = (id: string) => data.places.find((p) => p.id === id)!;

describe('layoutScale', () => {
  it('lays out Rongcheng: base 1,000, tiers D to AAA in order, open at the top', () => {
    const layout = layoutScale(place('rongcheng').scale!)!;
    expect(layout.openTop).toBe(true);
    expect(layout.base).toBe(1000);
    expect(layout.segments.map((s) => s.name)).toEqual(['D', 'C', 'B', 'A+, A, A-', 'AAA, AA']);
    expect(layout.segments.map((s) => s.range)).toEqual([
      '0–599',
      '600–849',
      '850–959',
      '960–1029',
      '1050 or more',
    ]);
    expect(layout.basePosition!).toBeGreaterThan(layout.segments[3]!.start);
  });

  it.each([
    ['jiangsu', 0, 12],
    ['wuhan', 0, 100],
  ])('lays out %s from %i to %i, closed at the top', (id, min, max) => {
    const layout = layoutScale(place(id).scale!)!;
    expect([layout.min, layout.max, layout.openTop]).toEqual([min, max, false]);
  });
});

describe('citations', () => {
  it('cites the document, and the work it quotes', () => {
    const nation = place('rongcheng').excerpts.find((e) => e.via === 'the-nation-2019')!;
    expect(citationText(nation, data.sources, data.works)).toMatch(
      /^quoting Raphael, R\. & Xi, L\. \(2019\).*The Nation\., in China's social credit system \(Quick Conservative explainer\) \[descriptive title\] — /,
    );
    const essay = place('rongcheng').excerpts.find((e) => e.source === 'student-essay-2021')!;
    expect(citationText(essay, data.sources, data.works)).toContain('October 2021');
  });

  it.each([
    ['https://example.org/a', 'https://example.org/a'],
    ['http://example.org/', 'http://example.org/'],
    ['javascript:alert(1)', null],
    ['data:text/html,<script>alert(1)</script>', null],
    ['not a url', null],
    [null, null],
  ])('turns %s into a link only if it is http(s)', (url, expected) => {
    expect(safeHref(url)).toBe(expected);
  });
});

describe('groupEvidence', () => {
  it("shows both sides of Rongcheng's disputed tiers under one flagged group", () => {
    const groups = groupEvidence(place('rongcheng'), data.mechanisms, copy.evidenceWords);
    const tiers = groups.find((g) => g.topic === 'scale')!;
    expect(tiers.disputed).toBe(true);
    const quotes = tiers.excerpts.map((e) => e.quote).join(' ');
    expect(quotes).toContain('loss of just one initial point');
    expect(quotes).toContain('960 and 1029');
  });

  it('shows every excerpt of a place at least once', () => {
    for (const p of data.places) {
      const shown = new Set(
        groupEvidence(p, data.mechanisms, copy.evidenceWords).flatMap((g) => g.excerpts),
      );
      expect(p.excerpts.filter((e) => !shown.has(e))).toEqual([]);
    }
  });

  it("heads Wuhan's comparison with its red-list share", () => {
    expect(headlineExcerpt(place('wuhan')).quote).toContain('72%');
  });
});

describe('scaleSummary', () => {
  it.each([
    ['rongcheng', 'from 0 points (maximum not reported); base 1,000'],
    ['jiangsu', '0–12 points'],
    ['wuhan', '0–100 points'],
    ['suining-county', 'range not reported; base 1,000'],
  ])('sums up %s as "%s"', (id, text) => {
    expect(scaleSummary(place(id).scale!)).toBe(text);
  });
});

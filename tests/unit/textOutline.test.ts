import { readFileSync } from 'node:fs';
import { create, registerFormat } from 'fontkit/core';
import { WOFF2Font } from 'fontkit/formats/WOFF2Font';
import { describe, expect, it } from 'vitest';
import { estimateTextWidth, type FontWeight } from '../../src/lib/cartography/measure';
import type { TextBlock } from '../../src/lib/cartography/shapes';
import { creditsText } from '../../src/lib/export/content';
import { textsOf } from '../../src/lib/export/fonts';
import { composeExport } from '../../src/lib/export/layout';
import { DEFAULT_SLIDE } from '../../src/lib/export/scene';
import { buildSvg } from '../../src/lib/export/svg';
import { facesFor, parseUnicodeRange } from '../../src/lib/export/svgFonts';
import { blockOutline, type OutlineFace } from '../../src/lib/export/textOutline';
import { data, realBasemap, sceneFor } from './exportHelpers';
import { root } from './helpers';

registerFormat(WOFF2Font);

const fontsource = `${root}/node_modules/@fontsource/noto-sans-sc`;
/** Every subset of both weights, in the stylesheets' order, as the page declares them. */
const allFaces = ([400, 700] as const).flatMap((weight) =>
  (readFileSync(`${fontsource}/${weight}.css`, 'utf8').match(/@font-face\s*{[^}]*}/g) ?? []).map(
    (block) => ({
      weight: weight as FontWeight,
      ranges: parseUnicodeRange(/unicode-range:\s*([^;]+);/.exec(block)?.[1] ?? ''),
      url: /url\(([^)]+\.woff2)\)/.exec(block)![1]!,
    }),
  ),
);

/** The subsets that `texts` need, read as the browser's textPaths.ts reads them. */
function outlineFaces(texts: Record<FontWeight, string>): OutlineFace[] {
  return facesFor(allFaces, texts).map((face) => ({
    weight: face.weight,
    ranges: face.ranges,
    font: create(readFileSync(`${fontsource}/${face.url.replace('./', '')}`)),
  }));
}

/** The bounds of path data's points (control points included). */
function bounds(d: string) {
  const numbers = (d.match(/-?\d+(\.\d+)?/g) ?? []).map(Number);
  const xs = numbers.filter((_, i) => i % 2 === 0);
  const ys = numbers.filter((_, i) => i % 2 === 1);
  return {
    minX: Math.min(...xs),
    maxX: Math.max(...xs),
    minY: Math.min(...ys),
    maxY: Math.max(...ys),
  };
}

const block = (
  lines: string[],
  align: TextBlock['align'],
  weight: FontWeight = 400,
): TextBlock => ({
  lines,
  x: 500,
  y: 100,
  size: 24,
  lineHeight: 30,
  weight,
  fill: '#000',
  align,
});

describe('text as outlines', () => {
  const cases: [string, string[], TextBlock['align'], FontWeight][] = [
    ['a Latin label', ['Wuhan'], 'left', 400],
    ['a label in both scripts, right-aligned', ['Wuhan', '武汉市'], 'right', 400],
    ['a bold title, centred', ['Regional pilots'], 'center', 700],
    ['the cross of "not a pilot"', ['×'], 'center', 400],
  ];
  it.each(cases)('%s: drawn where the <text> would be', (_, lines, align, weight) => {
    const b = block(lines, align, weight);
    const faces = outlineFaces({
      400: weight === 400 ? lines.join(' ') : '',
      700: weight === 700 ? lines.join(' ') : '',
    });
    const d = blockOutline(b, faces);
    expect(d).toMatch(/^M/);
    const box = bounds(d);
    // Glyphs between the cap height above the first baseline and the descender below the last.
    expect(box.minY).toBeGreaterThan(b.y - b.size);
    expect(box.maxY).toBeLessThan(b.y + (lines.length - 1) * b.lineHeight + b.size * 0.3);
    // Aligned on x: starting at it, ending at it, or around it.
    const width = box.maxX - box.minX;
    expect(width).toBeGreaterThan(b.size * 0.3);
    if (align === 'left') expect(box.minX).toBeCloseTo(b.x, -1);
    if (align === 'right') expect(box.maxX).toBeCloseTo(b.x, -1);
    if (align === 'center') expect((box.minX + box.maxX) / 2).toBeCloseTo(b.x, -1);
    // About as wide as the layout measured it (an estimate without the font).
    const measured = Math.max(...lines.map((l) => estimateTextWidth(l, b.size, weight)));
    expect(width).toBeGreaterThan(measured * 0.6);
    expect(width).toBeLessThan(measured * 1.4);
  });

  it('draws a bold and a regular word differently', () => {
    const regular = blockOutline(
      block(['Wuhan'], 'left', 400),
      outlineFaces({ 400: 'Wuhan', 700: '' }),
    );
    const bold = blockOutline(
      block(['Wuhan'], 'left', 700),
      outlineFaces({ 400: '', 700: 'Wuhan' }),
    );
    expect(bold).not.toBe(regular);
  });

  it('the 1920 × 1080 SVG with text as paths has no <text>, no embedded font, and a path for every label', () => {
    const scene = { ...sceneFor({ selectedId: 'wuhan' }), slide: DEFAULT_SLIDE };
    const composition = composeExport({
      scene,
      size: { width: 1920, height: 1080, scale: 1 },
      title: 'A title',
      measure: estimateTextWidth,
    });
    const faces = outlineFaces(textsOf(composition));
    const svg = buildSvg(composition, realBasemap(), {
      tintedProvinces: scene.tintedProvinces,
      description: creditsText(data.sources),
      fontCss: '@font-face{}',
      outline: (b) => blockOutline(b, faces),
    });
    expect(svg).not.toContain('<text');
    expect(svg).not.toContain('@font-face');
    const labels = /<g id="labels">([\s\S]*?)<\/g>/.exec(svg)![1]!;
    const labelled = composition.places.filter((p) => p.label);
    expect(labels.match(/<path /g)).toHaveLength(labelled.length);
    for (const place of labelled)
      expect(labels).toContain(`aria-label="${place.label!.lines.join(' ')}"`);
    expect(labels).not.toMatch(/ d=""/);
  });
});

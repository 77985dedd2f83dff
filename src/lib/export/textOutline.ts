/**
 * Text as outlines: each block of an SVG's text as one path, drawn from the glyphs of the font
 * files the page uses, so that the SVG looks the same in an editor that ignores embedded web
 * fonts (Inkscape, PowerPoint) on a machine without Noto Sans SC. Pure: the fonts are read by
 * textPaths.ts.
 */
import type { Font } from 'fontkit/core';
import type { FontWeight } from '../cartography/measure';
import type { TextBlock } from '../cartography/shapes';

/** One subset of the font, read: its weight, the characters it is for and its glyphs. */
export interface OutlineFace {
  weight: FontWeight;
  /** Inclusive code point ranges; empty means every character. */
  ranges: [number, number][];
  font: Font;
}

/**
 * The face that draws a character, as the browser picks among @font-face rules: of the faces of
 * its weight whose unicode-range covers it, the last declared, if it has a glyph for it.
 */
function faceFor(faces: readonly OutlineFace[], weight: FontWeight, code: number) {
  for (let i = faces.length - 1; i >= 0; i--) {
    const face = faces[i]!;
    if (face.weight !== weight) continue;
    const covers =
      !face.ranges.length || face.ranges.some(([from, to]) => code >= from && code <= to);
    if (covers && face.font.hasGlyphForCodePoint(code)) return face;
  }
  return faces.find((face) => face.weight === weight) ?? faces[0];
}

/** A line cut into runs of characters drawn by one face. */
function runsOf(line: string, faces: readonly OutlineFace[], weight: FontWeight) {
  const runs: { face: OutlineFace; text: string }[] = [];
  for (const char of line) {
    const face = faceFor(faces, weight, char.codePointAt(0)!);
    if (!face) continue;
    const last = runs.at(-1);
    if (last?.face === face) last.text += char;
    else runs.push({ face, text: char });
  }
  return runs;
}

/** Path data for a block's lines where the browser would draw them as <text>; "" without faces. */
export function blockOutline(block: TextBlock, faces: readonly OutlineFace[]): string {
  const parts: string[] = [];
  block.lines.forEach((line, i) => {
    const baseline = block.y + i * block.lineHeight;
    const runs = runsOf(line, faces, block.weight).map(({ face, text }) => {
      const scale = block.size / face.font.unitsPerEm;
      return { run: face.font.layout(text), scale };
    });
    const spacing = block.letterSpacing ?? 0;
    const width = runs.reduce(
      (sum, { run, scale }) => sum + run.advanceWidth * scale + run.glyphs.length * spacing,
      0,
    );
    const align = block.align ?? 'left';
    let x = align === 'left' ? block.x : align === 'right' ? block.x - width : block.x - width / 2;
    for (const { run, scale } of runs)
      run.glyphs.forEach((glyph, g) => {
        const position = run.positions[g]!;
        const d = glyph.path
          .transform(
            scale,
            0,
            0,
            -scale,
            x + position.xOffset * scale,
            baseline - position.yOffset * scale,
          )
          .toSVG();
        if (d) parts.push(d);
        x += position.xAdvance * scale + spacing;
      });
  });
  return parts.join('');
}

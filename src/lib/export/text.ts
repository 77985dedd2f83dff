/** Text for the export: XML escaping and line wrapping. */
import { type FontWeight, type MeasureText, WIDE } from '../cartography/measure';

const XML_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
};

/**
 * Text safe in XML content and in quoted attributes. Characters XML 1.0 forbids (C0 controls other
 * than tab, newline and return, lone surrogates, U+FFFE/U+FFFF) are dropped.
 */
export function escapeXml(text: string): string {
  return text
    .replace(
      // eslint-disable-next-line no-control-regex -- matching the control characters is the point
      /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g,
      '',
    )
    .replace(/[&<>"']/g, (c) => XML_ESCAPES[c]!);
}

function isWide(char: string): boolean {
  return WIDE.test(char);
}

/** Splits text into pieces a line may break after: words with their space, single CJK characters. */
function breakPoints(text: string): string[] {
  const pieces: string[] = [];
  let current = '';
  for (const char of text) {
    if (isWide(char)) {
      if (current) pieces.push(current);
      pieces.push(char);
      current = '';
    } else {
      current += char;
      if (char === ' ') {
        pieces.push(current);
        current = '';
      }
    }
  }
  if (current) pieces.push(current);
  return pieces;
}

/** Like breakPoints, but a quotation ("…" or “…”, with what sticks to it) is one piece. */
function breakPointsKeepingQuotes(text: string): string[] {
  const pieces: string[] = [];
  let last = 0;
  for (const match of text.matchAll(/(?:"[^"]*"|“[^”]*”)\S*\s?/g)) {
    pieces.push(...breakPoints(text.slice(last, match.index)), match[0]);
    last = match.index + match[0].length;
  }
  pieces.push(...breakPoints(text.slice(last)));
  return pieces;
}

export interface WrapOptions {
  maxWidth: number;
  size: number;
  weight: FontWeight;
  /** At most this many lines; the last one ends in "…" if text was left out. */
  maxLines?: number;
  /** Break no line inside a quotation that fits on one (a longer one is still cut). */
  keepQuotes?: boolean;
}

/** Breaks `text` into lines no wider than `maxWidth` (a word wider than that is cut by character). */
export function wrapText(text: string, measure: MeasureText, options: WrapOptions): string[] {
  const { maxWidth, size, weight } = options;
  const fits = (line: string) => measure(line.trimEnd(), size, weight) <= maxWidth;
  const lines: string[] = [];
  let line = '';
  const split = options.keepQuotes ? breakPointsKeepingQuotes : breakPoints;
  for (const piece of split(text.replace(/\s+/g, ' ').trim())) {
    if (fits(line + piece)) {
      line += piece;
      continue;
    }
    if (line) lines.push(line.trimEnd());
    line = '';
    for (const char of piece) {
      if (line && !fits(line + char)) {
        lines.push(line.trimEnd());
        line = '';
      }
      line += char;
    }
  }
  if (line.trim()) lines.push(line.trimEnd());
  const maxLines = options.maxLines ?? Infinity;
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, Math.max(0, maxLines));
  if (!kept.length) return kept;
  let last = `${kept.at(-1)!.trimEnd()}…`;
  while (last.length > 1 && !fits(last)) last = `${last.slice(0, -2).trimEnd()}…`;
  kept[kept.length - 1] = last;
  return kept;
}

/**
 * Noto Sans SC draws curly quotes full width, as Chinese text sets them, which leaves wide gaps in
 * English; the export sets them straight.
 */
export function plainQuotes(text: string): string {
  return text.replace(/[“”]/g, '"').replace(/[‘’]/g, "'");
}

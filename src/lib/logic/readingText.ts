import type { Passage } from '../data/passages';

/** A run of a paragraph's text: plain, or part of passage `passage` (0-based). */
export interface Piece {
  text: string;
  passage: number | null;
  /** The first piece of its passage: where the passage's label goes. */
  first: boolean;
}

/**
 * The document as paragraphs (its lines: the documents break lines only between paragraphs, some
 * with a blank line between, some without) of pieces, each piece marked with the passage it
 * belongs to. A passage that runs over a line break is cut into one piece per paragraph; the
 * break itself is not drawn.
 */
export function paragraphsOf(text: string, passages: readonly Passage[]): Piece[][] {
  const blocks: [number, number][] = [];
  const breaks = /\n\s*/g;
  let from = 0;
  for (let match = breaks.exec(text); ; match = breaks.exec(text)) {
    const to = match ? match.index : text.length;
    const block = text.slice(from, to);
    const lead = block.length - block.trimStart().length;
    const tail = block.trimEnd().length;
    if (tail > lead) blocks.push([from + lead, from + tail]);
    if (!match) break;
    from = match.index + match[0].length;
  }
  const seen = new Set<number>();
  return blocks.map(([start, end]) => {
    const pieces: Piece[] = [];
    let at = start;
    passages.forEach((passage, index) => {
      const a = Math.max(passage.start, start);
      const b = Math.min(passage.end, end);
      if (a >= b) return;
      if (a > at) pieces.push({ text: text.slice(at, a), passage: null, first: false });
      pieces.push({ text: text.slice(a, b), passage: index, first: !seen.has(index) });
      seen.add(index);
      at = b;
    });
    if (end > at) pieces.push({ text: text.slice(at, end), passage: null, first: false });
    return pieces;
  });
}

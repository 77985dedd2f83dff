import { normalizeText } from '../data/normalize.ts';

export interface TextSegment {
  text: string;
  match: boolean;
}

const SINGLE_QUOTES = /[\u2018\u2019\u201A\u201B\u2032]/;
const DOUBLE_QUOTES = /[\u201C\u201D\u201E\u201F\u2033]/;

/**
 * The text folded as the search folds it (quote marks unified, runs of white space made one space,
 * lower case), with, for each folded code unit, where its character starts in the text.
 */
function foldWithPositions(text: string): { folded: string; from: number[] } {
  let folded = '';
  const from: number[] = [];
  let at = 0;
  let inSpace = false;
  for (const ch of text) {
    const space = /\s/.test(ch);
    if (!(space && inSpace)) {
      const unit = space
        ? ' '
        : SINGLE_QUOTES.test(ch)
          ? "'"
          : DOUBLE_QUOTES.test(ch)
            ? '"'
            : ch.toLowerCase();
      folded += unit;
      for (let i = 0; i < unit.length; i++) from.push(at);
    }
    inSpace = space;
    at += ch.length;
  }
  from.push(at);
  return { folded, from };
}

/**
 * Splits a text into the parts a search matches and the parts between, matching as the place
 * search does (case, quote marks and white space do not matter). The parts, joined, are the text.
 */
export function highlightSegments(text: string, query: string): TextSegment[] {
  const needle = normalizeText(query).toLowerCase();
  if (!needle) return [{ text, match: false }];
  const { folded, from } = foldWithPositions(text);
  const segments: TextSegment[] = [];
  let done = 0;
  let at = folded.indexOf(needle);
  while (at !== -1) {
    const start = from[at]!;
    // The match ends where the character after its last folded unit starts.
    const end = from[at + needle.length]!;
    if (start > done) segments.push({ text: text.slice(done, start), match: false });
    segments.push({ text: text.slice(start, end), match: true });
    done = end;
    at = folded.indexOf(needle, at + needle.length);
  }
  if (done < text.length || !segments.length)
    segments.push({ text: text.slice(done), match: false });
  return segments;
}

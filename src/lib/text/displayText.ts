/**
 * What a name or other display string may hold, in the data check and in imports alike: text the
 * map, the list and the export can show as it is written. Refused: very long text (a 16,800-character
 * label stops MapLibre placing any label), control characters, characters that reorder the text
 * around them, and text with nothing visible in it.
 */

/** Length caps, in characters (code points). */
export const MAX_NAME = 200;
export const MAX_SHORT_TEXT = 200;

const CONTROL = /[\u0000-\u001F\u007F-\u009F]/u;
/** Embeddings, overrides and isolates: an unclosed U+202E reverses everything after it. */
const BIDI_CONTROL = /[\u202A-\u202E\u2066-\u2069]/u;
/** Characters that draw nothing (with white space): text of only these looks empty. */
const INVISIBLE =
  /^[\s\u00AD\u034F\u115F\u1160\u17B4\u17B5\u180E\u200B-\u200F\u2060-\u2064\u3164\uFE00-\uFE0F\uFEFF\uFFA0]*$/u;

const codePoint = (char: string) =>
  `U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;

function found(text: string, pattern: RegExp): string | undefined {
  let position = 0;
  for (const char of text) {
    position++;
    if (pattern.test(char)) return `${codePoint(char)} at character ${position}`;
  }
  return undefined;
}

/** Why `text` cannot be shown, as "expected …; found …", or undefined when it can. */
export function displayTextProblem(text: string, max = MAX_SHORT_TEXT): string | undefined {
  const length = [...text].length;
  if (length > max)
    return `expected at most ${max} characters; found ${length.toLocaleString('en')}`;
  const control = found(text, CONTROL);
  if (control) return `expected no control characters; found ${control}`;
  const bidi = found(text, BIDI_CONTROL);
  if (bidi)
    return `expected no bidirectional override or isolate characters (they reorder the text around them); found ${bidi}`;
  if (INVISIBLE.test(text))
    return length
      ? 'expected visible text; found only invisible characters or spaces'
      : 'expected visible text; found nothing';
  return undefined;
}

/** A zod `superRefine` check applying displayTextProblem (empty text is left to `min(1)`). */
export function refineDisplayText(max = MAX_SHORT_TEXT) {
  return (text: string, ctx: { addIssue(issue: { code: 'custom'; message: string }): void }) => {
    const problem = text === '' ? undefined : displayTextProblem(text, max);
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  };
}

/**
 * What a name or other display string may hold, in the data check and in imports alike: text the
 * map, the list and the export can show as it is written. Refused: very long text (a 16,800-character
 * label stops MapLibre placing any label), control characters, characters that reorder the text
 * around them, and text with nothing visible in it.
 */

/** Length caps, in characters (code points): names and labels; notes, definitions and values. */
export const MAX_NAME = 200;
export const MAX_SHORT_TEXT = 200;
export const MAX_LONG_TEXT = 1000;

type Test = (code: number) => boolean;
const within =
  (ranges: [number, number][]): Test =>
  (code) =>
    ranges.some(([first, last]) => code >= first && code <= last);

/** C0 and C1 controls: NUL, BEL, escape, line breaks... */
const isControl = within([
  [0x00, 0x1f],
  [0x7f, 0x9f],
]);
/** Embeddings, overrides and isolates: an unclosed U+202E reverses everything after it. */
const isBidiControl = within([
  [0x202a, 0x202e],
  [0x2066, 0x2069],
]);
/** Characters that draw nothing (with white space): text of only these looks empty. */
const isInvisible = (char: string) =>
  /\s/u.test(char) ||
  within([
    [0x00ad, 0x00ad],
    [0x034f, 0x034f],
    [0x115f, 0x1160],
    [0x17b4, 0x17b5],
    [0x180e, 0x180e],
    [0x200b, 0x200f],
    [0x2060, 0x2064],
    [0x3164, 0x3164],
    [0xfe00, 0xfe0f],
    [0xfeff, 0xfeff],
    [0xffa0, 0xffa0],
  ])(char.codePointAt(0)!);

const codePoint = (char: string) =>
  `U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;

function found(text: string, test: Test): string | undefined {
  let position = 0;
  for (const char of text) {
    position++;
    if (test(char.codePointAt(0)!)) return `${codePoint(char)} at character ${position}`;
  }
  return undefined;
}

/** `text` cut at `max` characters, with "…" where it was cut. */
export function cutText(text: string, max: number): string {
  const chars = [...text];
  return chars.length > max ? `${chars.slice(0, max).join('')}…` : text;
}

/**
 * `text` with its control and bidi characters spelled out ("\u202E"): a message or a caption can
 * quote it without it reordering or hiding the words around it.
 */
export function spelledOut(text: string): string {
  let out = '';
  for (const char of text) {
    const code = char.codePointAt(0)!;
    out +=
      isControl(code) || isBidiControl(code)
        ? `\\u${code.toString(16).toUpperCase().padStart(4, '0')}`
        : char;
  }
  return out;
}

/** Why `text` cannot be shown, as "expected …; found …", or undefined when it can. */
export function displayTextProblem(text: string, max = MAX_SHORT_TEXT): string | undefined {
  const length = [...text].length;
  if (length > max)
    return `expected at most ${max} characters; found ${length.toLocaleString('en')}`;
  const control = found(text, isControl);
  if (control) return `expected no control characters; found ${control}`;
  const bidi = found(text, isBidiControl);
  if (bidi)
    return `expected no bidirectional override or isolate characters (they reorder the text around them); found ${bidi}`;
  if ([...text].every(isInvisible))
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

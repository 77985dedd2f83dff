import { describe, expect, it } from 'vitest';
import { cutText, displayTextProblem, MAX_NAME, spelledOut } from '../../src/lib/text/displayText';

describe('display text rules', () => {
  it.each([
    ['Wuhan'],
    ['武汉市'],
    ['Shanghai Pudong 上海市浦东新区'],
    ["Xi'an (西安) — «city» 🚩"],
    ['x'.repeat(MAX_NAME)],
    ['\u200Fright-to-left mark is fine'],
  ])('accepts %j', (text) => expect(displayTextProblem(text, MAX_NAME)).toBeUndefined());

  it.each([
    [
      'a 16,800-character name',
      'x'.repeat(16_800),
      'expected at most 200 characters; found 16,800',
    ],
    ['NUL', 'Wu\u0000han', 'expected no control characters; found U+0000 at character 3'],
    ['BEL', '\u0007', 'expected no control characters; found U+0007 at character 1'],
    ['a newline', 'two\nlines', 'found U+000A at character 4'],
    [
      'an unclosed right-to-left override',
      'evil\u202Egnp.exe',
      'expected no bidirectional override or isolate characters (they reorder the text around them); found U+202E at character 5',
    ],
    ['a first-strong isolate', 'a\u2068b\u2069', 'found U+2068 at character 2'],
    [
      'only a zero-width space',
      '\u200B',
      'expected visible text; found only invisible characters or spaces',
    ],
    ['only spaces and a BOM', '  \uFEFF ', 'found only invisible characters or spaces'],
    ['nothing', '', 'expected visible text; found nothing'],
  ])('refuses %s', (_name, text, message) =>
    expect(displayTextProblem(text, MAX_NAME)).toContain(message),
  );
});

describe('text from a file, as a message or a caption quotes it', () => {
  it.each([
    ['plain text as it is', 'places.csv', 'places.csv'],
    ['Chinese as it is', '武汉市.csv', '武汉市.csv'],
    ['a right-to-left mark as it is', 'a\u200Fb', 'a\u200Fb'],
    ['an unclosed right-to-left override spelled out', 'evil\u202Egnp.csv', 'evil\\u202Egnp.csv'],
    ['an isolate spelled out', 'a\u2066b', 'a\\u2066b'],
    ['NUL and a C1 control spelled out', 'a\u0000b\u0085', 'a\\u0000b\\u0085'],
  ])('shows %s', (_what, text, shown) => expect(spelledOut(text)).toBe(shown));

  it.each([
    ['a short text whole', 'Wuhan', 5, 'Wuhan'],
    ['a long one cut, marked', 'Shanghai Pudong', 8, 'Shanghai…'],
    ['by characters, not code units', '𠀀𠀁𠀂', 2, '𠀀𠀁…'],
  ])('cuts %s', (_what, text, max, cut) => expect(cutText(text, max)).toBe(cut));
});

import { describe, expect, it } from 'vitest';
import { displayTextProblem, MAX_NAME } from '../../src/lib/text/displayText';

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

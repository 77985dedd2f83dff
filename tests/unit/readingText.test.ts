import { describe, expect, it } from 'vitest';
import type { Passage } from '../../src/lib/data/passages';
import { paragraphsOf } from '../../src/lib/logic/readingText';

const passage = (start: number, end: number): Passage => ({ start, end, uses: [] });
/** A paragraph as text, passages in [n:…]. */
const show = (text: string, passages: Passage[]) =>
  paragraphsOf(text, passages).map((pieces) =>
    pieces
      .map((p) => (p.passage === null ? p.text : `[${p.passage}${p.first ? '' : '…'}:${p.text}]`))
      .join(''),
  );

describe('paragraphsOf', () => {
  it.each<[string, string, Passage[], string[]]>([
    ['lines are paragraphs', 'One.\nTwo.\n\nThree.', [], ['One.', 'Two.', 'Three.']],
    ['blank and white-space lines are dropped', '\n  \nOne.  \n \t\n', [], ['One.']],
    [
      'a passage inside a paragraph',
      'Wuhan is 72% red.',
      [passage(9, 12)],
      ['Wuhan is [0:72%] red.'],
    ],
    ['a passage over a line break', 'ab\n\ncd', [passage(1, 5)], ['a[0:b]', '[0…:c]d']],
    ['two passages side by side', 'abcd', [passage(0, 2), passage(2, 4)], ['[0:ab][1:cd]']],
    ['a passage at the end', 'abc', [passage(1, 3)], ['a[0:bc]']],
  ])('%s', (_, text, passages, expected) => {
    expect(show(text, passages)).toEqual(expected);
  });
});

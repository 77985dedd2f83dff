import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatIssue } from '../../src/lib/data/errors';
import { type Mention, placeMentions, placeNames } from '../../src/lib/data/placeMentions';
import { validateData } from '../../src/lib/data/validate';
import { realRawData } from './helpers';

const named = (...names: string[]) => names.map((en, i) => ({ id: `p${i}`, name: { en } }));

/** The check as it was before the names were indexed: every name tried on every passage. */
function everyNameTried(quote: string, places: { id: string; name: { en: string } }[]): Mention[] {
  const names = places
    .map((p) => ({ id: p.id, name: p.name.en }))
    .sort((a, b) => b.name.length - a.name.length);
  const mentions: Mention[] = [];
  for (const { id, name } of names) {
    const pattern = new RegExp(`\\b${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`, 'g');
    for (const match of quote.matchAll(pattern)) {
      const start = match.index;
      const end = start + name.length;
      if (!mentions.some((m) => start < m.end && end > m.start))
        mentions.push({ id, name, start, end });
    }
  }
  return mentions;
}

describe('placeMentions finds the places a passage names', () => {
  it.each<[string, string[], string, string[]]>([
    ['a name', ['Wuhan', 'Jiangsu'], "Jiangsu's point system runs from 0-12", ['Jiangsu@0']],
    [
      'each mention',
      ['Wuhan', 'Jiangsu'],
      'Jiangsu, Wuhan and Wuhan',
      ['Jiangsu@0', 'Wuhan@9', 'Wuhan@19'],
    ],
    [
      'a longer name first',
      ['Shanghai', 'Shanghai Pudong'],
      'in Shanghai Pudong',
      ['Shanghai Pudong@3'],
    ],
    ['not inside a word', ['Wuhan'], 'the Wuhanese system', []],
    ['not another case', ['Wuhan'], 'WUHAN', []],
    ['a name with a dot', ['St. Anne'], 'in St. Anne and', ['St. Anne@3']],
    [
      'one of many names with the same word',
      ['Jiangsu 1', 'Jiangsu 2', 'Jiangsu'],
      'Jiangsu 2 and Jiangsu',
      ['Jiangsu 2@0', 'Jiangsu@14'],
    ],
    ['a name of no word characters', ['—'], 'a—b', ['—@1']],
    [
      'not a name one of whose words the passage lacks',
      ['Suzhou Park'],
      'Suzhou is not Suzhou Parks',
      [],
    ],
  ])('%s', (_case, names, quote, expected) => {
    const found = placeMentions(quote, placeNames(named(...names)));
    expect(found.map((m) => `${m.name}@${m.start}`)).toEqual(expected);
  });

  it('finds what trying every name finds, in the same order', () => {
    const word = fc.constantFrom(
      'Wu',
      'han',
      'Wuhan',
      'Su',
      'zhou',
      'St.',
      '(old)',
      '-',
      '0001',
      'an',
    );
    const text = fc.array(word, { minLength: 1, maxLength: 4 });
    const join = (words: string[], gaps: string[]) =>
      words.map((w, i) => (i ? gaps[i % gaps.length]! : '') + w).join('');
    const gaps = fc.array(fc.constantFrom(' ', '', "'s ", ', '), { minLength: 1, maxLength: 3 });
    fc.assert(
      fc.property(
        fc.array(fc.tuple(text, gaps), { maxLength: 8 }),
        fc.array(fc.tuple(text, gaps), { minLength: 1, maxLength: 6 }),
        (names, quotes) => {
          const places = named(...names.map(([w, g]) => join(w, g)));
          const quote = quotes.map(([w, g]) => join(w, g)).join(' ');
          expect(placeMentions(quote, placeNames(places))).toEqual(everyNameTried(quote, places));
        },
      ),
      { numRuns: 500 },
    );
  });
});

describe('the number check among 3,000 places', () => {
  it('still ties a number to the place its passage names', () => {
    const raw = structuredClone(realRawData());
    const wuhan = raw.places.find((p) => (p.content as { id: string }).id === 'wuhan')!;
    // Copies of Wuhan under names sharing a passage's first word ("Jiangsu 17"), which no passage names.
    for (let i = 1; i <= 3000; i++) {
      const id = `extra-${i}`;
      const content = structuredClone(wuhan.content) as Record<string, unknown>;
      Object.assign(content, { id, name: { en: `Jiangsu ${i}`, zh: null } });
      raw.places.push({ file: `data/places/${id}.yaml`, content });
    }
    (wuhan.content as { scale: { max: number } }).scale.max = 12;
    const issues = validateData(raw).issues.map(formatIssue);
    expect(issues).toContainEqual(
      expect.stringContaining('wuhan › scale.max: 12 is given for Jiangsu, not Wuhan'),
    );
    expect(issues).toContainEqual(
      expect.stringContaining('extra-17 › shares.red: 72% is given for Wuhan, not Jiangsu 17'),
    );
  });
});

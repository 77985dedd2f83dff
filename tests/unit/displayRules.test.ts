import { describe, expect, it } from 'vitest';
import { formatIssue } from '../../src/lib/data/errors';
import { validateData } from '../../src/lib/data/validate';
import { realRawData } from './helpers';

type Json = Record<string, unknown>;
type ListFile = 'sources' | 'works' | 'mechanisms' | 'context';

/**
 * The issues after setting `path` (dot-separated, numbers index arrays) in one entry: of a list
 * file by its index, or of a place file by the place's id.
 */
function issuesAfterEdit(
  where: { list: ListFile; index: number } | { place: string },
  path: string,
  value: unknown,
): string {
  const raw = structuredClone(realRawData());
  const entry =
    'list' in where
      ? ((raw[where.list].content as Json[])[where.index] as Json)
      : (raw.places.find((p) => (p.content as Json).id === where.place)!.content as Json);
  const keys = path.split('.');
  const last = keys.pop()!;
  const parent = keys.reduce<Json>((node, key) => node[key] as Json, entry);
  parent[last] = value;
  return validateData(raw).issues.map(formatIssue).join('\n');
}

const idOf = (list: ListFile, index: number) =>
  ((realRawData()[list].content as Json[])[index] as Json).id as string;

const BIDI =
  'expected no bidirectional override or isolate characters (they reorder the text around them)';
const INVISIBLE = 'expected visible text; found only invisible characters or spaces';

describe('every text the data shows follows the display rules, named by file, entry and field', () => {
  it.each<[string, { list: ListFile; index: number } | { place: string }, string, unknown, string]>(
    [
      [
        'a mechanism label with an unclosed right-to-left override',
        { list: 'mechanisms', index: 0 },
        'label',
        'Point\u202E score',
        `data/mechanisms.yaml › ${idOf('mechanisms', 0)} › label: ${BIDI}; found U+202E at character 6`,
      ],
      [
        'a mechanism definition of 1,001 characters',
        { list: 'mechanisms', index: 1 },
        'definition',
        'x'.repeat(1_001),
        `data/mechanisms.yaml › ${idOf('mechanisms', 1)} › definition: expected at most 1000 characters; found 1,001`,
      ],
      [
        'a tier label with a BEL',
        { place: 'rongcheng' },
        'scale.tiers.2.name',
        'B\u0007',
        'data/places/rongcheng.yaml › rongcheng › scale.tiers[2].name: expected no control characters; found U+0007 at character 2',
      ],
      [
        'a source title of only a zero-width space',
        { list: 'sources', index: 0 },
        'title',
        '\u200B',
        `data/sources.yaml › ${idOf('sources', 0)} › title: ${INVISIBLE}`,
      ],
      [
        'a source author of 201 characters',
        { list: 'sources', index: 1 },
        'author',
        'a'.repeat(201),
        `data/sources.yaml › ${idOf('sources', 1)} › author: expected at most 200 characters; found 201`,
      ],
      [
        'a source kind with a C1 control',
        { list: 'sources', index: 2 },
        'kind',
        'essay\u0085',
        `data/sources.yaml › ${idOf('sources', 2)} › kind: expected no control characters; found U+0085 at character 6`,
      ],
      [
        'a work citation with a first-strong isolate',
        { list: 'works', index: 0 },
        'citation',
        'Raphael\u2068 (2019)',
        `data/works.yaml › ${idOf('works', 0)} › citation: ${BIDI}; found U+2068 at character 8`,
      ],
      [
        'a context fact label with a NUL',
        { list: 'context', index: 0 },
        'label',
        'Where\u0000',
        `data/context.yaml › ${idOf('context', 0)} › label: expected no control characters; found U+0000 at character 6`,
      ],
      [
        'a context fact value of 1,001 characters',
        { list: 'context', index: 1 },
        'value',
        'v'.repeat(1_001),
        `data/context.yaml › ${idOf('context', 1)} › value: expected at most 1000 characters; found 1,001`,
      ],
      [
        'a context excerpt note with a right-to-left embedding',
        { list: 'context', index: 0 },
        'excerpts.0.note',
        'a \u202Bnote',
        `data/context.yaml › ${idOf('context', 0)} › excerpts[0].note: ${BIDI}; found U+202B at character 3`,
      ],
      [
        'a quote with an unclosed right-to-left override',
        { place: 'wuhan' },
        'excerpts.0.quote',
        'Wuhan\u202E',
        `data/places/wuhan.yaml › wuhan › excerpts[0].quote: ${BIDI}; found U+202E at character 6`,
      ],
      [
        'what a share is of, only spaces and a zero-width joiner',
        { place: 'wuhan' },
        'shares.of',
        ' \u200D ',
        `data/places/wuhan.yaml › wuhan › shares.of: ${INVISIBLE}`,
      ],
      [
        'the reason of a reading with a line break',
        { place: 'anqing' },
        'readings.level',
        'two\nlines',
        'data/places/anqing.yaml › anqing › readings.level: expected no control characters; found U+000A at character 4',
      ],
      [
        'a location note with a left-to-right override',
        { place: 'anqing' },
        'location.note',
        'near \u202Dhere',
        `data/places/anqing.yaml › anqing › location.note: ${BIDI}; found U+202D at character 6`,
      ],
      [
        'a dispute note of only a word joiner',
        { place: 'rongcheng' },
        'disputes.0.note',
        '\u2060',
        `data/places/rongcheng.yaml › rongcheng › disputes[0].note: ${INVISIBLE}`,
      ],
    ],
  )('refuses %s', (_what, where, path, value, expected) =>
    expect(issuesAfterEdit(where, path, value)).toContain(expected),
  );

  it.each<[string, { list: ListFile; index: number } | { place: string }, string, unknown]>([
    [
      'a definition of 1,000 characters',
      { list: 'mechanisms', index: 1 },
      'definition',
      'd'.repeat(1_000),
    ],
    ['a source title of 200 characters', { list: 'sources', index: 0 }, 'title', 't'.repeat(200)],
    [
      'a tier label with a right-to-left mark',
      { place: 'rongcheng' },
      'scale.tiers.2.name',
      'B\u200F',
    ],
  ])('accepts %s', (_what, where, path, value) =>
    expect(issuesAfterEdit(where, path, value)).toBe(''),
  );
});

import { describe, expect, it } from 'vitest';
import { formatIssue } from '../../src/lib/data/errors';
import { validateData } from '../../src/lib/data/validate';
import { realRawData } from './helpers';

type Json = Record<string, unknown>;

/** Sets `path` (dot-separated, numbers index arrays) in Wuhan's parsed YAML; `undefined` deletes. */
function issuesAfterEdit(path: string, value: unknown): string {
  const raw = structuredClone(realRawData());
  const wuhan = raw.places.find((p) => (p.content as Json).id === 'wuhan')!.content as Json;
  const keys = path.split('.');
  const last = keys.pop()!;
  const parent = keys.reduce<Json>((node, key) => node[key] as Json, wuhan);
  if (value === undefined) delete parent[last];
  else parent[last] = value;
  return validateData(raw).issues.map(formatIssue).join('\n');
}

describe('validateData', () => {
  it('accepts the repository data', () => {
    const { issues, data } = validateData(realRawData());
    expect(issues).toEqual([]);
    expect(data.places.map((p) => p.id)).toEqual(
      expect.arrayContaining(['rongcheng', 'wuhan', 'shanghai-pudong', 'jiangsu']),
    );
  });

  it.each<[string, string, unknown, string]>([
    [
      'a share given as text',
      'shares.red',
      'seventy-two',
      'data/places/wuhan.yaml › wuhan › shares.red:',
    ],
    [
      'shares that do not add up',
      'shares.red',
      70,
      'wuhan › shares: red (70) and black (28) shares must add up to 100',
    ],
    [
      'an unknown mechanism',
      'mechanisms',
      ['point-score', 'mind-reading'],
      'wuhan › mechanisms[1]: unknown mechanism "mind-reading"',
    ],
    [
      'an excerpt citing an unknown source',
      'excerpts.0.source',
      'the-onion',
      'wuhan › excerpts[0].source: unknown source "the-onion"',
    ],
    [
      'a figure with no excerpt',
      'startYear',
      2015,
      'wuhan › startYear: no excerpt supports this value',
    ],
    ['an excerpt with no citation', 'excerpts.1.source', undefined, 'wuhan › excerpts[1].source:'],
    [
      'a duplicate id',
      'id',
      'rongcheng',
      'data/places/wuhan.yaml › rongcheng › id: duplicate id "rongcheng"',
    ],
    ['an unknown status', 'status', 'famous', 'wuhan › status:'],
    [
      'a disputed field with one side',
      'disputes',
      [{ field: 'shares.red', note: 'x' }],
      'wuhan › disputes[0]: a disputed field needs at least two excerpts',
    ],
    ['a misspelt key', 'startyear', 2014, 'wuhan › (whole entry): Unrecognized key: "startyear"'],
    [
      'a quote via a work its source does not quote',
      'excerpts.0',
      { quote: 'x', source: 'zou-2019', via: 'merics-2021', supports: ['status'] },
      'wuhan › excerpts[0].via: work "merics-2021" is not quoted in source "zou-2019"',
    ],
    [
      'an excerpt supporting an unknown field',
      'excerpts.0.supports',
      ['scale.colour'],
      'wuhan › excerpts[0].supports[0]: "scale.colour" is not a field of this place',
    ],
    ['a level outside the vocabulary', 'level', 'metropolis', 'wuhan › level:'],
    [
      'a tier running backwards',
      'scale.tiers',
      [{ name: 'A', min: 90, max: 10 }],
      'wuhan › scale.tiers[0]: tier "A" runs from 90 down to 10',
    ],
    [
      'a share its passage gives for the other list',
      'shares',
      { red: 28, black: 72, of: null },
      'wuhan › shares.red: 28% is the black-list share in its passage',
    ],
    [
      'a scale bound its passage gives for another place',
      'scale.max',
      12,
      'wuhan › scale.max: 12 is given for Jiangsu, not Wuhan',
    ],
    [
      'a share no passage gives',
      'shares',
      { red: 70, black: 30, of: null },
      'wuhan › shares.red: 70% does not appear in any passage supporting "shares.red"',
    ],
    [
      'a reading of a field the place does not have',
      'readings',
      { colour: 'x' },
      'wuhan › readings.colour: "colour" is not a field of this place',
    ],
  ])('rejects %s, naming file, entry and field', (_name, path, value, expected) => {
    expect(issuesAfterEdit(path, value)).toContain(expected);
  });

  it.each<[string, string, unknown, string]>([
    [
      'a context value with a number its passage does not give',
      'value',
      '430 cities have launched social credit pilot programmes since 2014',
      'data/context.yaml › pilot-cities › value: 430 does not appear in any of its passages',
    ],
    [
      'a context label that dates the figure beyond its passage',
      'label',
      'Pilot cities in 2019',
      'data/context.yaml › pilot-cities › label: 2019 does not appear in any of its passages',
    ],
    [
      'a timeline fact without its year',
      'year',
      null,
      'data/context.yaml › model-cities › year: a timeline fact needs the year its passage gives',
    ],
    [
      'a dispute not marked disputed',
      'disputed',
      false,
      'data/context.yaml › cameras › disputed: a fact in the disputes group must be disputed: true',
    ],
  ])('rejects %s', (_name, key, value, expected) => {
    const raw = structuredClone(realRawData());
    const id = /› ([a-z-]+) ›/.exec(expected)![1];
    const fact = (raw.context.content as Json[]).find((f) => f.id === id)!;
    fact[key] = value;
    expect(validateData(raw).issues.map(formatIssue).join('\n')).toContain(expected);
  });
});

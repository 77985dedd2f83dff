import { describe, expect, it } from 'vitest';
import { formatIssue } from '../../src/lib/data/errors';
import { validateData } from '../../src/lib/data/validate';
import { realRawData } from './helpers';

type Spoil = (places: Record<string, Record<string, unknown>>) => void;

function issuesAfter(spoil: Spoil) {
  const raw = structuredClone(realRawData());
  const byId = Object.fromEntries(raw.places.map((p) => [(p.content as { id: string }).id, p.content])) as Record<
    string,
    Record<string, unknown>
  >;
  spoil(byId);
  return validateData(raw).issues.map(formatIssue);
}

const wuhan = (p: Record<string, Record<string, unknown>>) => p.wuhan as Record<string, any>;

describe('validateData', () => {
  it('accepts the repository data', () => {
    const { issues, data } = validateData(realRawData());
    expect(issues).toEqual([]);
    expect(data.places.map((p) => p.id)).toEqual(expect.arrayContaining(['rongcheng', 'wuhan', 'shanghai-pudong', 'jiangsu']));
  });

  it.each<[string, Spoil, string]>([
    ['a share given as text', (p) => (wuhan(p).shares.red = 'seventy-two'), 'data/places/wuhan.yaml › wuhan › shares.red:'],
    ['shares that do not add up', (p) => (wuhan(p).shares.red = 70), 'wuhan › shares: red (70) and black (28) shares must add up to 100'],
    ['an unknown mechanism', (p) => wuhan(p).mechanisms.push('mind-reading'), 'wuhan › mechanisms[3]: unknown mechanism "mind-reading"'],
    ['an excerpt citing an unknown source', (p) => (wuhan(p).excerpts[0].source = 'the-onion'), 'wuhan › excerpts[0].source: unknown source "the-onion"'],
    ['a figure with no excerpt', (p) => (wuhan(p).startYear = 2015), 'wuhan › startYear: no excerpt supports this value'],
    ['an excerpt with no citation', (p) => delete wuhan(p).excerpts[1].source, 'wuhan › excerpts[1].source:'],
    ['a duplicate id', (p) => (wuhan(p).id = 'rongcheng'), 'rongcheng › id: duplicate id "rongcheng"'],
    ['an unknown status', (p) => (wuhan(p).status = 'famous'), 'wuhan › status:'],
    ['a disputed field with one side', (p) => wuhan(p).disputes.push({ field: 'shares.red', note: 'x' }), 'wuhan › disputes[0]: a disputed field needs at least two excerpts'],
    ['a misspelt key', (p) => (wuhan(p).startyear = 2014), 'wuhan › (whole entry): Unrecognized key: "startyear"'],
    ['a quote via a work its source does not quote', (p) => (wuhan(p).excerpts[0].via = 'the-nation-2019') && (wuhan(p).excerpts[0].source = 'zou-2019'), 'wuhan › excerpts[0].via: work "the-nation-2019" is not quoted in source "zou-2019"'],
  ])('rejects %s, naming file, entry and field', (_name, spoil, expected) => {
    const issues = issuesAfter(spoil);
    expect(issues.join('\n')).toContain(expected);
  });
});

import { describe, expect, it } from 'vitest';
import { copy } from '../../src/copy/en';
import type { PassageUse } from '../../src/lib/data/passages';
import { validateData } from '../../src/lib/data/validate';
import { distinctUses, useLabel } from '../../src/lib/logic/passageLabels';
import { realRawData } from './helpers';

const { data } = validateData(realRawData());
const fact = data.context[0]!;
const withoutContext = { ...data, context: [] };
const use = (kind: PassageUse['kind'], id: string, fields: string[] = []): PassageUse => ({
  kind,
  id,
  fields,
  quote: '',
});

describe('useLabel', () => {
  it.each([
    ['a place field', use('place', 'wuhan', ['shares.red']), data, 'Wuhan · red-list share'],
    ['a national fact', use('fact', fact.id), data, `${copy.context.title} · ${fact.label}`],
    // The context file arrives on demand: its ids are never shown to a reader.
    [
      'a fact before the context has loaded',
      use('fact', fact.id),
      withoutContext,
      copy.context.title,
    ],
  ])('labels %s', (_, u, d, expected) => {
    expect(useLabel(u, d, copy.evidenceWords, copy.context.title)).toBe(expected);
  });

  it('keeps one label per distinct use', () => {
    const uses = [use('place', 'wuhan', ['shares.red']), use('place', 'wuhan', ['shares.red'])];
    const labels = distinctUses(uses, (u) => useLabel(u, data, copy.evidenceWords, 'x'));
    expect(labels.map((l) => l.label)).toEqual(['Wuhan · red-list share']);
  });
});

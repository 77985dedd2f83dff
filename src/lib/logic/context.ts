import { CONTEXT_GROUPS, type ContextFact } from '../data/schema.ts';

export type ContextGroup = (typeof CONTEXT_GROUPS)[number];

/**
 * The national context in its groups, in the panel's order, leaving out empty ones; the timeline in
 * year order (facts without a year after the dated ones, in the data's order).
 */
export function groupContext(
  facts: readonly ContextFact[],
): { group: ContextGroup; facts: ContextFact[] }[] {
  return CONTEXT_GROUPS.map((group) => {
    const inGroup = facts.filter((f) => f.group === group);
    if (group === 'timeline') inGroup.sort((a, b) => (a.year ?? Infinity) - (b.year ?? Infinity));
    return { group, facts: inGroup };
  }).filter((g) => g.facts.length > 0);
}

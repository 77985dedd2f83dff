import type { ContextFact } from '../data/schema.ts';

export type ContextGroup = ContextFact['group'];

/**
 * The panel's order of the groups (the schema's CONTEXT_GROUPS, which a test holds this equal to:
 * the schema module brings zod with it, which the panel's chunk need not load).
 */
export const CONTEXT_GROUP_ORDER: readonly ContextGroup[] = [
  'timeline',
  'who-where',
  'mechanisms',
  'disputes',
];

/**
 * The national context in its groups, in the panel's order, leaving out empty ones; the timeline in
 * year order (facts without a year after the dated ones, in the data's order).
 */
export function groupContext(
  facts: readonly ContextFact[],
): { group: ContextGroup; facts: ContextFact[] }[] {
  return CONTEXT_GROUP_ORDER.map((group) => {
    const inGroup = facts.filter((f) => f.group === group);
    if (group === 'timeline') inGroup.sort((a, b) => (a.year ?? Infinity) - (b.year ?? Infinity));
    return { group, facts: inGroup };
  }).filter((g) => g.facts.length > 0);
}

/** The element id of a fact in the context panel, for links to it (the fact ids are slugs). */
export function contextFactElementId(factId: string): string {
  return `context-fact-${factId}`;
}

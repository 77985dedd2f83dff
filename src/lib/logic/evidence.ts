import { reportedFields } from '../data/rules.ts';
import type { Excerpt, Mechanism, Place } from '../data/schema.ts';

export interface EvidenceGroup {
  field: string;
  label: string;
  disputed: boolean;
  note: string | null;
  excerpts: Excerpt[];
}

/**
 * Groups a place's excerpts under the fields they support. An excerpt is shown once, under the
 * first field it supports, except in a disputed field, which always shows every side.
 */
export function groupEvidence(
  place: Place,
  mechanisms: readonly Mechanism[],
  fieldLabels: Record<string, string>,
): EvidenceGroup[] {
  const labelOf = (field: string) =>
    field.startsWith('mechanisms.')
      ? (mechanisms.find((m) => `mechanisms.${m.id}` === field)?.label ?? field)
      : (fieldLabels[field] ?? field);
  const shown = new Set<Excerpt>();
  const groups: EvidenceGroup[] = [];
  for (const field of reportedFields(place)) {
    const dispute = place.disputes.find((d) => d.field === field);
    const supporting = place.excerpts.filter((e) => e.supports.includes(field));
    const excerpts = dispute ? supporting : supporting.filter((e) => !shown.has(e));
    excerpts.forEach((e) => shown.add(e));
    if (excerpts.length)
      groups.push({
        field,
        label: labelOf(field),
        disputed: !!dispute,
        note: dispute?.note ?? null,
        excerpts,
      });
  }
  return groups;
}

/** The excerpt that best sums a place up: the one behind its shares, else its scale, else its status. */
export function headlineExcerpt(place: Place): Excerpt {
  const order = ['shares.red', 'shares.black', 'scale.base', 'scale.max', 'scale.tiers', 'status'];
  for (const field of order) {
    const found = place.excerpts.find((e) => e.supports.includes(field));
    if (found) return found;
  }
  return place.excerpts[0]!;
}

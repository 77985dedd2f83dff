import type { PassageUse } from '../data/passages';
import type { AtlasData } from '../data/schema';
import { type FieldWords, topicLabel, topicOf } from './evidence';

/** A field's label inside a sentence: "red-list share", but "AAA tier" keeps its capitals. */
const inSentence = (label: string) =>
  /^[A-Z][a-z]/.test(label) ? label[0]!.toLowerCase() + label.slice(1) : label;

/**
 * What an excerpt quoting a passage supports, in readers' words: "Wuhan · red-list share",
 * "National context · Pilot cities" ("National context" alone until the context has loaded).
 */
export function useLabel(
  use: PassageUse,
  data: Pick<AtlasData, 'places' | 'context' | 'mechanisms'>,
  words: FieldWords,
  contextTitle: string,
): string {
  if (use.kind === 'fact') {
    // The context arrives on demand; until it has, the fact is named by its section alone.
    const fact = data.context.find((f) => f.id === use.id);
    return fact ? `${contextTitle} · ${fact.label}` : contextTitle;
  }
  const place = data.places.find((p) => p.id === use.id);
  // One field at a time: "shares.red" alone reads "red-list share", as the panel's heading would.
  const fields = use.fields.map((field) =>
    inSentence(topicLabel(topicOf(field), [field], data.mechanisms, words)),
  );
  return `${place?.name.en ?? use.id} · ${[...new Set(fields)].join(', ')}`;
}

/** The uses of a passage, one per label (several excerpts may quote it for the same thing). */
export function distinctUses(
  uses: readonly PassageUse[],
  label: (use: PassageUse) => string,
): { use: PassageUse; label: string }[] {
  const seen = new Set<string>();
  return uses.flatMap((use) => {
    const text = label(use);
    if (seen.has(text)) return [];
    seen.add(text);
    return [{ use, label: text }];
  });
}

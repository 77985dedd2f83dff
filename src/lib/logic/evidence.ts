import { reportedFields } from '../data/rules.ts';
import type { Excerpt, Mechanism, Place } from '../data/schema.ts';

/** What a field is about, in a reader's words: "scale.min" and "scale.tiers" are both the scale. */
export interface FieldWords {
  /** Heading of each topic: status, startYear, scale, shares (mechanisms use their own labels). */
  topics: Record<string, string>;
  /** The shares heading when only one of the two shares is reported. */
  redShare: string;
  blackShare: string;
}

export interface EvidenceGroup {
  /** The topic: "status", "startYear", "scale", "shares" or "mechanisms.<id>". */
  topic: string;
  label: string;
  disputed: boolean;
  /** What the disputes in this topic are about, one note each. */
  notes: string[];
  /** The project's own readings of fields in this topic, with why. */
  readings: string[];
  excerpts: Excerpt[];
}

/** "scale.tiers" → "scale"; "mechanisms.red-list" stays itself; "status" stays itself. */
export function topicOf(field: string): string {
  if (field.startsWith('mechanisms.')) return field;
  const dot = field.indexOf('.');
  return dot === -1 ? field : field.slice(0, dot);
}

/** The heading of a topic, in readers' words, never a field name. */
export function topicLabel(
  topic: string,
  fields: readonly string[],
  mechanisms: readonly Mechanism[],
  words: FieldWords,
): string {
  if (topic.startsWith('mechanisms.'))
    return mechanisms.find((m) => `mechanisms.${m.id}` === topic)?.label ?? words.topics[topic]!;
  if (topic === 'shares') {
    const red = fields.includes('shares.red');
    const black = fields.includes('shares.black');
    if (red && !black) return words.redShare;
    if (black && !red) return words.blackShare;
  }
  return words.topics[topic] ?? words.topics.other!;
}

/**
 * Groups a place's excerpts under the topics they support, in readers' words ("Scoring scale",
 * "Red-list and black-list shares", a mechanism's label). An excerpt is shown once, under the first
 * topic it supports, except in a disputed topic, which always shows every side, and in a topic that
 * holds one of our readings, which shows what the reading rests on.
 */
export function groupEvidence(
  place: Place,
  mechanisms: readonly Mechanism[],
  words: FieldWords,
): EvidenceGroup[] {
  const topics = new Map<string, string[]>();
  for (const field of reportedFields(place)) {
    const topic = topicOf(field);
    topics.set(topic, [...(topics.get(topic) ?? []), field]);
  }
  const shown = new Set<Excerpt>();
  const groups: EvidenceGroup[] = [];
  for (const [topic, fields] of topics) {
    const disputes = place.disputes.filter((d) => fields.includes(d.field));
    const supporting = place.excerpts.filter((e) => e.supports.some((f) => fields.includes(f)));
    const readings = Object.entries(place.readings)
      .filter(([field]) => fields.includes(field))
      .map(([, reason]) => reason);
    // A dispute shows every side, and a reading the passages it rests on, shown before or not.
    const excerpts =
      disputes.length || readings.length ? supporting : supporting.filter((e) => !shown.has(e));
    excerpts.forEach((e) => shown.add(e));
    if (excerpts.length)
      groups.push({
        topic,
        label: topicLabel(topic, fields, mechanisms, words),
        disputed: disputes.length > 0,
        notes: disputes.map((d) => d.note),
        readings,
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

export interface Reading {
  field: string;
  reason: string;
}

/**
 * The project's own readings of a place — what the documents do not say in so many words — each
 * with its reason. An inferred location is one, its reason the location's note.
 */
export function placeReadings(place: Place): Reading[] {
  const readings = Object.entries(place.readings).map(([field, reason]) => ({ field, reason }));
  if (place.location.precision === 'inferred' && !place.readings.location)
    readings.push({ field: 'location', reason: place.location.note ?? '' });
  return readings;
}

/** A share says what it is a share of, or that the document does not say. */
export function sharesOfText(
  shares: Place['shares'],
  words: { of: (what: string) => string; unknown: string },
): string | null {
  if (shares.red === null && shares.black === null) return null;
  return shares.of === null ? words.unknown : words.of(shares.of);
}

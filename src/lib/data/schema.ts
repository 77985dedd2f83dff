import { z } from 'zod';

export { LEVELS, PLACE_FIELDS, STATUSES } from './vocabulary.ts';

import { LEVELS, STATUSES } from './vocabulary.ts';
import { MAX_LONG_TEXT, MAX_NAME, MAX_SHORT_TEXT, refineDisplayText } from '../text/displayText.ts';

const id = z
  .string()
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'expected a lower-case id such as "shanghai-pudong"');
/** A key the atlas reads but never shows as it is written (a field name in `supports`). */
const text = z.string().trim().min(1, 'must not be empty');
// What the atlas shows: capped, and no control, bidi-override or invisible-only text.
/** A name the map and the export draw. */
const name = text.superRefine(refineDisplayText(MAX_NAME));
/** A title, a label, a byline. */
const label = text.superRefine(refineDisplayText(MAX_SHORT_TEXT));
/** A note, a definition, a value, a reason, a citation. */
const prose = text.superRefine(refineDisplayText(MAX_LONG_TEXT));
const year = z.number().int().min(1949).max(2100);
const points = z.number().min(0).max(100_000);
const percent = z.number().min(0).max(100);

export const sourceSchema = z.strictObject({
  id,
  title: label,
  /** True where the document has no title of its own and `title` is ours, describing it. */
  titleIsDescriptive: z.boolean(),
  author: label,
  date: label,
  kind: label,
  url: z.url({ protocol: /^https?$/, error: 'expected an http(s) address or null' }).nullable(),
});

export const workSchema = z.strictObject({
  id,
  citation: prose,
  year: year.nullable(),
  quotedIn: z.array(id).min(1),
});

export const mechanismSchema = z.strictObject({
  id,
  label,
  definition: prose,
});

export const excerptSchema = z.strictObject({
  // The quote's own cap says why; the display rules add the rest.
  quote: text
    .max(600, 'keep excerpts short (600 characters at most)')
    .superRefine(refineDisplayText(Infinity)),
  source: id,
  via: id.optional(),
  supports: z.array(text).min(1),
  /** What a reader should know to weigh the passage (e.g. it names the place only by implication). */
  note: prose.optional(),
});

const tierSchema = z.strictObject({
  name: label,
  min: points.nullable(),
  max: points.nullable(),
});

export const placeSchema = z.strictObject({
  id,
  name: z.strictObject({ en: name, zh: name.nullable() }),
  level: z.enum(LEVELS).nullable(),
  province: id,
  location: z.strictObject({
    lon: z.number().min(73).max(136),
    lat: z.number().min(18).max(54),
    precision: z.enum(['stated', 'inferred']),
    note: prose.optional(),
  }),
  status: z.enum(STATUSES),
  startYear: year.nullable(),
  scale: z
    .strictObject({
      min: points.nullable(),
      max: points.nullable(),
      base: points.nullable(),
      tiers: z.array(tierSchema),
    })
    .nullable(),
  shares: z.strictObject({
    red: percent.nullable(),
    black: percent.nullable(),
    /** What the shares are shares of, as the passage says it; null where it does not say. */
    of: label.nullable(),
  }),
  mechanisms: z.array(id),
  disputes: z.array(z.strictObject({ field: text, note: prose })),
  /**
   * The project's own readings: field (as in `supports`, e.g. "status", "province", "level") →
   * why we read it so. The panel shows these as "our reading", never as a document's statement.
   * An inferred location is a reading too; its reason is `location.note`.
   */
  readings: z.record(text, prose),
  excerpts: z.array(excerptSchema).min(1),
});

export const CONTEXT_GROUPS = ['timeline', 'who-where', 'mechanisms', 'disputes'] as const;

export const contextFactSchema = z.strictObject({
  id,
  /** Where the national context panel lists the fact. */
  group: z.enum(CONTEXT_GROUPS),
  /** For the timeline: the year the passage gives (null elsewhere). */
  year: year.nullable(),
  label,
  value: prose,
  disputed: z.boolean(),
  note: prose.optional(),
  excerpts: z.array(excerptSchema).min(1),
});

export type Source = z.infer<typeof sourceSchema>;
export type Work = z.infer<typeof workSchema>;
export type Mechanism = z.infer<typeof mechanismSchema>;
export type Excerpt = z.infer<typeof excerptSchema>;
export type Place = z.infer<typeof placeSchema>;
export type ContextFact = z.infer<typeof contextFactSchema>;
export type Level = (typeof LEVELS)[number];
export type Status = (typeof STATUSES)[number];

export interface AtlasData {
  sources: Source[];
  works: Work[];
  mechanisms: Mechanism[];
  places: Place[];
  context: ContextFact[];
}

import { z } from 'zod';

export { LEVELS, PLACE_FIELDS, STATUSES } from './vocabulary.ts';

import { LEVELS, STATUSES } from './vocabulary.ts';
import { MAX_NAME, refineDisplayText } from '../text/displayText.ts';

const id = z
  .string()
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'expected a lower-case id such as "shanghai-pudong"');
const text = z.string().trim().min(1, 'must not be empty');
/** A name the map and the export draw: capped, and no control, bidi-override or invisible-only text. */
const name = text.superRefine(refineDisplayText(MAX_NAME));
const year = z.number().int().min(1949).max(2100);
const points = z.number().min(0).max(100_000);
const percent = z.number().min(0).max(100);

export const sourceSchema = z.strictObject({
  id,
  title: text,
  /** True where the document has no title of its own and `title` is ours, describing it. */
  titleIsDescriptive: z.boolean(),
  author: text,
  date: text,
  kind: text,
  url: z.url({ protocol: /^https?$/, error: 'expected an http(s) address or null' }).nullable(),
});

export const workSchema = z.strictObject({
  id,
  citation: text,
  year: year.nullable(),
  quotedIn: z.array(id).min(1),
});

export const mechanismSchema = z.strictObject({
  id,
  label: text,
  definition: text,
});

export const excerptSchema = z.strictObject({
  quote: text.max(600, 'keep excerpts short (600 characters at most)'),
  source: id,
  via: id.optional(),
  supports: z.array(text).min(1),
  /** What a reader should know to weigh the passage (e.g. it names the place only by implication). */
  note: text.optional(),
});

const tierSchema = z.strictObject({
  name: text,
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
    note: text.optional(),
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
    of: text.nullable(),
  }),
  mechanisms: z.array(id),
  disputes: z.array(z.strictObject({ field: text, note: text })),
  /**
   * The project's own readings: field (as in `supports`, e.g. "status", "province", "level") →
   * why we read it so. The panel shows these as "our reading", never as a document's statement.
   * An inferred location is a reading too; its reason is `location.note`.
   */
  readings: z.record(text, text),
  excerpts: z.array(excerptSchema).min(1),
});

export const CONTEXT_GROUPS = ['timeline', 'who-where', 'mechanisms', 'disputes'] as const;

export const contextFactSchema = z.strictObject({
  id,
  /** Where the national context panel lists the fact. */
  group: z.enum(CONTEXT_GROUPS),
  /** For the timeline: the year the passage gives (null elsewhere). */
  year: year.nullable(),
  label: text,
  value: text,
  disputed: z.boolean(),
  note: text.optional(),
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

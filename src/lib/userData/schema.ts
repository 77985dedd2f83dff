import './noEval';
import { z } from 'zod';
import { LEVELS, STATUSES } from '../data/schema';
import {
  cutText,
  displayTextProblem,
  MAX_NAME,
  MAX_SHORT_TEXT,
  spelledOut,
} from '../text/displayText';

/**
 * The documented schema of "your own places": the flat properties of geo/pilots.geojson, so that
 * file (or a CSV with the same columns plus lon and lat) can be edited and brought back in.
 * Numbers are numbers, or (a CSV has only text) decimal numerals: never null, true, "0x74" or a
 * blank read as 0 or 1.
 */

/** A value as a message shows it: short, and never walking into a nested structure. */
export function shown(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return `a list of ${value.length}`;
  if (typeof value === 'object') return 'an object';
  // Quoted and escaped as JSON, bidi and C1 characters spelled out too: a message quoting a cell
  // must not reorder itself.
  if (typeof value === 'string') return spelledOut(JSON.stringify(cutText(value, 40)));
  return String(value);
}

/** The message of a refusal: "missing; expected …" or "expected …; found …". */
const expecting =
  (what: string) =>
  (issue: { input?: unknown }): string =>
    issue.input === undefined
      ? `missing; expected ${what}`
      : `expected ${what}; found ${shown(issue.input)}`;

const DECIMAL = /^\s*[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?\s*$/;
/** A CSV cell holding a decimal numeral, as its number; anything else is left to be refused. */
const numeral = (v: unknown) => (typeof v === 'string' && DECIMAL.test(v) ? Number(v) : v);
const blank = (v: unknown) => v === '' || v === undefined || v === null;

const coordinate = (what: string, limit: number) =>
  z.preprocess(
    (v) => (typeof v === 'string' && !v.trim() ? undefined : numeral(v)),
    z
      .number({ error: expecting(what) })
      .min(-limit, { error: expecting(what) })
      .max(limit, { error: expecting(what) }),
  );

const optionalNumber = (min: number, max: number) =>
  z.preprocess(
    (v) => (blank(v) ? null : numeral(v)),
    z
      .number({ error: expecting(`a number from ${min} to ${max}, or empty`) })
      .min(min, { error: expecting(`a number from ${min} to ${max}, or empty`) })
      .max(max, { error: expecting(`a number from ${min} to ${max}, or empty`) })
      .nullable(),
  );

const displayText = (what: string, max: number) =>
  z
    .string({ error: expecting(what) })
    .trim()
    .superRefine((text, ctx) => {
      const problem = displayTextProblem(text, max);
      if (problem) ctx.addIssue({ code: 'custom', message: problem });
    });
const optionalText = (what: string, max: number) =>
  z.preprocess((v) => (blank(v) ? null : v), displayText(what, max).nullable());

export const userPlaceSchema = z.object({
  id: z
    .string({ error: expecting('a lower-case id such as "my-town"') })
    .max(100, { error: expecting('an id of at most 100 characters') })
    .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, { error: expecting('a lower-case id such as "my-town"') }),
  name_en: z.preprocess(
    (v) => (v === '' ? undefined : v),
    displayText('a name in English', MAX_NAME),
  ),
  name_zh: optionalText('a name in Chinese, or empty', MAX_NAME),
  lon: coordinate('a longitude from -180 to 180', 180),
  lat: coordinate('a latitude from -90 to 90', 90),
  level: z.preprocess(
    (v) => (blank(v) ? null : v),
    z.enum(LEVELS, { error: expecting(`one of: ${LEVELS.join(', ')}, or empty`) }).nullable(),
  ),
  status: z.preprocess(
    (v) => (blank(v) ? 'mentioned' : v),
    z.enum(STATUSES, { error: expecting(`one of: ${STATUSES.join(', ')}`) }),
  ),
  province: optionalText('a province, or empty', MAX_SHORT_TEXT),
  start_year: optionalNumber(1949, 2100),
  scale_min: optionalNumber(0, 100_000),
  scale_max: optionalNumber(0, 100_000),
  scale_base: optionalNumber(0, 100_000),
  red_share: optionalNumber(0, 100),
  black_share: optionalNumber(0, 100),
  mechanisms: z.preprocess(
    (v) =>
      typeof v === 'string'
        ? v
            .split(/[;,]/)
            .map((m) => m.trim())
            .filter(Boolean)
        : blank(v)
          ? []
          : v,
    z.array(z.string({ error: expecting('mechanism ids') }), {
      error: expecting('mechanism ids separated by ";"'),
    }),
  ),
});

export type UserPlaceRow = z.infer<typeof userPlaceSchema>;

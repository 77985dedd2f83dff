import './noEval';
import { z } from 'zod';
import { LEVELS, STATUSES } from '../data/schema';

/**
 * The documented schema of "your own places": the flat properties of geo/pilots.geojson, so that
 * file (or a CSV with the same columns plus lon and lat) can be edited and brought back in.
 */
const optionalNumber = (min: number, max: number) =>
  z.preprocess(
    (v) => (v === '' || v === undefined ? null : typeof v === 'string' ? Number(v) : v),
    z
      .number({ error: `a number from ${min} to ${max}, or empty` })
      .min(min, { error: `a number from ${min} to ${max}, or empty` })
      .max(max, { error: `a number from ${min} to ${max}, or empty` })
      .nullable(),
  );
const optionalText = z.preprocess(
  (v) => (v === '' || v === undefined ? null : v),
  z.string().nullable(),
);

export const userPlaceSchema = z.object({
  id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, { error: 'a lower-case id such as "my-town"' }),
  name_en: z.string({ error: 'a name in English' }).trim().min(1, { error: 'a name in English' }),
  name_zh: optionalText,
  lon: z.preprocess(
    (v) => (v === '' || v === undefined ? NaN : Number(v)),
    z
      .number({ error: 'a longitude from -180 to 180' })
      .min(-180, { error: 'a longitude from -180 to 180' })
      .max(180, { error: 'a longitude from -180 to 180' }),
  ),
  lat: z.preprocess(
    (v) => (v === '' || v === undefined ? NaN : Number(v)),
    z
      .number({ error: 'a latitude from -90 to 90' })
      .min(-90, { error: 'a latitude from -90 to 90' })
      .max(90, { error: 'a latitude from -90 to 90' }),
  ),
  level: z.preprocess(
    (v) => (v === '' || v === undefined ? null : v),
    z.enum(LEVELS, { error: `one of: ${LEVELS.join(', ')}, or empty` }).nullable(),
  ),
  status: z.preprocess(
    (v) => (v === '' || v === undefined ? 'mentioned' : v),
    z.enum(STATUSES, { error: `one of: ${STATUSES.join(', ')}` }),
  ),
  province: optionalText,
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
        : (v ?? []),
    z.array(z.string()),
  ),
});

export type UserPlaceRow = z.infer<typeof userPlaceSchema>;

// Closed vocabularies, kept apart from the zod schema so the app can use them without zod.
export const LEVELS = [
  'province',
  'municipality',
  'prefecture-level city',
  'county-level city',
  'district',
  'county',
  'town',
  'village',
] as const;

export const STATUSES = [
  'pilot',
  'model city',
  'local system',
  'mentioned',
  'not a pilot',
] as const;

/** Fields of a place that an excerpt can support; `mechanisms.<id>` is added per mechanism. */
export const PLACE_FIELDS = [
  'status',
  'startYear',
  'scale.min',
  'scale.max',
  'scale.base',
  'scale.tiers',
  'shares.red',
  'shares.black',
] as const;

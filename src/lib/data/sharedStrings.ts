/**
 * Chromium's JSON.parse makes a string of its own for every occurrence of a value: at thousands of
 * places the same mechanism, source, level and status ids thousands of times over (at 3,000
 * generated places, 0.8 of the 2.8 MB the parsed first data takes). Held once, they cost nothing
 * per place.
 */

/** Longer strings (the quotes) are left alone: they rarely repeat, and each look-up hashes one. */
export const MAX_SHARED_LENGTH = 64;

/**
 * Replaces, in place, every string of `value` (nested in plain arrays and objects, as JSON.parse
 * makes them) that equals one met before by that first one, so that each is held once. Values are
 * unchanged. Returns how many strings were replaced.
 */
export function shareRepeatedStrings(value: unknown): number {
  const pool = new Map<string, string>();
  let shared = 0;
  const share = (s: string): string => {
    const first = pool.get(s);
    if (first === undefined) {
      pool.set(s, s);
      return s;
    }
    shared++;
    return first;
  };
  const visit = (node: object): void => {
    // Arrays by index: Object.keys would make a string per index (twice the time at 3,000 places).
    if (Array.isArray(node)) {
      for (let i = 0; i < node.length; i++) {
        const item: unknown = node[i];
        if (typeof item === 'string') {
          if (item.length <= MAX_SHARED_LENGTH) node[i] = share(item);
        } else if (item && typeof item === 'object') visit(item);
      }
      return;
    }
    const record = node as Record<string, unknown>;
    for (const key of Object.keys(record)) {
      const item = record[key];
      if (typeof item === 'string') {
        if (item.length <= MAX_SHARED_LENGTH) record[key] = share(item);
      } else if (item && typeof item === 'object') visit(item);
    }
  };
  if (value && typeof value === 'object') visit(value);
  return shared;
}

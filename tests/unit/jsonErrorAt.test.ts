import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { jsonErrorAt } from '../../src/lib/userData/jsonErrorAt';

describe('jsonErrorAt', () => {
  it.each([
    ['{"a": [1, 2, {"b": null}], "c": "x\\u00e9\\n"}', -1],
    [' [true, false, -1.5e3] ', -1],
    ['[' + '['.repeat(200_000) + ']'.repeat(200_001), -1],
    ['{"features": [1,]}', 16],
    ['hello', 0],
    ['{"a" 1}', 5],
    ['{"a": 1', 7],
    ['[1] 2', 4],
    ['["tab\there"]', 5],
    ['{a: 1}', 1],
    ['[01]', 2],
  ])('%j: %d', (text, at) => expect(jsonErrorAt(text)).toBe(at));

  it('agrees with JSON.parse on whether text is valid', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.json(),
          fc.string(),
          fc.json().map((j) => j.slice(0, -1)),
        ),
        (text) => {
          let valid = true;
          try {
            JSON.parse(text);
          } catch {
            valid = false;
          }
          expect(jsonErrorAt(text) === -1).toBe(valid);
        },
      ),
      { numRuns: 2000 },
    );
  });
});

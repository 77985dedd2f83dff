// Turns zod's issues into sentences an editor can act on: what the field should hold, what it holds.
import type { z } from 'zod';

type Issue = z.core.$ZodIssue;
interface SchemaNode {
  _zod: {
    def: {
      type: string;
      innerType?: SchemaNode;
      element?: SchemaNode;
      shape?: Record<string, SchemaNode>;
    };
  };
}

function unwrap(node: SchemaNode): SchemaNode {
  let current = node;
  while (current._zod.def.innerType) current = current._zod.def.innerType;
  return current;
}

/** The part of `schema` that validates the value at `path`, if the path leads anywhere. */
function schemaAt(schema: SchemaNode, path: readonly PropertyKey[]): SchemaNode | undefined {
  let node: SchemaNode | undefined = schema;
  for (const part of path) {
    const def: SchemaNode['_zod']['def'] = unwrap(node)._zod.def;
    node = typeof part === 'number' ? def.element : def.shape?.[String(part)];
    if (!node) return undefined;
  }
  return node;
}

function acceptsNull(node: SchemaNode | undefined): boolean {
  for (let n = node; n; n = n._zod.def.innerType) if (n._zod.def.type === 'nullable') return true;
  return false;
}

const NOUNS: Record<string, string> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  array: 'a list',
  object: 'a map of fields (key: value lines)',
};

/** Describes a parsed YAML value in words, for "found …". */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return value.length ? 'a list' : 'an empty list';
  if (typeof value === 'object') return 'a map of fields';
  if (typeof value === 'string') {
    if (!value.trim()) return 'empty text';
    return `the text ${JSON.stringify(value.length > 60 ? `${value.slice(0, 60)}…` : value)}`;
  }
  return `${typeof value === 'number' ? 'the number ' : ''}${String(value)}`;
}

/** The closest of `candidates` to `word`, when it is plausibly a typo of it. */
export function closest(word: string, candidates: readonly string[]): string | undefined {
  const distance = (a: string, b: string) => {
    const row = Array.from({ length: b.length + 1 }, (_, j) => j);
    for (let i = 1; i <= a.length; i++) {
      let diagonal = row[0]!;
      row[0] = i;
      for (let j = 1; j <= b.length; j++) {
        const above = row[j]!;
        row[j] = Math.min(above + 1, row[j - 1]! + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
        diagonal = above;
      }
    }
    return row[b.length]!;
  };
  let best: string | undefined;
  let bestScore = Infinity;
  for (const candidate of candidates) {
    const score = distance(word.toLowerCase(), candidate.toLowerCase());
    if (score < bestScore) [best, bestScore] = [candidate, score];
  }
  return bestScore <= Math.max(2, Math.floor(word.length / 3)) ? best : undefined;
}

export function didYouMean(word: string, candidates: readonly string[]): string {
  const guess = closest(word, candidates);
  return guess ? `; did you mean "${guess}"?` : '';
}

/** A reference to an id that `file` does not define, with the closest one it does. */
export function unknownId(kind: string, id: string, file: string, ids: readonly string[]): string {
  return `unknown ${kind} "${id}"; expected an id from ${file}${didYouMean(id, ids)}`;
}

/**
 * One or more { path, message } for a zod issue raised by `schema` (parsed with reportInput).
 * Unknown keys become one message each.
 */
export function describeIssue(
  issue: Issue,
  schema: SchemaNode,
): { path: readonly PropertyKey[]; message: string }[] {
  const { path } = issue;
  const target = schemaAt(schema, path);
  const input = (issue as { input?: unknown }).input;
  const found = describeValue(input);
  const one = (message: string) => [{ path, message }];
  switch (issue.code) {
    case 'invalid_type': {
      const expected = NOUNS[issue.expected] ?? issue.expected;
      if (input === undefined)
        return one(
          `required field is missing; expected ${expected}` +
            (acceptsNull(target) ? ', or null if the sources do not give one' : ''),
        );
      return one(`expected ${expected}${acceptsNull(target) ? ' or null' : ''}, found ${found}`);
    }
    case 'invalid_value':
      return one(
        `expected one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}; found ${found}` +
          (typeof input === 'string' ? didYouMean(input, issue.values.map(String)) : ''),
      );
    case 'unrecognized_keys': {
      const allowed = Object.keys(unwrap(target ?? schema)._zod.def.shape ?? {});
      return issue.keys.map((key) => ({
        path,
        message:
          `Unrecognized key: "${key}"${didYouMean(key, allowed)} ` +
          `(expected only ${allowed.join(', ')})`,
      }));
    }
    case 'too_small':
    case 'too_big': {
      const small = issue.code === 'too_small';
      const limit = String(small ? issue.minimum : issue.maximum);
      if (issue.origin === 'array')
        return one(
          small
            ? `expected at least ${limit} item${limit === '1' ? '' : 's'}, found ${found}`
            : `expected at most ${limit} items, found ${(input as unknown[]).length}`,
        );
      if (issue.origin === 'string')
        return one(
          small && limit === '1'
            ? `must not be empty; expected text, found ${found}`
            : `${issue.message}; this one has ${String(input).length} characters`,
        );
      return one(
        `expected a number ${small ? 'of at least' : 'of at most'} ${limit}, found ${found}`,
      );
    }
    default:
      return one(`${issue.message}${input === undefined ? '' : `, found ${found}`}`);
  }
}

/**
 * One problem in a data file, named by file, entry and field so an editor can find it. A problem
 * with the file as a whole (its encoding, size or syntax, where no entry can be told) has entry ''.
 */
export interface DataIssue {
  file: string;
  entry: string;
  field: string;
  message: string;
}

export function formatIssue(issue: DataIssue): string {
  if (!issue.entry) return `${issue.file} › (whole file): ${issue.message}`;
  return `${issue.file} › ${issue.entry} › ${issue.field || '(whole entry)'}: ${issue.message}`;
}

export class DataError extends Error {
  constructor(readonly issues: DataIssue[]) {
    const shown = issues.slice(0, 20).map(formatIssue);
    const more = issues.length > 20 ? [`… and ${issues.length - 20} more`] : [];
    const count = `${issues.length} problem${issues.length === 1 ? '' : 's'}`;
    super([`The data in data/ is invalid (${count}):`, ...shown, ...more].join('\n  '));
    this.name = 'DataError';
  }
}

/** Turns a path such as ['excerpts', 3, 'quote'] into "excerpts[3].quote". */
export function fieldPath(path: readonly PropertyKey[]): string {
  return path
    .map((part, i) => (typeof part === 'number' ? `[${part}]` : (i ? '.' : '') + String(part)))
    .join('');
}

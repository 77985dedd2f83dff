/** Small statistics and formatting helpers for the bench report. */

export interface Summary {
  median: number;
  min: number;
  max: number;
  n: number;
}

export function summarize(samples: readonly number[]): Summary | null {
  const values = samples.filter((v) => Number.isFinite(v)).sort((a, b) => a - b);
  if (!values.length) return null;
  const mid = values.length >> 1;
  const median = values.length % 2 ? values[mid]! : (values[mid - 1]! + values[mid]!) / 2;
  return { median, min: values[0]!, max: values[values.length - 1]!, n: values.length };
}

export type Unit = 'ms' | 'kB' | 'MB' | 'count';

/** Values are stored in ms, bytes or counts; `kB` and `MB` display bytes / 1000 and / 1e6. */
export function formatValue(value: number, unit: Unit): string {
  switch (unit) {
    case 'ms':
      return value >= 100 ? value.toFixed(0) : value.toFixed(1);
    case 'kB':
      return Math.abs(value) >= 100_000
        ? (value / 1000).toFixed(0)
        : (value / 1000).toFixed(1).replace(/\.0$/, '');
    case 'MB':
      return (value / 1e6).toFixed(2);
    case 'count':
      return value.toFixed(0);
  }
}

/** "123 (118–131)", or just the median when every sample is the same. */
export function formatSummary(summary: Summary | null, unit: Unit): string {
  if (!summary) return '–';
  const median = formatValue(summary.median, unit);
  const min = formatValue(summary.min, unit);
  const max = formatValue(summary.max, unit);
  return min === max ? median : `${median} (${min}–${max})`;
}

export function formatRatio(ratio: number | null): string {
  return ratio === null || !Number.isFinite(ratio) ? '–' : `${ratio.toFixed(2)}×`;
}

/** A plain-text table with aligned columns (first column left, the others right). */
export function textTable(header: string[], rows: string[][]): string {
  const all = [header, ...rows];
  const widths = header.map((_, i) => Math.max(...all.map((r) => (r[i] ?? '').length)));
  const line = (row: string[]) =>
    row
      .map((cell, i) => (i === 0 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!)))
      .join('  ');
  const rule = widths.map((w) => '-'.repeat(w)).join('  ');
  return [line(header), rule, ...rows.map(line)].join('\n');
}

export function markdownTable(header: string[], rows: string[][]): string {
  const escape = (cell: string) => cell.replace(/\|/g, '\\|');
  const line = (row: string[]) => `| ${row.map(escape).join(' | ')} |`;
  const align = header.map((_, i) => (i === 0 ? ':--' : '--:'));
  return [line(header), `|${align.join('|')}|`, ...rows.map(line)].join('\n');
}

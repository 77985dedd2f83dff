/** The bench's printed table and its Markdown twin. */
import type { JsShare } from './build.ts';
import type { Budget } from './budgets.ts';
import type { PageId } from './measure.ts';
import type { Layout, MetricSummary } from './metrics.ts';
import type { CpuSummary } from './profile.ts';
import { formatRatio, formatSummary, formatValue, markdownTable, textTable } from './stats.ts';

export interface ReportText {
  heading: string;
  machine: string;
  git: string;
  warning: string | null;
  summaries: MetricSummary[];
  layout: Layout;
  budgets: Budget[];
  /** The analysis build's JavaScript a first load fetches, by package (absent when not built). */
  shares: JsShare[] | null;
  /** The rest of it: what loads on demand. */
  onDemand: JsShare[] | null;
  profile: CpuSummary[] | null;
}

const FOOTNOTE =
  "First map paint: the app's still map (canvas basemap, markers and labels), in the frame it is drawn (`pilot-atlas:first-paint`); bare MapLibre: `load`; Leaflet: the frame its canvas layers are drawn in. First idle: MapLibre's first `idle` (Leaflet: layers drawn and label fonts loaded). Bytes: response bodies of the requests that reached the server before the first idle, counted by the server (gzip level 9 for text). Heap: main thread `JSHeapUsedSize` after a forced GC. Search: one sample per keystroke (`pilot-atlas:search` → `:listed`).";
const EXPORT_NOTE =
  'Export: the dialog opened with its button prepares the image (preview, then the full-size render) until it says `data-export-state="ready"`; Download is then `window.pilotAtlas.exportPng` (what Download PNG makes), call → blob; bare toBlob: the same pixels drawn into a 3840×2160 canvas; longest tasks from a Chromium trace.';

function metricRows(summaries: MetricSummary[], layout: Layout, shares: JsShare[] | null) {
  const pages = layout.pages;
  const rows: string[][] = [];
  summaries.forEach((s, i) => {
    if (!s.label) return; // printed with the row above
    const next = summaries[i + 1];
    const paired = next && !next.label ? next : null;
    const cell = (page: PageId) => {
      if (!(page in s.pages)) return '–';
      if (!paired) return formatSummary(s.pages[page] ?? null, s.unit);
      const raw = paired.pages[page];
      return `${formatValue(s.pages[page]?.median ?? NaN, s.unit)} / ${raw ? formatValue(raw.median, s.unit) : '–'}`;
    };
    const unit = s.unit === 'count' ? '' : ` (${s.unit})`;
    rows.push([`${s.label}${unit}`, ...pages.map(cell), ...s.ratios.map(formatRatio)]);
  });
  if (shares) {
    const own = shares.filter((s) => s.group !== 'maplibre-gl');
    const sum = (pick: (s: JsShare) => number) => own.reduce((a, s) => a + pick(s), 0);
    rows.push([
      'App JS excl. MapLibre, first load, gzip / raw (kB)',
      `${formatValue(
        sum((s) => s.gzip),
        'kB',
      )} / ${formatValue(
        sum((s) => s.raw),
        'kB',
      )}`,
      ...pages.slice(1).map(() => ''),
      ...layout.ratios.map(() => ''),
    ]);
  }
  return rows;
}

function profileLines(profile: CpuSummary): string[] {
  return [
    '',
    `Main-thread CPU, ${profile.what} (${formatValue(profile.totalMs, 'ms')} ms sampled):`,
    ...profile.byScript
      .slice(0, 8)
      .map((s) => `  ${s.script.padEnd(36)} ${formatValue(s.selfMs, 'ms').padStart(6)} ms`),
    'Top functions (self time):',
    ...profile.top
      .slice(0, 10)
      .map(
        (f) =>
          `  ${formatValue(f.selfMs, 'ms').padStart(6)} ms  ${f.name} (${f.where.slice(0, 60)})`,
      ),
  ];
}

export function render(r: ReportText): { text: string; markdown: string } {
  const header = [
    'Metric',
    ...r.layout.pages.map((p) => r.layout.titles[p] ?? p),
    ...r.layout.ratios.map((x) => x.title),
  ];
  const rows = metricRows(r.summaries, r.layout, r.shares);
  const budgetHeader = ['Budget', 'Limit', 'Actual (medians)', 'Status'];
  const budgetRows = r.budgets.map((b) => [b.label, b.limit, b.actual, b.status]);
  const line = (shares: JsShare[] | null) =>
    shares?.map((s) => `${s.group} ${formatValue(s.gzip, 'kB')}`).join(', ');
  const shareLines = r.shares
    ? [
        '',
        `App JS by package, first load, gzip kB (analysis build): ${line(r.shares)}`,
        `On demand (not fetched before the first idle): ${line(r.onDemand) || 'nothing'}`,
      ]
    : [];
  const text = [
    r.heading,
    r.machine,
    ...(r.warning ? [r.warning] : []),
    '',
    textTable(header, rows),
    ...shareLines,
    '',
    textTable(budgetHeader, budgetRows),
    ...(r.profile ?? []).flatMap(profileLines),
  ].join('\n');
  const markdown = [
    `### ${r.heading}`,
    '',
    `${r.machine}. ${r.git}.`,
    '',
    ...(r.warning ? [`> ${r.warning}`, ''] : []),
    markdownTable(header, rows),
    '',
    ...shareLines.slice(1).flatMap((l) => [`${l}.`, '']),
    markdownTable(budgetHeader, budgetRows),
    '',
    r.summaries.some((m) => m.id === 'exportTotal') ? `${FOOTNOTE} ${EXPORT_NOTE}` : FOOTNOTE,
    '',
  ].join('\n');
  return { text, markdown };
}

/** The bench's printed table and its Markdown twin. */
import type { JsShare } from './build.ts';
import type { Budget } from './budgets.ts';
import type { PageId } from './measure.ts';
import { FILTER_CLICKS_PER_LOAD } from './targets.ts';
import type { Layout, MetricSummary } from './metrics.ts';
import type { CpuSummary } from './profile.ts';
import { formatSampleCount, type SampleCount } from './samples.ts';
import { formatRatio, formatSummary, formatValue, markdownTable, textTable } from './stats.ts';

export interface ReportText {
  heading: string;
  machine: string;
  git: string;
  warning: string | null;
  /** One metrics table each (e.g. at 1× and at 4× CPU slow-down). */
  sections: {
    title: string;
    summaries: MetricSummary[];
    /** Loads per page: measured, and skipped because they timed out (the table's first row). */
    counts: Partial<Record<PageId, SampleCount>>;
  }[];
  layout: Layout;
  /** One budget column each, matched by budget id (the first list gives the rows). */
  budgets: { title: string; budgets: Budget[] }[];
  /** Lines listing what arrived after the first idle, and files downloaded twice. */
  notes: string[];
  /** The analysis build's JavaScript a first load fetches, by package (absent when not built). */
  shares: JsShare[] | null;
  /** The rest of it: what loads on demand. */
  onDemand: JsShare[] | null;
  profile: CpuSummary[] | null;
}

const FOOTNOTE =
  'Rows marked (pixels) are read from Chromium\'s screencast (CDP `Page.startScreencast`, JPEG frames at quality 90, full size, with their swap times): places visible = navigation → the first frame in which 99.5 % of the markers in the map box (every one below 200 markers) have their outline drawn (the dark ring pixels of the settled frame, left half, 60 % dark; the row "every outline" allows none missing); map box final = the frame from which every 4th pixel of the map box stays within 24 levels of the last frame (99.5 %); neither is read from a load whose last frame does not show most of its markers (the screencast behind, or not showing the map); click → figure visible = a real click at a marker\'s projected position, the pointer moved onto it and the page settled first (map idle, six animation frames in a row < 50 ms apart), then pressed (pointerdown time; Wuhan on the real data, else the largest marker in view with a red-list share and no marker over its centre) → the first frame in which the panel figure\'s box ("Red list N%"; the bare pages: their text box) matches its settled pixels (97 %); filter → dimming visible = a real click on the red-list chip (bare MapLibre: a button setting the same global state, and the labels placed with the filter on where they differ), made the same way → the first frame in which the map box\'s pixels that change (markers and labels fading, or back) match their settled pixels (95 %), dimming and undimming alike, ' +
  `${FILTER_CLICKS_PER_LOAD} clicks per load` +
  ". The screencast frame intervals are those rows' resolution. Rows marked (mark) or (marks) are User Timing diagnostics: the app's `pilot-atlas:*`, the references' `bench:*` (bare MapLibre: `load` and `idle`; Leaflet: the frame after its canvas layers are drawn, and label fonts loaded; floor: the frame after drawing); (event) and (Paint Timing) are the browser's own. Bytes: response bodies counted by the server until no request has reached it for 1 s (the network quiet); revalidations (304) carry no body. Heap: main thread `JSHeapUsedSize` after a forced GC. Search: one sample per keystroke (`pilot-atlas:search` → `:listed`).";
const EXPORT_NOTE =
  'Export: the dialog opened with its button prepares the image (preview, then the full-size render) until it says `data-export-state="ready"`; Download is then `window.pilotAtlas.exportPng` (what Download PNG makes), call → blob; bare toBlob: the same pixels drawn into a 3840×2160 canvas; longest tasks from a Chromium trace.';

function metricRows(
  summaries: MetricSummary[],
  counts: Partial<Record<PageId, SampleCount>>,
  layout: Layout,
  shares: JsShare[] | null,
) {
  const pages = layout.pages;
  const rows: string[][] = [
    [
      'Loads measured (n)',
      ...pages.map((page) => formatSampleCount(counts[page])),
      ...layout.ratios.map(() => ''),
    ],
  ];
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
  const tables = r.sections.map((section, i) => ({
    title: section.title,
    rows: metricRows(section.summaries, section.counts, r.layout, i === 0 ? r.shares : null),
  }));
  const budgetHeader = [
    'Budget',
    'Limit',
    ...r.budgets.map((b) => b.title),
    `Status (${r.budgets.map((b) => b.title.split(' ')[0]).join(', ')})`,
  ];
  const budgetRows = r.budgets[0]!.budgets.map((b) => {
    const all = r.budgets.map((set) => set.budgets.find((x) => x.id === b.id));
    return [
      b.label,
      b.limit,
      ...all.map((x) => x?.actual ?? '–'),
      all.map((x) => x?.status ?? 'N/A').join(', '),
    ];
  });
  const line = (shares: JsShare[] | null) =>
    shares?.map((s) => `${s.group} ${formatValue(s.gzip, 'kB')}`).join(', ');
  const shareLines = r.shares
    ? [
        `App JS by package, first load, gzip kB (analysis build): ${line(r.shares)}`,
        `On demand (not fetched before the first idle): ${line(r.onDemand) || 'nothing'}`,
      ]
    : [];
  const text = [
    r.heading,
    r.machine,
    ...(r.warning ? [r.warning] : []),
    ...tables.flatMap((t) => ['', t.title, textTable(header, t.rows)]),
    '',
    ...shareLines,
    ...r.notes,
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
    ...tables.flatMap((t) => [`#### ${t.title}`, '', markdownTable(header, t.rows), '']),
    ...[...shareLines, ...r.notes].flatMap((l) => [`${l}.`, '']),
    '#### Budgets (goals the bench reports against, not tests)',
    '',
    markdownTable(budgetHeader, budgetRows),
    '',
    r.sections[0]!.summaries.some((m) => m.id === 'exportTotal')
      ? `${FOOTNOTE} ${EXPORT_NOTE}`
      : FOOTNOTE,
    '',
  ].join('\n');
  return { text, markdown };
}

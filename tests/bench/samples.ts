/**
 * Loads that timed out: a timeout in one load skips that sample (recorded, counted, reported) and
 * the run goes on; a page whose every load timed out is reported as such.
 */
import { errors } from 'playwright-core';
import type { PageId, RunResult } from './measure.ts';

/** Thrown by the bench's own waits (marks, idle) when a page does not get there in time. */
export class BenchTimeout extends Error {
  override name = 'BenchTimeout';
}

/** A timeout of the bench's own waits or of Playwright's (navigation, a locator): not a bug. */
export const isTimeout = (error: unknown): error is Error =>
  error instanceof BenchTimeout || error instanceof errors.TimeoutError;

/** One load skipped because it timed out. */
export interface TimedOutLoad {
  page: PageId;
  throttle: number;
  /** 1-based round. */
  run: number;
  /** What it was waiting for (the error's message). */
  what: string;
}

/** Loads of one page at one CPU setting: measured, timed out, and all tried. */
export interface SampleCount {
  measured: number;
  timedOut: number;
  tried: number;
}

export function sampleCounts(
  results: readonly Pick<RunResult, 'page' | 'throttle'>[],
  timedOut: readonly Pick<TimedOutLoad, 'page' | 'throttle'>[],
  pages: readonly PageId[],
  throttle: number,
): Partial<Record<PageId, SampleCount>> {
  const count = (list: readonly { page: PageId; throttle: number }[], page: PageId) =>
    list.filter((x) => x.page === page && x.throttle === throttle).length;
  return Object.fromEntries(
    pages.map((page) => {
      const measured = count(results, page);
      const skipped = count(timedOut, page);
      return [page, { measured, timedOut: skipped, tried: measured + skipped }];
    }),
  );
}

/** "9", "8 of 9, 1 timed out", "none: all 9 timed out". */
export function formatSampleCount(count: SampleCount | undefined): string {
  if (!count || !count.tried) return '–';
  if (!count.timedOut) return String(count.measured);
  if (!count.measured) return `none: all ${count.tried} timed out`;
  return `${count.measured} of ${count.tried}, ${count.timedOut} timed out`;
}

/** The report's note listing each skipped load, or nothing when none timed out. */
export function timedOutNotes(
  timedOut: readonly TimedOutLoad[],
  titles: Partial<Record<PageId, string>>,
): string[] {
  if (!timedOut.length) return [];
  const list = timedOut.map(
    (t) => `${titles[t.page] ?? t.page} ${t.throttle}×, run ${t.run}: ${t.what}`,
  );
  return [
    `Loads that timed out, skipped (not in the medians; counted in the "Loads measured" row): ${list.join('; ')}`,
  ];
}

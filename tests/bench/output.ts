/** Where a bench run writes its results: `--out` decides; the bench README only from the default. */
import { join, resolve } from 'node:path';

/** Results of a run without `--out`, the ones the repository keeps. */
export const DEFAULT_RESULTS_DIR = join(import.meta.dirname, 'results');

export interface ResultsTarget {
  dir: string;
  json: string;
  md: string;
  /** Rewrite tests/bench/README.md: only a default run's `latest` results (its source) do. */
  readme: boolean;
}

/** `<out>/results/<label>.{json,md}` with `--out`, else tests/bench/results/<label>.{json,md}. */
export function resultsTarget(out: string | undefined, label: string): ResultsTarget {
  const dir = out === undefined ? DEFAULT_RESULTS_DIR : join(resolve(out), 'results');
  return {
    dir,
    json: join(dir, `${label}.json`),
    md: join(dir, `${label}.md`),
    readme: out === undefined && label === 'latest',
  };
}

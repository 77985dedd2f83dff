/**
 * `npm run test:e2e`: finds Chromium, runs `playwright test` (extra arguments are passed on),
 * then prints one summary line, `e2e: N passed, N failed[, N skipped]`.
 *
 * Without a browser: outside CI the suite is skipped with a loud notice (exit 0); with CI=true
 * it fails. With CI=true a run that executed no test fails too.
 */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  CHROMIUM_PATH_ENV,
  DEFAULT_CHROMIUM_PATH,
  describeChromium,
  resolveChromium,
} from './chromium.ts';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
/** Same file as the json reporter's outputFile in playwright.config.ts. */
const jsonReport = join(repoRoot, 'test-results', 'e2e.json');
const isCI = process.env.CI === 'true';

function box(lines: string[]): string {
  const width = Math.max(...lines.map((line) => line.length));
  const rule = '!'.repeat(width + 6);
  return [rule, ...lines.map((line) => `!! ${line.padEnd(width)} !!`), rule].join('\n');
}

interface Counts {
  passed: number;
  failed: number;
  skipped: number;
  /** Errors outside any test: web server failed to start, a spec that does not load, ... */
  errors: number;
}

/** Counts from Playwright's JSON report, or undefined if there is none (or it is unreadable). */
function readCounts(file: string): Counts | undefined {
  if (!existsSync(file)) return undefined;
  try {
    const report = JSON.parse(readFileSync(file, 'utf8')) as {
      stats?: { expected?: number; unexpected?: number; flaky?: number; skipped?: number };
      errors?: unknown[];
    };
    const stats = report.stats;
    if (!stats) return undefined;
    return {
      // With retries 0 nothing is flaky; if it ever is, it did pass in the end.
      passed: (stats.expected ?? 0) + (stats.flaky ?? 0),
      failed: stats.unexpected ?? 0,
      skipped: stats.skipped ?? 0,
      errors: report.errors?.length ?? 0,
    };
  } catch {
    return undefined;
  }
}

function runPlaywright(args: string[]): Promise<number> {
  const bin = join(repoRoot, 'node_modules', '.bin', 'playwright');
  if (!existsSync(bin)) {
    console.error(`e2e: ${bin} not found: run "npm ci" first.`);
    return Promise.resolve(1);
  }
  return new Promise((resolvePromise) => {
    const child = spawn(bin, ['test', ...args], { cwd: repoRoot, stdio: 'inherit' });
    const forward = (signal: NodeJS.Signals) => () => child.kill(signal);
    const onInt = forward('SIGINT');
    const onTerm = forward('SIGTERM');
    process.on('SIGINT', onInt);
    process.on('SIGTERM', onTerm);
    child.on('error', (error) => {
      console.error(`e2e: could not start playwright: ${error.message}`);
      resolvePromise(1);
    });
    child.on('exit', (code, signal) => {
      process.off('SIGINT', onInt);
      process.off('SIGTERM', onTerm);
      resolvePromise(code ?? (signal ? 1 : 0));
    });
  });
}

async function main(): Promise<number> {
  const chromium = resolveChromium();
  if (!chromium.found) {
    if (isCI) {
      console.error(
        `e2e: FAILED: no Chromium: ${chromium.reason}.\n` +
          `e2e: CI=true requires the end-to-end suite; install it with ` +
          `"apt-get install chromium" (or set ${CHROMIUM_PATH_ENV}).`,
      );
      return 1;
    }
    console.error(
      '\n' +
        box([
          'END-TO-END TESTS SKIPPED: no Chromium browser was found.',
          '',
          `Reason: ${chromium.reason}.`,
          '',
          'The e2e suite drives a system Chromium (browsers are never downloaded).',
          'To run it, either:',
          `  - install Debian's package:  sudo apt-get install chromium   (gives ${DEFAULT_CHROMIUM_PATH})`,
          `  - or point at a Chromium:    ${CHROMIUM_PATH_ENV}=/path/to/chromium npm run test:e2e`,
          '',
          'In CI (CI=true) a missing browser fails the build instead.',
        ]) +
        '\n',
    );
    return 0;
  }

  console.log(`e2e: ${describeChromium()}`);
  rmSync(jsonReport, { force: true });
  const code = await runPlaywright(process.argv.slice(2));

  const counts = readCounts(jsonReport);
  if (!counts) {
    console.log(`e2e: no test report at ${jsonReport} (playwright exited with ${code})`);
    if (isCI) {
      console.error('e2e: FAILED: CI=true and no test results could be read.');
      return code === 0 ? 1 : code;
    }
    return code;
  }
  if (counts.errors > 0) {
    console.log(`e2e: ${counts.errors} error(s) outside the tests (see the output above)`);
  }
  const skipped = counts.skipped > 0 ? `, ${counts.skipped} skipped` : '';
  console.log(`e2e: ${counts.passed} passed, ${counts.failed} failed${skipped}`);
  if (counts.passed + counts.failed === 0) {
    if (isCI) {
      console.error('e2e: FAILED: CI=true and no end-to-end test ran.');
      return code === 0 ? 1 : code;
    }
    console.error('e2e: warning: no end-to-end test ran.');
  }
  return code;
}

process.exitCode = await main();

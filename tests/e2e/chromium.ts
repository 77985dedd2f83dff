/**
 * The one place that knows which Chromium the project drives and with which flags.
 *
 * Used by playwright.config.ts and tests/e2e/run.ts (and meant for the bench and screenshot
 * scripts). Browsers are never downloaded: we use Debian's `chromium` package at
 * /usr/bin/chromium, or whatever executable CHROMIUM_PATH names.
 *
 * Run it directly (`npx tsx tests/e2e/chromium.ts`) to print the browser that would be used.
 */
import { execFileSync } from 'node:child_process';
import { accessSync, constants, readFileSync, realpathSync, statSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

/** Environment variable naming a Chromium executable; when set, it is the only candidate. */
export const CHROMIUM_PATH_ENV = 'CHROMIUM_PATH';

/** Where Debian's `chromium` package puts its launcher. */
export const DEFAULT_CHROMIUM_PATH = '/usr/bin/chromium';

/**
 * The ELF binary behind Debian's /usr/bin/chromium shell launcher. The launcher sources
 * /etc/chromium.d/*, which adds --enable-remote-extensions, --load-extension and
 * --enable-gpu-rasterization and prints shell noise on stderr; launching the binary directly
 * gives the same browser with only the flags below.
 */
const DEBIAN_CHROMIUM_BINARY = '/usr/lib/chromium/chromium';

/** Only the app's own server may be reached (see --host-resolver-rules below). */
export const APP_HOST = '127.0.0.1';

/**
 * Launch flags, verified on Chromium 156 (Debian bookworm), headless, as root, with MapLibre GL
 * JS 6 (WebGL2):
 *
 * - --enable-unsafe-swiftshader: opt in to WebGL on SwiftShader (CPU). Without it Chromium still
 *   falls back for now but logs "Automatic fallback to software WebGL has been deprecated".
 * - --use-angle=swiftshader: run ANGLE on SwiftShader even where a real GPU exists, so rendering
 *   is the same on every machine; the GPU process then composites too (no ReadPixels stalls).
 *   --use-gl=angle is already the default and is not needed.
 * - --host-resolver-rules: every host name but 127.0.0.1 resolves to nothing, which silences
 *   Chromium's own background calls and makes an accidental off-machine fetch fail fast.
 *   NB: no quotes around the value: these args reach Chromium without a shell, and a quoted
 *   value is silently ignored (verified: `localhost` still resolved with the quoted form).
 *   A consequence: the app must be opened at http://127.0.0.1, not http://localhost.
 * - --no-sandbox: we run as root, where Chromium's sandbox cannot start.
 * - the rest turn off background networking, updates, sync, first-run UI and QUIC.
 */
export const CHROMIUM_ARGS: readonly string[] = [
  '--no-sandbox',
  '--enable-unsafe-swiftshader',
  '--use-angle=swiftshader',
  `--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE ${APP_HOST}`,
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

export type ChromiumResolution =
  | { found: true; executablePath: string; requested: string; source: 'env' | 'default' }
  | { found: false; requested: string; source: 'env' | 'default'; reason: string };

function isExecutableFile(path: string): boolean {
  try {
    if (!statSync(path).isFile()) return false;
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

function isShellScript(path: string): boolean {
  try {
    return readFileSync(path, { encoding: 'latin1' }).startsWith('#!');
  } catch {
    return false;
  }
}

/** Debian's /usr/bin/chromium launcher script becomes the binary it would exec; others stay. */
function unwrap(path: string): string {
  let real: string;
  try {
    real = realpathSync(path);
  } catch {
    return path;
  }
  return real === DEFAULT_CHROMIUM_PATH &&
    isShellScript(real) &&
    isExecutableFile(DEBIAN_CHROMIUM_BINARY)
    ? DEBIAN_CHROMIUM_BINARY
    : path;
}

/**
 * Finds the Chromium to launch. CHROMIUM_PATH, when set (and not empty), is the only candidate,
 * otherwise /usr/bin/chromium. Either way, Debian's /usr/bin/chromium shell launcher is replaced
 * by the binary it would exec.
 */
export function resolveChromium(env: NodeJS.ProcessEnv = process.env): ChromiumResolution {
  const fromEnv = env[CHROMIUM_PATH_ENV]?.trim();
  if (fromEnv) {
    return isExecutableFile(fromEnv)
      ? { found: true, executablePath: unwrap(fromEnv), requested: fromEnv, source: 'env' }
      : {
          found: false,
          requested: fromEnv,
          source: 'env',
          reason: `${CHROMIUM_PATH_ENV}=${fromEnv} is not an executable file`,
        };
  }
  const requested = DEFAULT_CHROMIUM_PATH;
  if (!isExecutableFile(requested)) {
    return {
      found: false,
      requested,
      source: 'default',
      reason: `${requested} does not exist (or is not executable) and ${CHROMIUM_PATH_ENV} is not set`,
    };
  }
  return { found: true, executablePath: unwrap(requested), requested, source: 'default' };
}

/** The executable to launch, or an error that says how to get one. */
export function chromiumExecutablePath(env: NodeJS.ProcessEnv = process.env): string {
  const resolution = resolveChromium(env);
  if (resolution.found) return resolution.executablePath;
  throw new Error(
    `No Chromium for the e2e tests: ${resolution.reason}.\n` +
      `Install Debian's package (sudo apt-get install chromium) or set ` +
      `${CHROMIUM_PATH_ENV}=/path/to/chromium. Never run "playwright install".`,
  );
}

/**
 * Options for Playwright's `chromium.launch()` / `use.launchOptions`. When no browser is found
 * the path that was looked for is still returned, so Playwright's own launch error names it.
 */
export function chromiumLaunchOptions(env: NodeJS.ProcessEnv = process.env): {
  executablePath: string;
  args: string[];
} {
  const resolution = resolveChromium(env);
  return {
    executablePath: resolution.found ? resolution.executablePath : resolution.requested,
    args: [...CHROMIUM_ARGS],
  };
}

/** "Chromium 156.0.8078.79", or undefined when the binary will not say. */
export function chromiumVersion(executablePath: string): string | undefined {
  try {
    const out = execFileSync(executablePath, ['--version'], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
      timeout: 15_000,
    });
    return out.trim() || undefined;
  } catch {
    return undefined;
  }
}

/** One line for logs: which browser, from where, which version. */
export function describeChromium(env: NodeJS.ProcessEnv = process.env): string {
  const resolution = resolveChromium(env);
  if (!resolution.found) return `chromium: none (${resolution.reason})`;
  const via =
    resolution.executablePath === resolution.requested ? '' : ` (via ${resolution.requested})`;
  const from = resolution.source === 'env' ? ` from ${CHROMIUM_PATH_ENV}` : '';
  const version = chromiumVersion(resolution.executablePath) ?? 'unknown version';
  return `chromium: ${resolution.executablePath}${via}${from}, ${version}`;
}

const invokedDirectly =
  process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href;

if (invokedDirectly) {
  console.log(describeChromium());
  process.exitCode = resolveChromium().found ? 0 : 1;
}

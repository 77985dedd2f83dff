import { defineConfig } from '@playwright/test';
import { APP_HOST, chromiumLaunchOptions } from './tests/e2e/chromium.ts';

// Run through `npm run test:e2e` (tests/e2e/run.ts), which finds the browser first and prints
// the summary line read from the JSON report below.

const isCI = process.env.CI === 'true';
// E2E_PORT and E2E_OUT_DIR let two runs on one machine use their own server and build.
const PORT = Number(process.env.E2E_PORT ?? 4173);
const OUT_DIR = process.env.E2E_OUT_DIR ?? 'dist';
const baseURL = `http://${APP_HOST}:${PORT}`;

/** Also read by tests/e2e/run.ts: keep the two in step. */
export const E2E_JSON_REPORT = 'test-results/e2e.json';

export default defineConfig({
  testDir: './tests/e2e',
  testMatch: '*.spec.ts',
  // WebGL runs on SwiftShader (CPU) and the machine has 2 cores: one browser at a time.
  workers: 1,
  fullyParallel: false,
  forbidOnly: isCI,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 15_000 },
  reporter: [['list'], ['json', { outputFile: E2E_JSON_REPORT }]],
  outputDir: 'test-results/artifacts',
  use: {
    baseURL,
    viewport: { width: 1280, height: 800 },
    launchOptions: chromiumLaunchOptions(),
    screenshot: 'only-on-failure',
    trace: 'off',
    video: 'off',
    // The build's service worker would answer requests before page.route sees them; offline.spec
    // allows it.
    serviceWorkers: 'block',
  },
  projects: [{ name: 'chromium' }],
  webServer: {
    command: `npx vite build --outDir ${OUT_DIR} --emptyOutDir && npx vite preview --outDir ${OUT_DIR} --port ${PORT} --strictPort --host ${APP_HOST}`,
    url: baseURL,
    reuseExistingServer: !isCI,
    timeout: 180_000,
    stdout: 'ignore',
    stderr: 'pipe',
  },
});

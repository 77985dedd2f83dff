// `npm run screenshot`: builds the app, serves it, and saves the README screenshot from Debian's Chromium.
import { execSync, spawn } from 'node:child_process';
import { chromium } from 'playwright-core';
import { chromiumLaunchOptions } from './e2e/chromium';

const out = process.argv[2] ?? 'tests/screenshots/app.png';
const query = process.argv[3] ?? '?place=wuhan';
execSync('npx vite build', { stdio: 'inherit' });
const server = spawn('node_modules/.bin/vite', ['preview', '--port', '4174', '--strictPort'], {
  stdio: 'ignore',
});
try {
  await new Promise((r) => setTimeout(r, 1500));
  const browser = await chromium.launch(chromiumLaunchOptions());
  const page = await browser.newPage({ viewport: { width: 1440, height: 860 } });
  await page.goto(`http://127.0.0.1:4174/${query}`);
  await page.waitForFunction(() => document.documentElement.dataset.map === 'idle', null, {
    timeout: 60_000,
  });
  await page.waitForTimeout(1500);
  await page.screenshot({ path: out });
  await browser.close();
  console.log(`wrote ${out}`);
} finally {
  server.kill();
}

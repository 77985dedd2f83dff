// `npm run screenshot`: builds the app, serves it, and saves the README screenshots from Debian's Chromium.
// `npm run screenshot -- <file> <query>` saves one desktop screenshot of that view instead.
import { execSync, spawn } from 'node:child_process';
import { chromium, type BrowserContextOptions } from 'playwright-core';
import { chromiumLaunchOptions } from './e2e/chromium';

interface Shot {
  out: string;
  query: string;
  context: BrowserContextOptions;
}

const desktop: BrowserContextOptions = { viewport: { width: 1440, height: 860 } };
/** A phone held upright, driven by touch (Chromium's mobile emulation). */
const phone: BrowserContextOptions = {
  viewport: { width: 390, height: 844 },
  deviceScaleFactor: 2,
  isMobile: true,
  hasTouch: true,
};

const shots: Shot[] = process.argv[2]
  ? [{ out: process.argv[2], query: process.argv[3] ?? '?place=wuhan', context: desktop }]
  : [
      { out: 'tests/screenshots/app.png', query: '?place=wuhan', context: desktop },
      { out: 'tests/screenshots/phone.png', query: '?place=wuhan', context: phone },
    ];
const port = Number(process.env.SCREENSHOT_PORT ?? 4174);

execSync('npx vite build', { stdio: 'inherit' });
const server = spawn(
  'node_modules/.bin/vite',
  ['preview', '--port', String(port), '--strictPort'],
  { stdio: 'ignore' },
);
let exited = false;
server.on('exit', () => (exited = true));
try {
  await new Promise((r) => setTimeout(r, 1500));
  // Another server on the port would be photographed instead: stop instead.
  if (exited) throw new Error(`vite preview could not start on port ${port} (SCREENSHOT_PORT)`);
  const browser = await chromium.launch(chromiumLaunchOptions());
  for (const shot of shots) {
    const context = await browser.newContext(shot.context);
    const page = await context.newPage();
    await page.goto(`http://127.0.0.1:${port}/${shot.query}`);
    await page.waitForFunction(() => document.documentElement.dataset.map === 'idle', null, {
      timeout: 60_000,
    });
    await page.waitForTimeout(1500);
    await page.screenshot({ path: shot.out });
    await context.close();
    console.log(`wrote ${shot.out}`);
  }
  await browser.close();
} finally {
  server.kill();
}

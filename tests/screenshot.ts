// `npm run screenshot`: builds the app, serves it, and saves the README pictures from Debian's
// Chromium: the opening map on a projector, a place on a laptop, a 1920×1080 slide, a presentation
// step, a printed page (pdftoppm, from Debian's poppler-utils) and a phone.
// `npm run screenshot -- <file> <query>` saves one desktop screenshot of that view instead.
import { execFileSync, execSync, spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContextOptions, type Page } from 'playwright-core';
import { chromiumLaunchOptions } from './e2e/chromium';

interface Shot {
  out: string;
  query: string;
  context: BrowserContextOptions;
  /** How the picture is taken once the map is idle (default: a screenshot of the window). */
  take?: (page: Page, out: string) => Promise<void>;
}

const projector: BrowserContextOptions = { viewport: { width: 1280, height: 720 } };
const laptop: BrowserContextOptions = { viewport: { width: 1440, height: 860 } };
/** A phone held upright, driven by touch (Chromium's mobile emulation). */
const phone: BrowserContextOptions = {
  viewport: { width: 390, height: 844 },
  deviceScaleFactor: 2,
  isMobile: true,
  hasTouch: true,
};

/** The slide that Download PNG makes at 1920×1080, with the dialog's defaults. */
async function slide(page: Page, out: string) {
  await page.getByRole('button', { name: 'Export', exact: true }).click();
  await page.waitForFunction(
    () => 'exportPng' in ((window as { pilotAtlas?: object }).pilotAtlas ?? {}),
  );
  const bytes = await page.evaluate(async () => {
    type Hook = (o: object) => Promise<{ blob: Blob }>;
    const hook = (window as unknown as { pilotAtlas: { exportPng: Hook } }).pilotAtlas.exportPng;
    const { blob } = await hook({ width: 1920, height: 1080, scale: 1, title: document.title });
    return Array.from(new Uint8Array(await blob.arrayBuffer()));
  });
  writeFileSync(out, Uint8Array.from(bytes));
}

/** The first page of the printed PDF (A4), as the browser prints it. */
async function printed(page: Page, out: string) {
  const dir = mkdtempSync(join(tmpdir(), 'pilot-atlas-print-'));
  try {
    await page.pdf({ path: join(dir, 'page.pdf'), format: 'A4', printBackground: true });
    execFileSync('pdftoppm', [
      '-png',
      '-r',
      '90',
      '-f',
      '1',
      '-l',
      '1',
      '-singlefile',
      join(dir, 'page.pdf'),
      out.replace(/\.png$/, ''),
    ]);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const shots: Shot[] = process.argv[2]
  ? [{ out: process.argv[2], query: process.argv[3] ?? '?place=wuhan', context: laptop }]
  : [
      { out: 'tests/screenshots/map.png', query: '', context: projector },
      { out: 'tests/screenshots/app.png', query: '?place=wuhan', context: laptop },
      { out: 'tests/screenshots/slide.png', query: '', context: laptop, take: slide },
      { out: 'tests/screenshots/presentation.png', query: '?present=1&step=1', context: projector },
      {
        out: 'tests/screenshots/print.png',
        query: '?place=rongcheng',
        context: laptop,
        take: printed,
      },
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
  // On a busy machine the server takes a while; another server on the port would be photographed
  // instead, so a preview that exits stops the run.
  for (let tries = 0; ; tries++) {
    if (exited) throw new Error(`vite preview could not start on port ${port} (SCREENSHOT_PORT)`);
    const up = await fetch(`http://127.0.0.1:${port}/`).then(
      (r) => r.ok,
      () => false,
    );
    if (up) break;
    if (tries > 300) throw new Error(`vite preview did not answer on port ${port} in 30 s`);
    await new Promise((r) => setTimeout(r, 100));
  }
  await new Promise((r) => setTimeout(r, 500));
  if (exited) throw new Error(`vite preview could not start on port ${port} (SCREENSHOT_PORT)`);
  const browser = await chromium.launch(chromiumLaunchOptions());
  for (const shot of shots) {
    const context = await browser.newContext({ ...shot.context, serviceWorkers: 'block' });
    const page = await context.newPage();
    await page.goto(`http://127.0.0.1:${port}/${shot.query}`);
    await page.waitForFunction(() => document.documentElement.dataset.map === 'idle', null, {
      timeout: 60_000,
    });
    await page.waitForTimeout(1500);
    await (shot.take ?? ((p, out) => p.screenshot({ path: out }).then(() => undefined)))(
      page,
      shot.out,
    );
    await context.close();
    console.log(`wrote ${shot.out}`);
  }
  await browser.close();
} finally {
  server.kill();
}

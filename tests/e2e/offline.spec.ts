import type { BrowserContext, Page } from '@playwright/test';
import { expect, test, waitForMapIdle } from './fixtures.ts';

// The build's service worker (src/build/offlinePlugin.ts) precaches the atlas after the first visit.
test.use({ serviceWorkers: 'allow', allowedConsoleErrors: [/ERR_INTERNET_DISCONNECTED/] });

const PLACE = '/?place=wuhan&lang=both';

/** Loads the atlas online and waits until the service worker has cached it and serves the page. */
async function firstVisit(page: Page) {
  await page.goto(PLACE);
  await waitForMapIdle(page);
  // The worker controls the page once it is activated, i.e. once everything is in its cache.
  await page.waitForFunction(() => !!navigator.serviceWorker.controller, null, { timeout: 30_000 });
}

interface Downloads {
  png: Buffer;
  svg: string;
}

/** Downloads a 1920×1080 PNG (1×) and the SVG through the export dialog, as a user does. */
async function exportBoth(page: Page): Promise<Downloads> {
  await page.getByRole('button', { name: 'Export', exact: true }).click();
  const dialog = page.getByTestId('export-dialog');
  await expect(dialog).toBeVisible();
  await dialog.getByLabel('1×').check();
  const download = async (name: string) => {
    const [file] = await Promise.all([
      page.waitForEvent('download'),
      dialog.getByRole('button', { name }).click(),
    ]);
    const path = await file.path();
    const { readFileSync } = await import('node:fs');
    return readFileSync(path);
  };
  const png = await download('Download PNG');
  const svg = (await download('Download SVG')).toString('utf8');
  await expect(dialog.getByTestId('export-status')).not.toHaveClass(/failed/);
  return { png, svg };
}

/** Share of pixels (0..1) whose channels differ by more than 24 between two PNGs of one size. */
async function pixelDifference(page: Page, a: Buffer, b: Buffer) {
  return page.evaluate(
    async ([a, b]) => {
      const pixels = async (base64: string) => {
        const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
        const bitmap = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
        const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
        const ctx = canvas.getContext('2d')!;
        ctx.drawImage(bitmap, 0, 0);
        return ctx.getImageData(0, 0, bitmap.width, bitmap.height);
      };
      const [x, y] = await Promise.all([pixels(a), pixels(b)]);
      if (x.width !== y.width || x.height !== y.height)
        return { size: [x.width, x.height], share: 1 };
      let differing = 0;
      for (let i = 0; i < x.data.length; i += 4)
        if ([0, 1, 2].some((c) => Math.abs(x.data[i + c]! - y.data[i + c]!) > 24)) differing++;
      return { size: [x.width, x.height], share: differing / (x.width * x.height) };
    },
    [a.toString('base64'), b.toString('base64')] as const,
  );
}

/** Whether the page has Noto Sans SC loaded for `text` at `weight` (no fallback font). */
function webFontReady(page: Page, weight: number, text: string) {
  return page.evaluate(
    ([weight, text]) => document.fonts.check(`${weight} 16px "Noto Sans SC"`, text),
    [weight, text] as const,
  );
}

/**
 * The fonts Chromium drew an element's text with (DevTools protocol), as "Regular"/"Bold" when
 * Noto Sans SC from the app's files, or the system font's family name.
 */
async function drawnWith(page: Page, selector: string): Promise<string[]> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('DOM.enable');
  await cdp.send('CSS.enable');
  const { root } = await cdp.send('DOM.getDocument', { depth: -1 });
  const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector });
  const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId });
  await cdp.detach();
  return fonts
    .map((font) =>
      font.isCustomFont && font.familyName.startsWith('Noto Sans SC')
        ? /Bold/.test(font.postScriptName)
          ? 'Bold'
          : 'Regular'
        : font.familyName,
    )
    .sort();
}

async function onlineExport(context: BrowserContext): Promise<Downloads> {
  const page = await context.newPage();
  await page.goto(PLACE);
  await waitForMapIdle(page);
  const downloads = await exportBoth(page);
  await page.close();
  return downloads;
}

test.describe('offline after the first visit', () => {
  test('exports a PNG and an SVG in Noto Sans SC with the network cut', async ({
    page,
    context,
    browser,
  }) => {
    const online = await browser.newContext({ acceptDownloads: true });
    const reference = await onlineExport(online);
    await online.close();

    await firstVisit(page);
    await context.setOffline(true);
    const offline = await exportBoth(page);
    await expect(page.getByTestId('export-font-fallback')).toHaveCount(0);
    // Text as paths, offline too: fontkit (precached) reads the subsets from the cache.
    const dialog = page.getByTestId('export-dialog');
    await dialog.getByRole('checkbox', { name: /SVG text as paths/ }).check();
    const [file] = await Promise.all([
      page.waitForEvent('download'),
      dialog.getByRole('button', { name: 'Download SVG' }).click(),
    ]);
    const { readFileSync } = await import('node:fs');
    const paths = readFileSync(await file.path(), 'utf8');
    expect(paths).not.toContain('<text');
    expect(paths).toMatch(/<path [^>]*aria-label="Wuhan 武汉市/);

    const difference = await pixelDifference(page, reference.png, offline.png);
    expect(difference.size).toEqual([1920, 1080]);
    // Labels and titles drawn in a fallback font change thousands of pixels; the same font, none.
    expect(difference.share).toBeLessThan(0.0005);
    expect(offline.svg).toContain('Noto Sans SC');
    expect(offline.svg).toContain('武汉');
    expect(offline.svg.length).toBeGreaterThan(reference.svg.length * 0.9);

    // The panel's bold title and the Chinese name: in the web font, fetched from the cache.
    await page.keyboard.press('Escape');
    await expect.poll(() => drawnWith(page, '#panel-title')).toEqual(['Bold', 'Regular']);
    // The export's bold title and labels had the bold Chinese subsets from the cache.
    await expect.poll(() => webFontReady(page, 700, '武汉市')).toBe(true);
  });

  test('a second visit with no network opens, selects and presents', async ({ page, context }) => {
    await firstVisit(page);
    await context.setOffline(true);
    await page.goto('/?present=1&step=2');
    await expect(page.getByTestId('presentation-step')).toHaveText('2 / 4');
    const callout = page.getByTestId('presentation-callout');
    await expect(callout).toBeVisible();
    await expect
      .poll(() => drawnWith(page, '[data-testid=presentation-callout] h2'))
      .toEqual(['Bold', 'Regular']);
    await page.keyboard.press('Escape');
    await waitForMapIdle(page);
    await page
      .getByTestId('place-list')
      .getByRole('button', { name: /Rongcheng/ })
      .click();
    await expect(page.getByTestId('details-panel')).toContainText('base 1,000');
    // Its other excerpts: the excerpts' file, fetched only now, comes from the worker's cache.
    await expect(page.getByTestId('details-panel')).toContainText('list of shame');
    await expect.poll(() => drawnWith(page, '#panel-title')).toEqual(['Bold', 'Regular']);
  });
});

/**
 * Finding your way zoomed in: province names, major rivers and lakes, fetched only once the map is
 * zoomed in past the opening view (cartography/basemap.ts, map/basemapDetail.ts).
 */
import type { BrowserContext, Page } from '@playwright/test';
import { expect, test, waitForMapIdle, waitForMapSettled, withMap } from './fixtures.ts';

test.use({ viewport: { width: 1280, height: 720 } });

/** The URLs of the detail files (waters, province labels) the page has asked for so far. */
function detailRequests(context: BrowserContext): string[] {
  const urls: string[] = [];
  context.on('request', (request) => {
    if (/\/(waters|province-labels)[^/]*\.geojson/.test(request.url())) urls.push(request.url());
  });
  return urls;
}

/** Folds the legend, for screenshots of the map. */
async function foldLegend(page: Page) {
  await page
    .getByRole('region', { name: 'Legend' })
    .getByRole('button', { name: /Legend/ })
    .click();
}

/** Frames Wuhan at `zoom` and waits until the map has drawn it. */
async function zoomOnWuhan(page: Page, zoom: number) {
  await withMap(page, (map, z) => map.jumpTo({ center: [114.3, 30.6], zoom: z }), zoom);
  await waitForMapSettled(page);
}

/** Distinct `properties[key]` of what the map draws in `layer`. */
async function rendered(page: Page, layer: string, key: string): Promise<string[]> {
  const values = await withMap(
    page,
    (map, [l, k]) =>
      map.queryRenderedFeatures({ layers: [l!] }).map((f) => String(f.properties?.[k!])),
    [layer, key],
  );
  return [...new Set(values)].sort();
}

test('the opening view fetches no river or province-name data; zoomed in on Wuhan, the map names provinces and draws the Yangtze', async ({
  page,
  context,
}, testInfo) => {
  const requested = detailRequests(context);
  await page.goto('/');
  await waitForMapIdle(page);
  await foldLegend(page);
  await waitForMapSettled(page);
  expect(requested, 'nothing of the zoomed-in basemap at the opening view').toEqual([]);
  expect(await rendered(page, 'province-labels-symbol', 'id')).toEqual([]);

  await zoomOnWuhan(page, 6);
  expect(requested.length, 'fetched once zoomed in').toBe(2);
  expect(await rendered(page, 'waters-line', 'kind')).toEqual(['river']);
  expect(await rendered(page, 'waters-fill', 'kind')).toEqual(['lake']);
  const provinces = await rendered(page, 'province-labels-symbol', 'id');
  expect(provinces).toEqual(expect.arrayContaining(['anhui', 'hunan', 'jiangxi']));
  await page.screenshot({ path: testInfo.outputPath('wuhan-light.png') });

  // Closer in, nothing more is fetched.
  await zoomOnWuhan(page, 7);
  expect(requested.length).toBe(2);
  await page.screenshot({ path: testInfo.outputPath('wuhan-z7-light.png') });
});

test('province names give way to place labels and markers, and follow the language and theme', async ({
  page,
}, testInfo) => {
  await page.goto('/?lang=zh');
  await waitForMapIdle(page);
  await page.getByLabel('Theme').selectOption('dark');
  await foldLegend(page);
  // Shanxi's name would sit on the Shanxi marker (112.3, 37.6) and its label: it gives way.
  await withMap(page, (map) => map.jumpTo({ center: [112.3, 37.6], zoom: 6 }));
  await waitForMapSettled(page);
  expect(await rendered(page, 'labels-symbol', 'id')).toContain('shanxi');
  const provinces = await rendered(page, 'province-labels-symbol', 'id');
  expect(provinces).toEqual(expect.arrayContaining(['beijing', 'hebei']));
  expect(provinces).not.toContain('shanxi');
  expect(await withMap(page, (map) => map.getGlobalState())).toMatchObject({
    labelLang: 'zh',
    theme: 'dark',
  });
  await page.screenshot({ path: testInfo.outputPath('shanxi-dark-zh.png') });
  await zoomOnWuhan(page, 6);
  await page.screenshot({ path: testInfo.outputPath('wuhan-dark-zh.png') });
});

test.describe('offline', () => {
  // The build's service worker (src/build/offlinePlugin.ts) precaches the detail files too.
  test.use({ serviceWorkers: 'allow', allowedConsoleErrors: [/ERR_INTERNET_DISCONNECTED/] });

  test('after a first visit that never zoomed in, zooming in offline shows rivers and province names', async ({
    page,
    context,
  }) => {
    await page.goto('/');
    await waitForMapIdle(page);
    await page.waitForFunction(() => !!navigator.serviceWorker.controller, null, {
      timeout: 30_000,
    });
    await context.setOffline(true);
    await page.goto('/');
    await waitForMapIdle(page);
    await zoomOnWuhan(page, 6);
    expect(await rendered(page, 'waters-line', 'kind')).toEqual(['river']);
    expect(await rendered(page, 'province-labels-symbol', 'id')).toContain('anhui');
  });
});

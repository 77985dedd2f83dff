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
});

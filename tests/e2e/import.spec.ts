import { expect, test, waitForMapIdle, withMap } from './fixtures.ts';

const HEADER = 'id,name_en,name_zh,lon,lat,level,status,red_share,black_share,mechanisms';
const HOSTILE_NAME =
  '<img src=x onerror=alert(1)><script>alert(2)</script> \u202Eevil\u200B 🚩 Llanfairpwllgwyngyllgogerychwyrndrobwllllantysiliogogogoch';

function csv(...rows: string[]) {
  return {
    name: 'my-places.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from([HEADER, ...rows].join('\n')),
  };
}

test.describe('bringing your own places', () => {
  test.beforeEach(async ({ page }) => {
    await page.goto('/');
    await waitForMapIdle(page);
  });

  test('a valid file adds a separate, removable layer with the same panel and filters', async ({
    page,
  }) => {
    await page
      .getByTestId('import-input')
      .setInputFiles(csv('my-town,My Town,我的镇,116.9,36.6,town,pilot,80,20,red-list'));
    await expect(page.getByTestId('import-status')).toContainText('1 of your places');
    const list = page.getByTestId('place-list');
    await expect(list.getByRole('button', { name: /My Town/ })).toContainText('your data');
    await expect
      .poll(() =>
        withMap(page, (map) => map.querySourceFeatures('user').map((f) => f.properties?.id)),
      )
      .toContain('my-town');

    await list.getByRole('button', { name: /My Town/ }).click();
    const panel = page.getByTestId('details-panel');
    await expect(panel).toContainText('Red 80%');
    await expect(page.getByTestId('user-data-note')).toBeVisible();

    await page.locator('button[data-mechanism=red-list]').click();
    await expect(list.getByRole('button')).toHaveCount(3);

    await page.getByRole('button', { name: 'Remove them' }).click();
    await expect(list.getByRole('button')).toHaveCount(2);
    await expect(list).not.toContainText('My Town');
  });

  test('an invalid file lists its first problems and leaves the map as it was', async ({
    page,
  }) => {
    await page
      .getByTestId('import-input')
      .setInputFiles(csv('a,A,,east,30,,,,,', 'wuhan,Wuhan,,114,30,,,,,'));
    const problems = page.getByTestId('import-problems');
    await expect(problems).toContainText('row 2, lon: expected a longitude from -180 to 180');
    await expect(problems).toContainText('row 3, id: "wuhan" is already used');
    await expect(page.getByTestId('place-list').getByRole('button')).toHaveCount(12);
    const userFeatures = await withMap(page, (map) => map.querySourceFeatures('user').length);
    expect(userFeatures).toBe(0);
  });

  test('hostile names are shown as text: no script runs, no dialog opens', async ({
    page,
    pageProblems,
  }) => {
    await page
      .getByTestId('import-input')
      .setInputFiles(csv(`hostile,"${HOSTILE_NAME}",,110,35,,,,,`));
    const button = page.getByTestId('place-list').getByRole('button', { name: /Llanfair/ });
    await button.click();
    const title = page.locator('#panel-title');
    await expect(title).toContainText('<img src=x onerror=alert(1)>');
    await expect(title).toContainText('🚩');
    await expect(page.locator('img[src=x]')).toHaveCount(0);
    await expect(page.locator('#panel-title script')).toHaveCount(0);
    // The longest word wraps inside the panel instead of widening it.
    const overflow = await page
      .getByTestId('details-panel')
      .evaluate((el) => el.scrollWidth - el.clientWidth);
    expect(overflow).toBeLessThanOrEqual(1);
    expect(pageProblems.dialogs).toEqual([]);
  });
});

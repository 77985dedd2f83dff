import { expect, test, waitForMapIdle } from './fixtures.ts';

test('presentation mode steps through the core pilots with the arrow keys, and the URL follows', async ({
  page,
}) => {
  await page.goto('/');
  await waitForMapIdle(page);
  await page.getByRole('button', { name: 'Present' }).click();
  await page.getByRole('button', { name: 'Start presentation' }).click();
  const callout = page.getByTestId('presentation-callout');
  const step = page.getByTestId('presentation-step');
  await expect(page.locator('.sidebar')).toBeHidden();
  const tour = ['Rongcheng', 'Jiangsu', 'Shanghai Pudong', 'Wuhan'];
  for (const [i, name] of tour.entries()) {
    await expect(callout.locator('h2')).toContainText(name);
    await expect(step).toHaveText(`${i + 1} / 4`);
    expect(new URL(page.url()).searchParams.get('present')).toBe('1');
    expect(new URL(page.url()).searchParams.get('step') ?? '1').toBe(String(i + 1));
    await page.keyboard.press('ArrowRight');
  }
  await expect(step).toHaveText('4 / 4');
  await page.keyboard.press('ArrowLeft');
  await expect(callout.locator('h2')).toContainText('Shanghai Pudong');
  await expect(callout).toContainText('black list 75%');

  // A slide can link straight to a step of a custom tour.
  await page.goto('/?present=1&tour=wuhan,anqing&step=2');
  await expect(callout.locator('h2')).toContainText('Anqing');
  await expect(step).toHaveText('2 / 2');

  await page.keyboard.press('Escape');
  await expect(page.getByTestId('presentation')).toHaveCount(0);
  await expect(page.locator('.sidebar')).toBeVisible();
  expect(new URL(page.url()).searchParams.get('present')).toBeNull();
});

test('the map canvas has a text alternative that follows the filters', async ({ page }) => {
  await page.goto('/');
  await waitForMapIdle(page);
  const canvas = page.locator('canvas.maplibregl-canvas');
  await expect(canvas).toHaveAttribute('aria-label', /all 12 places/);
  await page.locator('button[data-mechanism=red-list]').click();
  await expect(canvas).toHaveAttribute(
    'aria-label',
    /2 of 12 places matching the filters: Shanghai Pudong, Wuhan/,
  );
});

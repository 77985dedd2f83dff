import { expect, test } from './fixtures.ts';

const search = (url: string) => new URL(url).searchParams;

test.describe('out-of-range link parameters', () => {
  test('a step past the tour is corrected on screen and in the address bar', async ({ page }) => {
    await page.goto('/?present=1&step=9999');
    await expect(page.getByTestId('presentation-step')).toHaveText('4 / 4');
    await expect.poll(() => search(page.url()).get('step')).toBe('4');
  });

  test('unknown or impossible values leave the address bar', async ({ page }) => {
    await page.goto('/?place=atlantis&lang=klingon&view=999,0,3&compare=wuhan,wuhan&m=telepathy');
    await expect.poll(() => [...search(page.url()).keys()].sort()).toEqual([]);
    await expect(page.getByTestId('place-list').getByRole('button')).toHaveCount(12);
  });
});

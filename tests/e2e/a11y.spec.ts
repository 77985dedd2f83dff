import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test, waitForMapIdle } from './fixtures.ts';

/** The states a user reaches most, each opened from a link so the check covers what they see. */
const VIEWS: [string, string][] = [
  ['the main view', '/'],
  ['a selected place', '/?place=rongcheng'],
  ['filters applied', '/?m=red-list,black-list&mode=all&q=wu'],
  ['the comparison', '/?compare=wuhan,shanghai-pudong'],
  ['the national context', '/?place=wuhan'],
  ['presentation mode', '/?present=1&step=2'],
];

async function violations(page: Page) {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa'])
    .analyze();
  return results.violations.map(
    (v) =>
      `${v.id}: ${v.help} — ${v.nodes
        .map((n) => n.target.join(' '))
        .slice(0, 3)
        .join(' | ')}`,
  );
}

for (const scheme of ['light', 'dark'] as const) {
  test.describe(`accessibility in the ${scheme} theme`, () => {
    test.use({ colorScheme: scheme });

    for (const [name, url] of VIEWS) {
      test(`axe finds no violation in ${name}`, async ({ page }) => {
        await page.goto(url);
        await waitForMapIdle(page);
        if (name === 'the national context')
          await page.getByRole('button', { name: 'National context' }).click();
        await expect(page.locator('html')).toHaveAttribute('data-theme', scheme);
        expect(await violations(page)).toEqual([]);
      });
    }
  });
}

test('the match-mode radios form one group: one tab stop, arrow keys move between them', async ({
  page,
}) => {
  await page.goto('/');
  await waitForMapIdle(page);
  const any = page.getByRole('radio', { name: 'Match any' });
  const all = page.getByRole('radio', { name: 'Match all' });
  await any.focus();
  await page.keyboard.press('ArrowRight');
  await expect(all).toBeFocused();
  await expect(all).toBeChecked();
  await page.keyboard.press('ArrowLeft');
  await expect(any).toBeFocused();
  await expect(any).toBeChecked();
  // One group is one tab stop: Tab leaves it for the next control (Clear filters is disabled).
  await page.keyboard.press('Tab');
  await expect(page.getByRole('searchbox', { name: 'Search names and excerpts' })).toBeFocused();
  expect(new URL(page.url()).searchParams.get('mode'), 'back to the default').toBeNull();
});

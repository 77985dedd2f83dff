import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';
import { expect, test, waitForMapIdle } from './fixtures.ts';
import { detailsPanel, openInFreshContext } from './explore-helpers.ts';

/** Wuhan's excerpt that gives its 72 % red-list share. */
function wuhan72(page: Page): Locator {
  return detailsPanel(page)
    .locator('figure')
    .filter({ has: page.locator('blockquote', { hasText: '72%' }) })
    .first();
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const readingView = (page: Page) => page.getByTestId('reading-view');
const currentMark = (page: Page) => readingView(page).locator('mark.current');

async function openWuhan72(page: Page) {
  await page.goto('/?place=wuhan');
  const excerpt = wuhan72(page);
  await excerpt.getByRole('button', { name: 'Read in context' }).click();
  await expect(readingView(page)).toBeVisible();
  return excerpt;
}

/** Whether an element shows, at least in part, inside the reading view's scrolling text. */
async function inTextView(element: Locator): Promise<boolean> {
  return element.evaluate((node) => {
    const box = node.getBoundingClientRect();
    const view = node.closest('.text')!.getBoundingClientRect();
    return box.bottom > view.top + 4 && box.top < view.bottom - 4;
  });
}

test.describe('read in context', () => {
  test("Wuhan's 72 % excerpt opens its document at that passage, marked, with the paragraphs around it", async ({
    page,
  }) => {
    await openWuhan72(page);
    const view = readingView(page);
    await expect(view.getByRole('heading', { level: 2 })).not.toBeEmpty();
    await expect(currentMark(page)).toContainText('72%');
    await expect(page.getByTestId('reading-position')).toHaveText(
      /^Passage \d+ of \d+: .*Wuhan · red-list share/,
    );
    const paragraph = view.locator('.text > p').filter({ has: page.locator('mark.current') });
    await expect.poll(() => inTextView(currentMark(page))).toBe(true);
    // The paragraphs before and after are in view too.
    await expect
      .poll(() => inTextView(paragraph.locator('xpath=preceding-sibling::p[1]')))
      .toBe(true);
    await expect
      .poll(() => inTextView(paragraph.locator('xpath=following-sibling::p[1]')))
      .toBe(true);
    // The document is text: no element but the marks and their labels inside a paragraph.
    expect(await view.locator('.text p *:not(mark, .uses, .uses *)').count()).toBe(0);
    const url = new URL(page.url());
    expect(url.searchParams.get('doc')).toBeTruthy();
    expect(Number(url.searchParams.get('passage') ?? 1)).toBeGreaterThanOrEqual(1);
  });

  test('the link restores the view in a fresh page; Back returns to where the user was', async ({
    page,
    browser,
    pageProblems,
  }) => {
    await openWuhan72(page);
    const fresh = await openInFreshContext(browser, page.url(), pageProblems);
    await expect(currentMark(fresh.page)).toContainText('72%');
    await expect(fresh.page.getByTestId('reading-position')).toContainText('Wuhan');
    await fresh.close();

    await page.goBack();
    await expect(readingView(page)).toBeHidden();
    expect(new URL(page.url()).searchParams.get('doc')).toBeNull();
    expect(new URL(page.url()).searchParams.get('place')).toBe('wuhan');
    await expect(wuhan72(page)).toBeVisible();
  });

  test('closing returns the focus to the control that opened it, and keeps the selection', async ({
    page,
  }) => {
    const excerpt = await openWuhan72(page);
    await page.keyboard.press('Escape');
    await expect(readingView(page)).toBeHidden();
    await expect(excerpt.getByRole('button', { name: 'Read in context' })).toBeFocused();
    await expect(detailsPanel(page)).toBeVisible();

    await excerpt.getByRole('button', { name: 'Read in context' }).click();
    await readingView(page).getByRole('button', { name: 'Close the document' }).click();
    await expect(excerpt.getByRole('button', { name: 'Read in context' })).toBeFocused();
  });

  test('previous and next step through the passages the atlas quotes, and say where they are', async ({
    page,
  }) => {
    await openWuhan72(page);
    const position = page.getByTestId('reading-position');
    await expect(position).toHaveAttribute('aria-live', 'polite');
    const [, first, count] = /^Passage (\d+) of (\d+)/.exec((await position.textContent()) ?? '')!;
    const next = readingView(page).getByRole('button', { name: 'Next passage' });
    const previous = readingView(page).getByRole('button', { name: 'Previous passage' });
    test.skip(Number(count) < 2, 'the document has one passage');
    const step = Number(first) < Number(count) ? next : previous;
    const expected = Number(first) < Number(count) ? Number(first) + 1 : Number(first) - 1;
    await step.focus();
    await page.keyboard.press('Enter');
    await expect(position).toHaveText(new RegExp(`^Passage ${expected} of ${count}: `));
    await expect(currentMark(page)).toHaveAttribute('data-passage', String(expected));
    await expect.poll(() => inTextView(currentMark(page))).toBe(true);
    expect(new URL(page.url()).searchParams.get('passage') ?? '1').toBe(String(expected));
  });

  test("another passage's label links back to the place it supports", async ({ page }) => {
    await openWuhan72(page);
    const label = readingView(page)
      .locator('.uses button')
      .filter({ hasNotText: /^Wuhan · / })
      // A national fact reads "National context", then "National context · <fact>" once loaded.
      .filter({ hasNotText: /^National context/ })
      .first();
    const name = (await label.textContent())!.split(' · ')[0]!;
    await label.click();
    await expect(readingView(page)).toBeHidden();
    await expect(detailsPanel(page).locator('#panel-title')).toContainText(name);
    expect(new URL(page.url()).searchParams.get('doc')).toBeNull();
  });

  test("a national fact's label opens the context at that fact, in view and focused", async ({
    page,
  }) => {
    await openWuhan72(page);
    // The last fact label of the document: far enough down the context panel that it must scroll.
    const label = readingView(page)
      .locator('.uses button')
      .filter({ hasText: /^National context · / })
      .last();
    // The context arrives on demand: until then a fact's label names the section alone.
    await expect(label).toHaveText(/^National context · \S/);
    const factLabel = (await label.textContent())!.split(' · ')[1]!;
    await label.click();
    await expect(readingView(page)).toBeHidden();
    const panel = page.getByTestId('context-panel');
    const fact = panel
      .locator('[data-fact]')
      // The heading may go on with a "Sources disagree" flag.
      .filter({
        has: page.locator('h4', { hasText: new RegExp(`^\\s*${escapeRegExp(factLabel)}`) }),
      });
    await expect(fact).toBeFocused();
    await expect(fact).toBeInViewport();
    // The first group's heading has scrolled out of view: the panel moved to the fact.
    await expect(panel.locator('h3').first()).not.toBeInViewport();
    // The fact's anchor is stable: its id is the data's.
    await expect(fact).toHaveAttribute(
      'id',
      `context-fact-${await fact.getAttribute('data-fact')}`,
    );
  });

  test('Copy citation puts the reference, the passage and its permalink on the clipboard', async ({
    page,
    context,
    baseURL,
    browser,
    pageProblems,
  }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL });
    await page.goto('/?place=wuhan');
    await waitForMapIdle(page);
    const excerpt = wuhan72(page);
    await excerpt.getByRole('button', { name: 'Copy citation' }).click();
    await expect(excerpt.getByRole('status')).toHaveText('Copied');
    const text = await page.evaluate(() => navigator.clipboard.readText());
    const [reference, passage, link] = text.split('\n');
    expect(reference).toContain('—');
    expect(passage).toContain('72%');
    expect(link).toMatch(new RegExp(`^${baseURL}/\\?doc=[a-z0-9-]+(&passage=\\d+)?$`));
    const fresh = await openInFreshContext(browser, link!, pageProblems);
    await expect(currentMark(fresh.page)).toContainText('72%');
    await fresh.close();
  });

  test('a bad document or passage in a link falls back on its own', async ({ page }) => {
    await page.goto('/?place=wuhan&doc=atlantis');
    await expect(detailsPanel(page)).toBeVisible();
    await expect(readingView(page)).toBeHidden();
    await page.goto('/?doc=zou-2019&passage=9999');
    await expect(page.getByTestId('reading-position')).toHaveText(/^Passage 1 of /);
    await expect.poll(() => new URL(page.url()).searchParams.get('passage')).toBeNull();
    expect(new URL(page.url()).searchParams.get('doc')).toBe('zou-2019');
  });
});

test('the documents are not part of the first load: one is fetched when it is opened', async ({
  page,
}) => {
  const documents: string[] = [];
  page.on('request', (request) => {
    if (/document-[a-z0-9-]+/.test(request.url())) documents.push(request.url());
  });
  await page.goto('/?place=wuhan');
  await waitForMapIdle(page);
  expect(documents, 'none before the reader asks').toEqual([]);
  await wuhan72(page).getByRole('button', { name: 'Read in context' }).click();
  await expect(currentMark(page)).toContainText('72%');
  expect(documents).toHaveLength(1);
});

test('Download data gives the places and the excerpts as the CSV files in geo/, byte for byte', async ({
  page,
}) => {
  await page.goto('/');
  await page.getByText('Download data').click();
  for (const [name, file] of [
    ['Places (CSV)', 'pilots.csv'],
    ['Excerpts (CSV)', 'excerpts.csv'],
  ] as const) {
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name }).click();
    const saved = await download;
    expect(saved.suggestedFilename()).toBe(file);
    const bytes = readFileSync((await saved.path())!);
    expect(bytes.equals(readFileSync(`geo/${file}`))).toBe(true);
    // The UTF-8 byte-order mark that makes Excel read the Chinese text as UTF-8.
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  }
});

for (const scheme of ['light', 'dark'] as const)
  test(`axe finds no violation in the reading view, ${scheme} theme`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await openWuhan72(page);
    await expect(currentMark(page)).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('data-theme', scheme);
    const results = await new AxeBuilder({ page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa'])
      .analyze();
    expect(
      results.violations.map(
        (v) =>
          `${v.id}: ${v.help} — ${v.nodes
            .map((n) => n.target.join(' '))
            .slice(0, 3)
            .join(' | ')}`,
      ),
    ).toEqual([]);
  });

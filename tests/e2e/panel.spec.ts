/**
 * The details panel and the national context read as a reader reads them (issues 15 §3–5 and
 * 16 §7): our readings marked as such, search matches marked in the quotes, a place opening at
 * its top, the scale's tiers told apart and bounded, the comparison lined up row by row.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';
import { comparePanel, detailsPanel, listButton } from './explore-helpers.ts';
import { expect, test, waitForMapIdle } from './fixtures.ts';

async function open(page: Page, path: string): Promise<void> {
  await page.goto(path);
  await waitForMapIdle(page);
}

/** The drawer that scrolls the panel. */
const drawer = (page: Page) => page.locator('[data-drawer]');

async function drawerViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page })
    .include('[data-drawer]')
    .withTags(['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa'])
    .analyze();
  return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' | ')}`);
}

/** WCAG contrast of each text under `root` against the colour it is painted on. */
async function textContrasts(root: Locator): Promise<{ text: string; ratio: number }[]> {
  return root.evaluate((element) => {
    const channels = (css: string) => {
      const canvas = document.createElement('canvas').getContext('2d')!;
      canvas.fillStyle = css;
      canvas.fillRect(0, 0, 1, 1);
      return [...canvas.getImageData(0, 0, 1, 1).data];
    };
    const luminance = ([r, g, b]: number[]) =>
      [r!, g!, b!]
        .map((c) => c / 255)
        .map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4))
        .reduce((sum, c, i) => sum + c * [0.2126, 0.7152, 0.0722][i]!, 0);
    /** The first opaque background at or above an element. */
    const background = (node: Element | null): number[] => {
      for (; node; node = node.parentElement) {
        const rgba = channels(getComputedStyle(node).backgroundColor);
        if (getComputedStyle(node).backgroundColor !== 'rgba(0, 0, 0, 0)' && rgba[3] === 255)
          return rgba;
      }
      return [255, 255, 255, 255];
    };
    return [...element.querySelectorAll('span')]
      .filter((span) => [...span.childNodes].some((n) => n.nodeType === 3 && n.textContent!.trim()))
      .map((span) => {
        const fg = luminance(channels(getComputedStyle(span).color));
        const bg = luminance(background(span));
        const ratio = (Math.max(fg, bg) + 0.05) / (Math.min(fg, bg) + 0.05);
        return { text: span.textContent!.trim(), ratio: Math.round(ratio * 100) / 100 };
      });
  });
}

test('an inferred place shows its location as our reading, with the reason', async ({ page }) => {
  await open(page, '/?place=suining-county');
  const reading = detailsPanel(page).locator('[data-reading="location"]');
  await expect(reading.getByTestId('reading-badge')).toHaveText('our reading');
  await expect(reading).toContainText('does not name the province');
  // A place the documents locate carries no such mark on its location.
  await listButton(page, 'Wuhan').click();
  await expect(detailsPanel(page).locator('#panel-title')).toContainText('Wuhan');
  await expect(detailsPanel(page).locator('[data-reading="location"]')).toHaveCount(0);
});

test('a newly selected place opens the panel at its top', async ({ page }) => {
  await open(page, '/?place=wuhan');
  await expect(detailsPanel(page).locator('blockquote').first()).toBeVisible();
  await drawer(page).evaluate((d) => (d.scrollTop = 400));
  expect(await drawer(page).evaluate((d) => d.scrollTop), 'scrolled down on Wuhan').toBeGreaterThan(
    100,
  );
  await listButton(page, 'Rongcheng').click();
  await expect(detailsPanel(page).locator('#panel-title')).toContainText('Rongcheng');
  await expect.poll(() => drawer(page).evaluate((d) => d.scrollTop)).toBe(0);
  await expect(detailsPanel(page).locator('#panel-title')).toBeInViewport();
});

for (const scheme of ['light', 'dark'] as const) {
  test.describe(`the ${scheme} theme`, () => {
    test.use({ colorScheme: scheme });

    test("Rongcheng's scale bar: tiers told apart and named, boundaries labelled, text legible", async ({
      page,
    }) => {
      await open(page, '/?place=rongcheng');
      const figure = detailsPanel(page).locator('.scale-figure');
      const boundaries = figure.getByTestId('scale-boundaries');
      await expect(boundaries).toBeVisible();
      const values = (await boundaries.locator('.tick').allInnerTexts()).map(Number);
      expect(values).toEqual([0, 600, 850, 960, 1050]);
      // In order along the bar.
      const lefts = await boundaries
        .locator('.mark')
        .evaluateAll((marks) => marks.map((m) => m.getBoundingClientRect().left));
      expect(lefts).toEqual([...lefts].sort((a, b) => a - b));
      // Each tier differs from its neighbours in colour and in pattern, and is named on the bar.
      const tiers = await figure.locator('.tier').evaluateAll((els) =>
        els.map((el) => ({
          colour: getComputedStyle(el).backgroundColor,
          pattern: getComputedStyle(el).backgroundImage,
        })),
      );
      expect(tiers).toHaveLength(5);
      for (let i = 1; i < tiers.length; i++) {
        expect(tiers[i]!.colour, `tier ${i} colour`).not.toBe(tiers[i - 1]!.colour);
        expect(tiers[i]!.pattern, `tier ${i} pattern`).not.toBe(tiers[i - 1]!.pattern);
      }
      const names = await figure.locator('.name').allInnerTexts();
      expect(names.sort()).toEqual(['A+, A, A-', 'AAA, AA', 'B', 'C', 'D']);
      for (const name of await figure.locator('.name').all()) await expect(name).toBeVisible();
      // Every text on the bar reads at 4.5:1 or more.
      const contrasts = await textContrasts(figure);
      expect(contrasts.length).toBeGreaterThanOrEqual(10);
      expect(contrasts.filter((c) => c.ratio < 4.5)).toEqual([]);
    });

    test('axe finds no violation in the panel of an inferred place, a search hit and the context', async ({
      page,
    }) => {
      await open(page, '/?place=suining-county&q=points');
      await expect(detailsPanel(page).locator('mark').first()).toBeVisible();
      expect(await drawerViolations(page)).toEqual([]);
      await page.getByRole('button', { name: 'National context' }).click();
      await expect(page.getByTestId('context-panel')).toBeVisible();
      expect(await drawerViolations(page)).toEqual([]);
      await page.goto('/?compare=wuhan,rongcheng');
      await expect(comparePanel(page)).toBeVisible();
      expect(await drawerViolations(page)).toEqual([]);
    });
  });
}

test('a search that matches an excerpt marks it in the panel and scrolls to it', async ({
  page,
}) => {
  await open(page, '/');
  await page.getByRole('searchbox').fill('Distribution');
  await listButton(page, 'Wuhan').click();
  const panel = detailsPanel(page);
  const marks = panel.locator('blockquote mark');
  await expect(marks).toHaveCount(1);
  await expect(marks.first(), 'the match, as the quote writes it').toHaveText('distribution');
  await expect(marks.first().locator('xpath=ancestor::blockquote')).toContainText(
    "Wuhan's red list distribution is 72%",
  );
  await expect(marks.first(), 'scrolled into view').toBeInViewport();
  // What the panel shows around the mark is text, as in the data.
  expect(await marks.first().evaluate((m) => m.children.length)).toBe(0);
});

test('the comparison lines its two places up row by row', async ({ page }) => {
  await open(page, '/?compare=wuhan,rongcheng');
  const panel = comparePanel(page);
  await expect(panel).toBeVisible();
  const rows = ['level', 'status', 'startYear', 'scale', 'shares', 'mechanisms', 'excerpt'];
  for (const row of rows) {
    const tops = await panel
      .locator(`[data-row="${row}"]`)
      .evaluateAll((cells) => cells.map((c) => Math.round(c.getBoundingClientRect().top)));
    expect(tops, `${row}: a header and a cell for each place`).toHaveLength(3);
    expect(new Set(tops).size, `${row}: the same top for both places and the header`).toBe(1);
  }
  const wuhan = panel.getByRole('region', { name: 'Wuhan', exact: true });
  await expect(wuhan.locator('[data-row="status"]')).toContainText('pilot');
  await expect(wuhan.locator('[data-row="excerpt"] blockquote')).toHaveCount(1);
  await expect(panel.locator('.row-head[data-row="scale"]')).toHaveText('Scoring scale');
});

test('the national context lists its facts by group, the timeline in year order', async ({
  page,
}) => {
  await open(page, '/');
  await page.getByRole('button', { name: 'National context' }).click();
  const panel = page.getByTestId('context-panel');
  await expect(panel.getByRole('heading', { level: 3, name: 'Timeline' })).toBeVisible();
  const groups = await panel.locator('section[data-group] > h3').allInnerTexts();
  expect(groups[0]).toBe('Timeline');
  expect(
    groups.every((g) =>
      ['Timeline', 'Who and where', 'National mechanisms', 'Disputes between documents'].includes(
        g,
      ),
    ),
  ).toBe(true);
  expect(groups.length).toBeGreaterThanOrEqual(3);
  // The timeline is a list, its years in order, drawn on a line.
  const timeline = panel.locator('ol.timeline');
  const years = (await timeline.locator('> li > .year').allInnerTexts())
    .filter((y) => /^\d{4}$/.test(y))
    .map(Number);
  expect(years.length).toBeGreaterThanOrEqual(2);
  expect(years).toEqual([...years].sort((a, b) => a - b));
  const line = await timeline.evaluate((ol) => getComputedStyle(ol, '::before').height);
  expect(parseFloat(line)).toBeGreaterThan(100);
  // A dispute keeps both sides, flagged.
  const disputed = panel.locator('[data-fact]').filter({ hasText: 'Sources disagree' }).first();
  expect(await disputed.locator('blockquote').count()).toBeGreaterThanOrEqual(2);
});

test('curly quotes in English text are drawn narrow, not as full-width Chinese punctuation', async ({
  page,
}) => {
  await open(page, '/?place=rongcheng');
  // A citation of a document with a title of its own, in quotation marks.
  const caption = detailsPanel(page)
    .locator('figure.excerpt figcaption')
    .filter({ hasText: '“' })
    .first();
  await expect(caption).toContainText('“');
  // The width of the opening quotation mark, against the font size: full width is 1 em.
  const ems = await caption.evaluate((element) => {
    const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = node.textContent!.indexOf('“');
      if (at < 0) continue;
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + 1);
      return range.getBoundingClientRect().width / parseFloat(getComputedStyle(element).fontSize);
    }
    return NaN;
  });
  expect(ems).toBeLessThan(0.6);
});

import fc from 'fast-check';
import { expect, test, waitForMapIdle } from './fixtures.ts';

test.describe('a strict Content-Security-Policy', () => {
  test('is sent with the page, and nothing the user does violates it', async ({ page }) => {
    const response = await page.goto('/');
    const policy = response?.headers()['content-security-policy'] ?? '';
    expect(policy).toContain("default-src 'self'");
    expect(policy).not.toContain('unsafe-eval');
    expect(policy).not.toMatch(/script-src[^;]*unsafe-inline/);
    await expect(page.locator('meta[http-equiv="Content-Security-Policy"]')).toHaveCount(1);
    await page.evaluate(() => {
      const w = window as unknown as { cspViolations: string[] };
      w.cspViolations = [];
      document.addEventListener('securitypolicyviolation', (e) =>
        w.cspViolations.push(`${e.violatedDirective} ${e.blockedURI}`),
      );
    });
    await waitForMapIdle(page);
    await page.getByTestId('place-list').getByRole('button', { name: /Wuhan/ }).click();
    await page.getByTestId('compare-select').selectOption('shanghai-pudong');
    await page.locator('button[data-mechanism=red-list]').click();
    await page.getByRole('button', { name: 'National context' }).click();
    await page.getByLabel('中文').check();
    const violations = await page.evaluate(
      () => (window as unknown as { cspViolations: string[] }).cspViolations,
    );
    expect(violations).toEqual([]);
  });
});

test.describe('with the network cut after the first load', () => {
  // Chromium itself logs the font subsets and favicon it can no longer fetch; text falls back.
  test.use({ serviceWorkers: 'allow', allowedConsoleErrors: [/ERR_INTERNET_DISCONNECTED/] });

  test('still selects, filters, searches and compares', async ({ page, context }) => {
    await page.goto('/');
    await waitForMapIdle(page);
    // The on-demand parts are fetched on first use, not with the page: the offline copy the
    // service worker makes after the first load has them. The network drops once it is made.
    await page.waitForFunction(() => !!navigator.serviceWorker.controller, null, {
      timeout: 30_000,
    });
    expect(
      await page.evaluate(() =>
        performance.getEntriesByType('resource').some((e) => e.name.includes('ExportDialog')),
      ),
    ).toBe(false);
    await context.setOffline(true);
    await page
      .getByTestId('place-list')
      .getByRole('button', { name: /Rongcheng/ })
      .click();
    await expect(page.getByTestId('details-panel')).toContainText('base 1,000');
    await page.locator('button[data-mechanism=black-list]').click();
    await expect(page.getByTestId('place-list').getByRole('button')).toHaveCount(4);
    await page.getByPlaceholder('Search names and excerpts').fill('浦东');
    await expect(page.getByTestId('place-list').getByRole('button')).toHaveCount(1);
    await page.getByRole('button', { name: 'National context' }).click();
    await expect(page.getByTestId('context-panel')).toContainText('28 model cities');
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: 'Export' }).click();
    await expect(page.getByRole('dialog')).toContainText('PNG');
  });
});

test.describe('links from strangers', () => {
  test('random addresses never throw and never leave a blank page', async ({
    page,
    pageProblems,
  }) => {
    await page.goto('/');
    await waitForMapIdle(page);
    const queries = fc.sample(
      fc.oneof(
        fc.string({ maxLength: 80 }),
        fc
          .array(
            fc.tuple(
              fc.constantFrom(
                'place',
                'm',
                'mode',
                'q',
                'lang',
                'view',
                'compare',
                'present',
                'tour',
                'step',
              ),
              fc.oneof(
                fc.string({ maxLength: 30 }),
                fc.constantFrom('wuhan', 'red-list', 'all', 'zh', '1', '114,30,5'),
              ),
            ),
            { maxLength: 6 },
          )
          .map((pairs) => new URLSearchParams(pairs).toString()),
      ),
      { numRuns: 300, seed: 20261122 },
    );
    for (const query of queries) {
      // Back and forward land here the same way a pasted link does.
      await page.evaluate((q) => {
        history.pushState(null, '', `/?${q}`);
        dispatchEvent(new PopStateEvent('popstate'));
      }, query);
    }
    await expect(page.locator('h1')).toHaveText('Pilot Atlas');
    await expect(
      page.getByTestId('place-list').or(page.getByText('No place matches')),
    ).toBeVisible();
    expect(pageProblems.pageErrors).toEqual([]);
  });

  test('each bad parameter falls back alone while the good ones apply', async ({ page }) => {
    await page.goto('/?place=atlantis&m=red-list,bogus&mode=zzz&view=999,1,1&lang=zh&compare=x,y');
    await waitForMapIdle(page);
    await expect(page.getByTestId('details-panel')).toHaveCount(0);
    await expect(page.locator('button[data-mechanism=red-list]')).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    await expect(page.getByLabel('Match any')).toBeChecked();
    await expect(page.getByLabel('中文')).toBeChecked();
    await expect(page.getByTestId('place-list').getByRole('button')).toHaveCount(2);
  });
});

test.describe('when the excerpts cannot be fetched', () => {
  // The connection drops between the page and its excerpts' file: Chromium logs the failed fetch.
  test.use({ allowedConsoleErrors: [/excerpts|ERR_FAILED|Failed to fetch/i] });

  test('the details panel says so instead of waiting for ever, and the rest works', async ({
    page,
  }) => {
    await page.route('**/assets/atlas-excerpts-*.json', (route) => route.abort('failed'));
    await page.goto('/?place=wuhan');
    const panel = page.getByTestId('details-panel');
    await expect(panel.getByRole('alert')).toContainText('could not be loaded');
    await expect(panel).not.toContainText('Loading the excerpts');
    await expect(panel).toContainText('Red 72%');
    await page.locator('button[data-mechanism=black-list]').click();
    await expect(page.getByTestId('place-list').getByRole('button')).toHaveCount(4);
  });

  test('they are fetched again at the next place picked, once the connection is back', async ({
    page,
  }) => {
    let refuse = true;
    await page.route('**/assets/atlas-excerpts-*.json', (route) =>
      refuse ? route.abort('failed') : route.continue(),
    );
    await page.goto('/?place=wuhan');
    const panel = page.getByTestId('details-panel');
    await expect(panel.getByRole('alert')).toContainText('could not be loaded');
    refuse = false;
    await page
      .getByTestId('place-list')
      .getByRole('button', { name: /Rongcheng/ })
      .click();
    await expect(panel).toContainText('list of shame');
    await expect(panel.getByRole('alert')).toHaveCount(0);
  });
});

test.describe("the atlas's data", () => {
  test('arrives in one request, the one the page starts while its scripts load', async ({
    page,
  }) => {
    const requests: string[] = [];
    page.on('request', (request) => {
      if (/\/assets\/atlas-data-[^/]+\.json$/.test(request.url())) requests.push(request.url());
    });
    await page.goto('/');
    await waitForMapIdle(page);
    const preload = page.locator('link[rel=preload][as=fetch]');
    await expect(preload).toHaveAttribute('href', /\/assets\/atlas-data-[^/]+\.json$/);
    expect(requests.map((url) => new URL(url).pathname)).toEqual([
      await preload.getAttribute('href'),
    ]);
    await expect(page.getByTestId('place-list').getByRole('button')).toHaveCount(12);
  });
});

test.describe('when the data cannot be fetched', () => {
  test.use({
    allowedConsoleErrors: [/atlas-data|ERR_FAILED|Failed to fetch|could not be loaded/i],
  });

  test('the page says so and how to recover, instead of staying blank', async ({ page }) => {
    await page.route('**/assets/atlas-data-*.json', (route) => route.abort('failed'));
    await page.goto('/');
    await expect(page.getByRole('alert')).toHaveText(
      'The atlas could not load its data (is the connection down?). Reload the page to try again.',
    );
    await expect(page.getByTestId('place-list')).toHaveCount(0);
  });
});

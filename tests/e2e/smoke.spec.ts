import {
  expect,
  mapCanvasColours,
  projectPlace,
  renderedPlaceIds,
  test,
  waitForMapIdle,
} from './fixtures.ts';

/** The pilots every version of the atlas must show when it opens. */
const CORE_PILOTS = ['rongcheng', 'wuhan', 'shanghai-pudong', 'jiangsu'] as const;

test.describe('opening the atlas', () => {
  test.beforeEach(async ({ page }) => {
    await page.goto('/');
    await waitForMapIdle(page);
  });

  test('shows the map without any error in the console', async ({ page, pageProblems }) => {
    await expect(page.locator('canvas.maplibregl-canvas').first()).toBeVisible();
    expect(pageProblems.consoleErrors, 'console errors while opening').toEqual([]);
    expect(pageProblems.pageErrors, 'uncaught errors while opening').toEqual([]);
  });

  test('draws a map, not a blank canvas', async ({ page }) => {
    const colours = await mapCanvasColours(page);
    expect(colours.width, 'map canvas width (CSS px)').toBeGreaterThanOrEqual(300);
    expect(colours.height, 'map canvas height (CSS px)').toBeGreaterThanOrEqual(200);
    expect(colours.distinctColours, 'distinct colours on the map').toBeGreaterThanOrEqual(3);
    expect(colours.dominantShare, 'share of the most common colour').toBeLessThanOrEqual(0.98);
  });

  test('marks every core pilot on screen', async ({ page }) => {
    const drawn = await renderedPlaceIds(page);
    for (const id of CORE_PILOTS) {
      expect.soft(drawn, `${id} is drawn in the pilots-circle layer`).toContain(id);
      if (drawn.includes(id)) {
        const position = await projectPlace(page, id);
        expect.soft(position.onCanvas, `${id} is within the visible map`).toBe(true);
      }
    }
  });

  test('works offline: nothing is fetched from another origin', async ({
    page,
    baseURL,
    pageProblems,
  }) => {
    const resources = await page.evaluate(() =>
      performance.getEntriesByType('resource').map((entry) => entry.name),
    );
    const appOrigin = new URL(baseURL ?? page.url()).origin;
    expect(
      resources.filter((url) => /^https?:/.test(url) && new URL(url).origin !== appOrigin),
      'resources loaded from another origin',
    ).toEqual([]);
    expect(pageProblems.offOriginRequests, 'requests to another origin (blocked)').toEqual([]);
  });
});

import { darkPalette } from '../../src/lib/cartography/palette.ts';
import type { Page } from '@playwright/test';
import { expect, projectPlace, test, waitForMapIdle, withMap } from './fixtures.ts';
import { holdBack, INTERFACE_FONT, LIVE_MAP } from './holdBack.ts';
import {
  labelInk,
  rgbOf,
  sameColour,
  stillMapArea,
  stillMapPixel,
  stillMapPoints,
  waitForStillMap,
} from './stillMap.ts';

/** The requests for every place's excerpts (one file) from now on. */
function watchExcerptRequests(page: Page): string[] {
  const requests: string[] = [];
  page.on('request', (request) => {
    if (/\/assets\/atlas-excerpts-[^/]+\.json$/.test(request.url())) requests.push(request.url());
  });
  return requests;
}

/** Opens the atlas and waits until it is quiet, with no excerpts fetched; the requests from then on. */
async function openQuiet(page: Page): Promise<string[]> {
  const excerptRequests = watchExcerptRequests(page);
  await page.goto('/');
  await waitForMapIdle(page);
  await page.waitForLoadState('networkidle');
  expect(
    excerptRequests,
    'the first view needs none: each headline excerpt is in the data',
  ).toEqual([]);
  return excerptRequests;
}

test.describe('first paint', () => {
  test('draws the map at once, then the live map takes over with every place where it was', async ({
    page,
  }) => {
    // Hold the live map's code back, as a slow laptop would, while the static map is looked at.
    const release = await holdBack(page, LIVE_MAP);
    await page.goto('/');

    const staticMap = page.getByTestId('static-map');
    await waitForStillMap(page);
    const before = await stillMapPoints(page);
    // A marker is drawn, opaque, at every place.
    expect(Object.keys(before)).toHaveLength(12);
    for (const [id, point] of Object.entries(before))
      expect((await stillMapPixel(page, 'static-marks', point))[3], id).toBe(255);
    // The basemap, and no marker, just north of Wuhan's: Hubei's land fill.
    const northOfWuhan = { x: before.wuhan!.x, y: before.wuhan!.y - 30 };
    expect((await stillMapPixel(page, 'static-marks', northOfWuhan))[3]).toBe(0);
    expect(await stillMapPixel(page, 'static-basemap', northOfWuhan)).toEqual([251, 250, 246, 255]);
    // Rongcheng's label beside it: two lines (Rongcheng, 荣成市), as wide as its English name.
    const label = await labelInk(page, before.rongcheng!, rgbOf('#222222'));
    expect(label!.bottom - label!.top, 'two lines tall').toBeGreaterThan(20);
    expect(label!.right - label!.left, 'as wide as "Rongcheng"').toBeGreaterThan(55);
    expect(await page.evaluate(() => document.documentElement.dataset.map)).toBeUndefined();

    release();
    await waitForMapIdle(page);
    await expect(staticMap).toHaveCount(0);
    await expect(page.locator('canvas.maplibregl-canvas')).toBeVisible();
    const live = await withMap(page, async (map) => {
      const source = map.getSource('pilots') as unknown as {
        getData(): Promise<{
          features: { properties: { id: string }; geometry: { coordinates: [number, number] } }[];
        }>;
      };
      const rect = map.getCanvas().getBoundingClientRect();
      return (await source.getData()).features.map((f) => {
        const point = map.project(f.geometry.coordinates);
        return { id: f.properties.id, x: rect.left + point.x, y: rect.top + point.y };
      });
    });
    expect(live).toHaveLength(12);
    for (const { id, x, y } of live) {
      expect(before[id], id).toBeDefined();
      expect(Math.abs(before[id]!.x - x), `${id} x`).toBeLessThan(1);
      expect(Math.abs(before[id]!.y - y), `${id} y`).toBeLessThan(1);
    }

    // The bench and anyone profiling read these marks: the first paint comes before the live map.
    const marks = await page.evaluate(() =>
      ['first-paint', 'idle'].map(
        (name) => performance.getEntriesByName(`pilot-atlas:${name}`)[0]?.startTime ?? null,
      ),
    );
    expect(marks[0]).not.toBeNull();
    expect(marks[0]!).toBeLessThan(marks[1]!);
  });

  test('while the live map loads, hidden, a click on a still marker selects its place', async ({
    page,
  }) => {
    // MapLibre starts, but the basemap it needs is held back: it cannot draw everything yet.
    const release = await holdBack(page, /provinces[^/]*\.geojson$/);
    await page.goto('/');
    await expect(page.locator('canvas.maplibregl-canvas')).toHaveCount(1);
    await expect(page.locator('canvas.maplibregl-canvas')).toBeHidden();

    await waitForStillMap(page);
    const { wuhan } = await stillMapPoints(page);
    const opening = await page.getByTestId('static-map').getAttribute('data-view');
    await page.mouse.click(wuhan!.x, wuhan!.y);
    await expect(page.getByTestId('details-panel').getByRole('heading', { level: 2 })).toHaveText(
      /Wuhan/,
    );
    // The still map moves Wuhan clear of the drawer, as the live map will.
    await expect(page.getByTestId('static-map')).not.toHaveAttribute('data-view', opening!);
    const still = (await stillMapPoints(page)).wuhan!;
    expect((await stillMapPixel(page, 'static-marks', still))[3]).toBe(255);

    release();
    await waitForMapIdle(page);
    await expect(page.getByTestId('static-map')).toHaveCount(0);
    await expect(page.locator('canvas.maplibregl-canvas')).toBeVisible();
    expect(
      await withMap(page, (map) => map.getFeatureState({ source: 'pilots', id: 'wuhan' })),
    ).toEqual({ selected: true });
    // The live map shows Wuhan where the still map had moved it.
    const live = await withMap(page, (map) => {
      const rect = map.getCanvas().getBoundingClientRect();
      const point = map.project([114.3, 30.59]);
      return { x: rect.left + point.x, y: rect.top + point.y };
    });
    expect(Math.hypot(live.x - still.x, live.y - still.y)).toBeLessThan(1);
  });

  test('draws its labels again in the interface font once that arrives', async ({ page }) => {
    await holdBack(page, LIVE_MAP);
    const releaseFont = await holdBack(page, INTERFACE_FONT);
    // The page preloads the font: its `load` event waits for the font held back.
    await page.goto('/', { waitUntil: 'commit' });
    await waitForStillMap(page);
    const { rongcheng } = await stillMapPoints(page);
    // The pixels of Rongcheng's label, drawn in a fallback font while Noto Sans SC is held back.
    const labelPixels = async () =>
      (
        await stillMapArea(page, 'static-marks', {
          x: rongcheng!.x + 12,
          y: rongcheng!.y - 20,
          width: 80,
          height: 40,
        })
      ).data.join();
    const fallback = await labelPixels();
    releaseFont();
    await expect
      .poll(() => page.evaluate(() => document.fonts.check('12.5px "Noto Sans SC"', 'Rongcheng')))
      .toBe(true);
    await expect.poll(labelPixels).not.toBe(fallback);
  });

  test('follows a link to a view and the theme before the live map is there', async ({ page }) => {
    await page.route(LIVE_MAP, () => new Promise(() => {}));
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.goto('/?view=121.6,31.2,6&place=shanghai-pudong');
    await waitForStillMap(page);
    expect(await page.getByTestId('static-map').getAttribute('data-view')).toBe('121.6,31.2,6');
    const { 'shanghai-pudong': pudong } = await stillMapPoints(page);
    // Zoomed in on Shanghai: Pudong drawn near the middle of the map.
    const map = (await page.getByTestId('static-map').boundingBox())!;
    expect(Math.abs(pudong!.x - (map.x + map.width / 2))).toBeLessThan(60);
    expect(Math.abs(pudong!.y - (map.y + map.height / 2))).toBeLessThan(60);
    // Selected: its outline (6.5 + 3 px radius, then a 3-px stroke) in the dark theme's blue.
    const rim = await stillMapPixel(page, 'static-marks', { x: pudong!.x, y: pudong!.y - 11 });
    expect(sameColour(rim, rgbOf('#6aa8ff')), `rim ${rim}`).toBe(true);
    expect(rim[3]).toBe(255);
    const sea = { x: pudong!.x + 190, y: pudong!.y - 10 };
    expect(await stillMapPixel(page, 'static-basemap', sea)).toEqual([
      ...rgbOf(darkPalette.sea),
      255,
    ]);
  });

  test('fetches no excerpts with the page; a place picked while the live map loads gets them at once', async ({
    page,
  }) => {
    const excerptRequests = watchExcerptRequests(page);
    const release = await holdBack(page, LIVE_MAP);
    await page.goto('/');
    await waitForStillMap(page);
    expect(excerptRequests, 'nothing needs the excerpts before the live map is up').toEqual([]);

    // A place picked from the list while the live map loads: its evidence is there at once.
    await page.getByTestId('place-list').getByRole('button', { name: /Wuhan/ }).click();
    const panel = page.getByTestId('details-panel');
    await expect(panel.locator('blockquote').first()).toBeVisible();
    await expect(panel).not.toContainText('Loading the excerpts');
    expect(excerptRequests).toHaveLength(1);

    release();
    await waitForMapIdle(page);
    expect(excerptRequests, 'fetched once').toHaveLength(1);
  });

  test('the excerpts load when a place is pointed at, not once the map is up', async ({ page }) => {
    const excerptRequests = await openQuiet(page);

    // The pointer comes to rest on Wuhan's marker: its excerpts are fetched before the click.
    const wuhan = await projectPlace(page, 'wuhan');
    await page.mouse.move(wuhan.x, wuhan.y);
    await expect.poll(() => excerptRequests.length).toBe(1);
    await page.mouse.down();
    await page.mouse.up();
    const panel = page.getByTestId('details-panel');
    await expect(panel).toContainText('Red 72%');
    // Not its headline excerpt (that one comes with the page): one from the excerpts' file.
    await expect(panel.locator('blockquote')).toContainText([
      "in Wuhan, warnings don't require deductions.",
    ]);
    await expect(panel).not.toContainText('Loading the excerpts');
    expect(excerptRequests, 'fetched once').toHaveLength(1);
  });

  test('the excerpts load when the search box gets the focus, and the search finds them', async ({
    page,
  }) => {
    const excerptRequests = await openQuiet(page);
    const search = page.getByRole('searchbox', { name: 'Search names and excerpts' });
    await search.focus();
    await expect.poll(() => excerptRequests.length).toBe(1);
    // A phrase only in an excerpt of Rongcheng's that is not its headline one.
    await search.fill('list of shame');
    await expect(
      page.getByTestId('place-list').getByRole('button', { name: /Rongcheng/ }),
    ).toHaveCount(1);
  });

  test('a filter chip pressed with the mouse filters without the excerpts; the keyboard in the list fetches them', async ({
    page,
  }) => {
    const excerptRequests = await openQuiet(page);
    const chip = page.locator('button[data-mechanism=red-list]');
    await chip.click();
    await expect(chip).toHaveAttribute('aria-pressed', 'true');
    await expect(chip).toBeFocused();
    // Two frames: the filter has been drawn, and any fetch it started has been sent.
    await page.evaluate(
      () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))),
    );
    expect(excerptRequests).toEqual([]);
    // Tab from the chip moves through the list: a pick may be coming.
    await page.keyboard.press('Tab');
    await expect.poll(() => excerptRequests.length).toBe(1);
  });
});

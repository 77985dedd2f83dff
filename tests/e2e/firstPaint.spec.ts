import type { Page } from '@playwright/test';
import { expect, test, waitForMapIdle, withMap } from './fixtures.ts';

/** Centres of the static map's markers, in page px, by place id. */
async function staticMarkers(page: Page): Promise<Record<string, { x: number; y: number }>> {
  const circles = page.getByTestId('static-map').locator('circle');
  const list = await circles.evaluateAll((elements) =>
    elements.map((element) => {
      const box = element.getBoundingClientRect();
      const id = (element as SVGElement).dataset.id ?? '';
      return [id, { x: box.left + box.width / 2, y: box.top + box.height / 2 }] as const;
    }),
  );
  return Object.fromEntries(list);
}

/** The static basemap canvas's colour at page point (x, y), as "r,g,b". */
async function basemapPixel(page: Page, x: number, y: number): Promise<string> {
  return page.getByTestId('static-basemap').evaluate(
    (canvas: HTMLCanvasElement, { x, y }) => {
      const box = canvas.getBoundingClientRect();
      const ratio = canvas.width / box.width;
      const data = canvas
        .getContext('2d')!
        .getImageData(
          Math.round((x - box.left) * ratio),
          Math.round((y - box.top) * ratio),
          1,
          1,
        ).data;
      return `${data[0]},${data[1]},${data[2]}`;
    },
    { x, y },
  );
}

/** Holds the live map's chunk back until the returned function is called. */
async function holdLiveMap(page: Page): Promise<() => void> {
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(/\/assets\/MapView-[^/]+\.js$/, async (route) => {
    await held;
    await route.continue();
  });
  return release;
}

test.describe('first paint', () => {
  test('draws the map at once, then the live map takes over with every place where it was', async ({
    page,
  }) => {
    // Hold the live map's code back, as a slow laptop would, while the static map is looked at.
    const release = await holdLiveMap(page);
    await page.goto('/');

    const staticMap = page.getByTestId('static-map');
    await expect(staticMap.locator('circle')).toHaveCount(12);
    // The basemap: Hubei's land fill just north of Wuhan's marker, the sea off Shanghai.
    const wuhan = (await staticMap.locator('circle[data-id=wuhan]').boundingBox())!;
    expect(await basemapPixel(page, wuhan.x + wuhan.width / 2, wuhan.y - 20)).toBe('251,250,246');
    await expect(staticMap.locator('text', { hasText: 'Rongcheng' })).toHaveCount(1);
    await expect(staticMap.locator('text', { hasText: '荣成市' })).toHaveCount(1);
    expect(await page.evaluate(() => document.documentElement.dataset.map)).toBeUndefined();
    const before = await staticMarkers(page);

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
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route(/provinces[^/]*\.geojson$/, async (route) => {
      await held;
      await route.continue();
    });
    await page.goto('/');
    await expect(page.locator('canvas.maplibregl-canvas')).toHaveCount(1);
    await expect(page.locator('canvas.maplibregl-canvas')).toBeHidden();

    await page.getByTestId('static-map').locator('circle[data-id=wuhan]').click();
    await expect(page.getByTestId('details-panel').getByRole('heading', { level: 2 })).toHaveText(
      /Wuhan/,
    );

    release();
    await waitForMapIdle(page);
    await expect(page.getByTestId('static-map')).toHaveCount(0);
    await expect(page.locator('canvas.maplibregl-canvas')).toBeVisible();
    expect(
      await withMap(page, (map) => map.getFeatureState({ source: 'pilots', id: 'wuhan' })),
    ).toEqual({ selected: true });
  });

  test('follows a link to a view and the theme before the live map is there', async ({ page }) => {
    await page.route(/\/assets\/MapView-[^/]+\.js$/, () => new Promise(() => {}));
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.goto('/?view=121.6,31.2,6&place=shanghai-pudong');
    const staticMap = page.getByTestId('static-map');
    const pudong = staticMap.locator('circle[data-id=shanghai-pudong]');
    await expect(pudong).toHaveCount(1);
    // Zoomed in on Shanghai: Pudong near the middle of the map, Beijing far outside it.
    const map = (await staticMap.boundingBox())!;
    const box = (await pudong.boundingBox())!;
    expect(Math.abs(box.x + box.width / 2 - (map.x + map.width / 2))).toBeLessThan(60);
    expect(Math.abs(box.y + box.height / 2 - (map.y + map.height / 2))).toBeLessThan(60);
    await expect(staticMap.locator('circle[data-id=beijing]')).toHaveCount(0);
    // Selected (blue outline), on the dark sea.
    await expect(pudong).toHaveAttribute('stroke', '#6aa8ff');
    expect(await basemapPixel(page, box.x + 200, box.y)).toBe('14,26,34'); // the dark sea
  });

  test('fetches the excerpts once the live map is up, or at once for a place picked before', async ({
    page,
  }) => {
    const excerptRequests: string[] = [];
    page.on('request', (request) => {
      if (/\/assets\/excerpts-[^/]+\.js$/.test(request.url())) excerptRequests.push(request.url());
    });
    const release = await holdLiveMap(page);
    await page.goto('/');
    await expect(page.getByTestId('static-map').locator('circle')).toHaveCount(12);
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

  test('with no place picked, the excerpts arrive after the live map and the search finds them', async ({
    page,
  }) => {
    await page.goto('/');
    await waitForMapIdle(page);
    // A phrase only in an excerpt of Rongcheng's that is not its headline one.
    await page.getByRole('searchbox', { name: 'Search names and excerpts' }).fill('list of shame');
    await expect(
      page.getByTestId('place-list').getByRole('button', { name: /Rongcheng/ }),
    ).toHaveCount(1);
  });
});

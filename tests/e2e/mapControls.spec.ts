/**
 * Finding your way on the map: zoom and whole-map buttons, the view before a selection coming
 * back when it is cleared, and a legend that explains status and precision and can be folded.
 */
import { expect, getMapView, test, waitForMapIdle, waitForMapSettled } from './fixtures.ts';
import { listButton } from './explore-helpers.ts';

test.beforeEach(async ({ page }) => {
  await page.goto('/');
  await waitForMapIdle(page);
});

test('zoom in, zoom out and whole map move the map', async ({ page }) => {
  const opening = await getMapView(page);
  const controls = page.getByRole('group', { name: 'Map view' });
  await controls.getByRole('button', { name: 'Zoom in' }).click();
  await expect.poll(async () => (await getMapView(page)).zoom).toBeCloseTo(opening.zoom + 1, 1);
  await controls.getByRole('button', { name: 'Zoom in' }).click();
  await expect.poll(async () => (await getMapView(page)).zoom).toBeCloseTo(opening.zoom + 2, 1);
  await controls.getByRole('button', { name: 'Zoom out' }).click();
  await expect.poll(async () => (await getMapView(page)).zoom).toBeCloseTo(opening.zoom + 1, 1);
  await page.mouse.move(700, 400);
  await page.mouse.down();
  await page.mouse.move(500, 300, { steps: 5 });
  await page.mouse.up();
  await controls.getByRole('button', { name: 'Whole map' }).click();
  await expect
    .poll(async () => {
      const view = await getMapView(page);
      return [view.zoom - opening.zoom, view.center[0]! - opening.center[0]!].map((d) =>
        Math.abs(d) < 0.01 ? 0 : d,
      );
    })
    .toEqual([0, 0]);
});

test('a drag pans the map; a press without a move leaves it where it was', async ({ page }) => {
  const opening = await getMapView(page);
  await page.mouse.move(700, 400);
  await page.mouse.down();
  await page.mouse.up();
  await waitForMapSettled(page);
  expect(await getMapView(page)).toEqual(opening);
  await page.mouse.down();
  await page.mouse.move(600, 350, { steps: 5 });
  await page.mouse.up();
  await expect
    .poll(async () => Math.abs((await getMapView(page)).center[0]! - opening.center[0]!))
    .toBeGreaterThan(0.5);
});

test('clearing a selection returns to the view from before it', async ({ page }) => {
  const opening = await getMapView(page);
  await listButton(page, 'Zhongshan').click();
  await expect
    .poll(async () => Math.abs((await getMapView(page)).center[1]! - opening.center[1]!))
    .toBeGreaterThan(1);
  await page.keyboard.press('Escape');
  await expect
    .poll(async () => {
      const view = await getMapView(page);
      return Math.hypot(view.center[0]! - opening.center[0]!, view.center[1]! - opening.center[1]!);
    })
    .toBeLessThan(0.01);
});

test('the legend explains status and precision, and folds', async ({ page }) => {
  await waitForMapSettled(page);
  const legend = page.getByRole('region', { name: 'Legend' });
  const status = legend.getByTestId('legend-status');
  for (const entry of ['Pilot', 'Local system', 'Mentioned only', 'Not a pilot'])
    await expect(status.getByText(new RegExp(`${entry}:`))).toBeVisible();
  const precision = legend.getByTestId('legend-precision');
  await expect(precision.getByText('Stated by a source')).toBeVisible();
  await expect(precision.getByText('Inferred by the atlas')).toBeVisible();

  const fold = legend.getByRole('button', { name: /Legend/ });
  await expect(fold).toHaveAttribute('aria-expanded', 'true');
  const open = (await legend.boundingBox())!;
  await fold.click();
  await expect(fold).toHaveAttribute('aria-expanded', 'false');
  await expect(status).toBeHidden();
  const folded = (await legend.boundingBox())!;
  expect(folded.height, 'folded, the legend is its button').toBeLessThan(open.height / 4);
  await fold.click();
  await expect(status).toBeVisible();
});

test('the legend folds while a place is selected, so it never covers the place, and opens again after', async ({
  page,
}) => {
  const legend = page.getByRole('region', { name: 'Legend' });
  const fold = legend.getByRole('button', { name: /Legend/ });
  await expect(fold).toHaveAttribute('aria-expanded', 'true');
  await listButton(page, 'Wuhan').click();
  await expect(fold).toHaveAttribute('aria-expanded', 'false');
  await waitForMapSettled(page);
  // The selected marker's point is not under the legend.
  const marker = await page.evaluate(() => {
    type Map = {
      project(p: [number, number]): { x: number; y: number };
      getContainer(): HTMLElement;
    };
    const map = (window as unknown as { pilotAtlas: { map: Map } }).pilotAtlas.map;
    const { x, y } = map.project([114.3, 30.59]);
    const box = map.getContainer().getBoundingClientRect();
    return { x: box.x + x, y: box.y + y };
  });
  const box = (await legend.boundingBox())!;
  const inside =
    marker.x >= box.x &&
    marker.x <= box.x + box.width &&
    marker.y >= box.y &&
    marker.y <= box.y + box.height;
  expect(inside, 'Wuhan under the legend').toBe(false);
  await page.keyboard.press('Escape');
  await expect(fold).toHaveAttribute('aria-expanded', 'true');
});

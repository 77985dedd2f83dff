/**
 * Phones and tablets, with Chromium's touch emulation: the list and the panels are bottom sheets
 * over the map, the header folds into one menu, presentation steps move by swipe and by buttons,
 * and nothing scrolls sideways.
 */
import AxeBuilder from '@axe-core/playwright';
import type { CDPSession, Page } from '@playwright/test';
import { ALL_PLACE_NAMES, renderedLabels, uncovered } from './explore-helpers.ts';
import {
  expect,
  getMapView,
  projectPlace,
  test,
  waitForMapIdle,
  waitForMapSettled,
  withMap,
} from './fixtures.ts';
import { holdBack, LIVE_MAP } from './holdBack.ts';
import { stillMapPoints, waitForStillMap } from './stillMap.ts';

const SIZES = [
  { name: 'phone portrait', width: 390, height: 844 },
  { name: 'phone landscape', width: 844, height: 390 },
  { name: 'tablet portrait', width: 768, height: 1024 },
];

async function violations(page: Page) {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa'])
    .analyze();
  return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' | ')}`);
}

/** A one-finger drag from `from` to `to`, as the touch screen sends it (pointer events of type touch). */
async function swipe(
  cdp: CDPSession,
  from: { x: number; y: number },
  to: { x: number; y: number },
) {
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [from] });
  for (let i = 1; i <= 8; i++) {
    const point = { x: from.x + ((to.x - from.x) * i) / 8, y: from.y + ((to.y - from.y) * i) / 8 };
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: [point] });
  }
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
}

async function centreOf(page: Page, selector: string) {
  const box = await page.locator(selector).boundingBox();
  if (!box) throw new Error(`${selector} is not displayed`);
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

async function noSideways(page: Page) {
  const { scrollWidth, clientWidth } = await page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    clientWidth: document.documentElement.clientWidth,
  }));
  expect(scrollWidth, 'the page does not scroll sideways').toBeLessThanOrEqual(clientWidth);
}

test.use({ isMobile: true, hasTouch: true });

for (const size of SIZES) {
  test.describe(size.name, () => {
    test.use({ viewport: { width: size.width, height: size.height } });

    test('a tap on Wuhan opens its sheet half way, with the marker still in view above it', async ({
      page,
    }) => {
      await page.goto('/');
      await waitForMapIdle(page);
      expect(await violations(page)).toEqual([]);
      // The header is the title and one menu: the controls are folded into it.
      await expect(page.getByRole('button', { name: 'Present' })).toBeHidden();
      await page.getByRole('button', { name: 'Menu' }).click();
      await expect(page.getByRole('button', { name: 'Menu' })).toHaveAttribute(
        'aria-expanded',
        'true',
      );
      await expect(page.getByRole('button', { name: 'Present' })).toBeVisible();
      await page.getByRole('button', { name: 'Menu' }).click();
      await expect(page.getByRole('button', { name: 'Present' })).toBeHidden();

      // A finger lands beside the marker, not on its middle: the target is 24 × 24 px.
      const wuhan = await projectPlace(page, 'wuhan');
      await page.touchscreen.tap(wuhan.x - 9, wuhan.y + 2);
      const sheet = page.locator('[data-drawer]');
      await expect(sheet.getByRole('heading', { level: 2 })).toContainText('Wuhan');
      await expect(sheet).toContainText(/72\s?%/);
      await expect(sheet).toHaveAttribute('data-snap', 'half');
      await waitForMapSettled(page);

      const sheetBox = (await sheet.boundingBox())!;
      // The map eases the place above the sheet once the sheet's frame is on screen.
      await expect
        .poll(async () => (await projectPlace(page, 'wuhan')).y, {
          message: 'the marker is above the sheet',
        })
        .toBeLessThan(sheetBox.y - 10);
      await waitForMapSettled(page);
      const marker = await projectPlace(page, 'wuhan');
      expect(marker.onCanvas).toBe(true);
      const topmost = await page.evaluate(
        ({ x, y }) => document.elementFromPoint(x, y)?.tagName,
        marker,
      );
      expect(topmost, 'nothing covers the marker').toBe('CANVAS');
      expect(
        sheetBox.y / size.height,
        'at least a third of the screen is map above the half-open sheet',
      ).toBeGreaterThan(1 / 3);
      await noSideways(page);
      expect(await violations(page)).toEqual([]);

      // Rotating keeps the selection and the view.
      await page.setViewportSize({ width: size.height, height: size.width });
      await expect(sheet.getByRole('heading', { level: 2 })).toContainText('Wuhan');
      expect(new URL(page.url()).searchParams.get('place')).toBe('wuhan');
      await noSideways(page);
    });
  });
}

test.describe('phone portrait', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test('every place is named at the opening view, none under the sheet or the buttons', async ({
    page,
  }) => {
    await page.goto('/');
    await waitForMapIdle(page);
    await waitForMapSettled(page);
    const ids = ALL_PLACE_NAMES.map((name) => name.toLowerCase().replaceAll(' ', '-')).sort();
    expect((await renderedLabels(page)).map((label) => label.id)).toEqual(ids);

    const canvas = (await page.locator('.maplibregl-canvas').boundingBox())!;
    /** The labels the map draws in a box of the page (CSS px), by place id. */
    const labelsIn = (box: { x: number; y: number; width: number; height: number }) =>
      withMap(
        page,
        (map, b) => {
          const features = map.queryRenderedFeatures(
            [
              [b.x, b.y],
              [b.x + b.width, b.y + b.height],
            ],
            { layers: ['labels-symbol'] },
          );
          return [...new Set(features.map((f) => String(f.properties?.id)))].sort();
        },
        { ...box, x: box.x - canvas.x, y: box.y - canvas.y },
      );
    const sheetTop = (await page.locator('.sidebar').boundingBox())!.y;
    expect(
      await labelsIn({
        x: canvas.x,
        y: canvas.y,
        width: canvas.width,
        height: sheetTop - canvas.y,
      }),
      'every label shows above the folded sheet',
    ).toEqual(ids);
    for (const cover of ['.sidebar', '.legend-box', '.map-controls', '.credits .toggle']) {
      const box = (await page.locator(cover).first().boundingBox())!;
      expect(await labelsIn(box), `no label under ${cover}`).toEqual([]);
    }
  });

  test('the credits fold into a corner button that opens them in full', async ({ page }) => {
    await page.goto('/');
    await waitForMapIdle(page);
    const text = page.getByText(/^Basemap: Digital Chart of the World/);
    await expect(text).toBeHidden();
    const button = page.getByRole('button', { name: 'Credits' });
    const box = (await button.boundingBox())!;
    expect(box.width * box.height, 'a corner, not a strip across the map').toBeLessThan(44 * 44);
    await button.tap();
    await expect(button).toHaveAttribute('aria-expanded', 'true');
    await expect(text).toBeVisible();
    expect(await uncovered(text), 'nothing covers the open credits').toBe(true);
    await button.tap();
    await expect(text).toBeHidden();
  });

  test('the still map of the first paint opens on the same places, where the live map puts them', async ({
    page,
  }) => {
    const release = await holdBack(page, LIVE_MAP);
    await page.goto('/');
    await waitForStillMap(page);
    const still = await stillMapPoints(page);
    release();
    await waitForMapIdle(page);
    for (const id of Object.keys(still)) {
      const live = await projectPlace(page, id);
      expect(Math.abs(live.x - still[id]!.x), `${id} x`).toBeLessThan(1);
      expect(Math.abs(live.y - still[id]!.y), `${id} y`).toBeLessThan(1);
    }
    expect(Object.keys(still)).toHaveLength(12);
  });

  test('the sheet is dragged and tapped between peek, half and full', async ({ page }) => {
    await page.goto('/');
    await waitForMapIdle(page);
    const cdp = await page.context().newCDPSession(page);
    const sheet = page.locator('.sidebar');
    const handle = sheet.getByTestId('sheet-handle');
    await expect(sheet).toHaveAttribute('data-snap', 'peek');
    const peek = (await sheet.boundingBox())!.height;

    const grip = await centreOf(page, '.sidebar [data-testid=sheet-handle]');
    await swipe(cdp, grip, { x: grip.x, y: grip.y - 300 });
    await expect(sheet).toHaveAttribute('data-snap', 'half');
    const half = (await sheet.boundingBox())!.height;
    expect(half).toBeGreaterThan(peek + 200);

    const grip2 = await centreOf(page, '.sidebar [data-testid=sheet-handle]');
    await swipe(cdp, grip2, { x: grip2.x, y: 80 });
    await expect(sheet).toHaveAttribute('data-snap', 'full');
    expect((await sheet.boundingBox())!.height).toBeGreaterThan(half + 200);
    // The places are reachable in the full sheet.
    await expect(sheet.getByRole('button', { name: /^Wuhan/ })).toBeVisible();

    // A tap, or the keyboard, moves on round: full → peek → half.
    await handle.tap();
    await expect(sheet).toHaveAttribute('data-snap', 'peek');
    await handle.focus();
    await page.keyboard.press('Enter');
    await expect(sheet).toHaveAttribute('data-snap', 'half');
    await expect(handle).toHaveAccessibleName(/Places and filters: half open/);
  });

  test('a mechanism chip shows its definition on a tap', async ({ page }) => {
    await page.goto('/?place=wuhan');
    await waitForMapIdle(page);
    const chip = page.locator('[data-drawer]').getByRole('button', { name: /^Red list/ });
    await chip.scrollIntoViewIfNeeded();
    await expect(chip).toHaveAttribute('aria-expanded', 'false');
    await chip.tap();
    await expect(chip).toHaveAttribute('aria-expanded', 'true');
    const definition = page.locator(`#${await chip.getAttribute('aria-controls')}`);
    await expect(definition).toBeVisible();
    await expect(definition).not.toBeEmpty();
  });

  test('a presentation step moves by swipe and by the Next button, and the URL follows', async ({
    page,
  }) => {
    await page.goto('/?present=1');
    await waitForMapIdle(page);
    const cdp = await page.context().newCDPSession(page);
    const callout = page.getByTestId('presentation-callout');
    const step = page.getByTestId('presentation-step');
    const urlStep = () => new URL(page.url()).searchParams.get('step') ?? '1';
    await expect(callout.locator('h2')).toContainText('Rongcheng');
    // Rongcheng's disputed tiers keep their mark on the card, and the card has a key.
    await expect(callout).toContainText('Sources disagree');
    await expect(callout.getByRole('list', { name: 'Key' })).toBeVisible();
    // A compact card at the bottom, not the whole screen.
    const box = (await callout.boundingBox())!;
    expect(box.y).toBeGreaterThan(844 * 0.4);

    const middle = await centreOf(page, '[data-testid=presentation-callout]');
    await swipe(cdp, { x: 340, y: middle.y }, { x: 60, y: middle.y + 10 });
    await expect(step).toHaveText('2 / 4');
    await expect(callout.locator('h2')).toContainText('Jiangsu');
    expect(urlStep()).toBe('2');

    await page.getByRole('button', { name: 'Next' }).tap();
    await expect(step).toHaveText('3 / 4');
    expect(urlStep()).toBe('3');
    await swipe(cdp, { x: 60, y: middle.y }, { x: 340, y: middle.y });
    await expect(step).toHaveText('2 / 4');
    expect(urlStep()).toBe('2');
    const previous = page.getByRole('button', { name: 'Previous' });
    for (const button of [previous, page.getByRole('button', { name: 'Next' })]) {
      const target = (await button.boundingBox())!;
      expect(Math.min(target.width, target.height)).toBeGreaterThanOrEqual(44);
    }
    expect(await violations(page)).toEqual([]);
  });
});

test.describe('phone portrait, from a link', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test('a shared link shows the same place and filters, and the export dialog fits the screen', async ({
    page,
  }) => {
    await page.goto('/?place=wuhan&m=red-list');
    await waitForMapIdle(page);
    const sheet = page.locator('[data-drawer]');
    await expect(sheet.getByRole('heading', { level: 2 })).toContainText('Wuhan');
    await expect(page.locator('button[data-mechanism=red-list]')).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    await sheet.getByRole('button', { name: 'Close details' }).tap();
    const list = page.locator('.sidebar');
    await list.getByTestId('sheet-handle').tap();
    await expect(list).toContainText('2 of 12 places match');

    await page.getByRole('button', { name: 'Menu' }).tap();
    await page.getByRole('button', { name: 'Export' }).tap();
    const dialog = page.getByRole('dialog');
    await expect(dialog).toBeVisible();
    const box = (await dialog.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(390);
    // The dialog is taller than the phone; its buttons stay at its foot, in view, as it scrolls.
    for (const name of ['Download PNG', 'Close']) {
      await expect(dialog.getByRole('button', { name })).toBeInViewport({ ratio: 1 });
    }
    await dialog.getByRole('radio', { name: 'Large' }).scrollIntoViewIfNeeded();
    await expect(dialog.getByRole('button', { name: 'Download PNG' })).toBeInViewport({ ratio: 1 });
    await noSideways(page);
  });

  test('at 200 % text size the menu, the sheet and its handle still work', async ({ page }) => {
    await page.goto('/?place=rongcheng');
    await waitForMapIdle(page);
    await page.evaluate(() => (document.documentElement.style.fontSize = '200%'));
    const sheet = page.locator('[data-drawer]');
    await sheet.getByTestId('sheet-handle').tap();
    await expect(sheet).toHaveAttribute('data-snap', 'full');
    await expect(sheet.getByRole('heading', { level: 2 })).toBeInViewport();
    await page.getByRole('button', { name: 'Menu' }).tap();
    await expect(page.getByRole('button', { name: 'Present' })).toBeInViewport();
    await noSideways(page);
  });
});

test.describe('320 px wide', () => {
  test.use({ viewport: { width: 320, height: 640 } });

  test('nothing scrolls sideways, with the menu open or a place at full height', async ({
    page,
  }) => {
    await page.goto('/?place=rongcheng');
    await waitForMapIdle(page);
    await noSideways(page);
    await page.getByRole('button', { name: 'Menu' }).click();
    await noSideways(page);
    await page.getByRole('button', { name: 'Menu' }).click();
    const sheet = page.locator('[data-drawer]');
    await sheet.getByTestId('sheet-handle').tap();
    await expect(sheet).toHaveAttribute('data-snap', 'full');
    await noSideways(page);
    const overflowing = await sheet.evaluate((el) => el.scrollWidth - el.clientWidth);
    expect(overflowing, 'the sheet does not scroll sideways').toBeLessThanOrEqual(0);
  });
});

test.describe('phone portrait, a finger on the map', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test('a tap on the map redraws nothing; a finger drag pans it', async ({ page }) => {
    await page.goto('/');
    await waitForMapIdle(page);
    await waitForMapSettled(page);
    const opening = await getMapView(page);
    // The sea east of Zhejiang: no marker, no label.
    const canvas = (await page.locator('.maplibregl-canvas').boundingBox())!;
    const sea = await withMap(page, (map) => {
      const { x, y } = map.project([124, 27.5]);
      const counter = window as unknown as { mapRenders: number };
      counter.mapRenders = 0;
      map.on('render', () => counter.mapRenders++);
      return { x, y };
    });
    const at = { x: canvas.x + sea.x, y: canvas.y + sea.y };
    await page.touchscreen.tap(at.x, at.y);
    // Two frames after the tap: a redraw at its end would be in them.
    await page.evaluate(
      () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))),
    );
    await page.waitForTimeout(300);
    expect(
      await page.evaluate(() => (window as unknown as { mapRenders: number }).mapRenders),
    ).toBe(0);
    expect(await getMapView(page)).toEqual(opening);

    // Away from the tap: a finger landing where a tap just was zooms (MapLibre's tap-and-drag).
    const cdp = await page.context().newCDPSession(page);
    const from = { x: canvas.x + canvas.width / 2, y: canvas.y + 150 };
    await swipe(cdp, from, { x: from.x - 120, y: from.y });
    await expect
      .poll(async () => (await getMapView(page)).center[0]! - opening.center[0]!)
      .toBeGreaterThan(0.5);
  });
});

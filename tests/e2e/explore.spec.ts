/**
 * Issue "Explore": select places on the map and in the list, read what the details panel says,
 * clear the selection, hover, filter, share a link, go back and forward, use the keyboard only,
 * compare two places, and switch the language of the map labels.
 */
import type { Page } from '@playwright/test';
import {
  expect,
  getMapView,
  projectPlace,
  renderedPlaceIds,
  test,
  waitForMapIdle,
  waitForMapSettled,
  withMap,
} from './fixtures.ts';
import {
  ALL_PLACE_NAMES,
  CJK,
  CORE_PILOTS,
  type CorePilot,
  clickPlaceOnMap,
  comparePanel,
  detailsPanel,
  expectDetailsFor,
  focusedListButton,
  inkHeight,
  listButton,
  listedNames,
  longListFile,
  longListPlace,
  mapGlobalState,
  openInFreshContext,
  pixelAt,
  placeFeatureState,
  projectLngLat,
  renderedLabels,
  renderedMarkers,
  whatIsAt,
} from './explore-helpers.ts';

const pilot = (id: string): CorePilot => {
  const found = CORE_PILOTS.find((p) => p.id === id);
  if (!found) throw new Error(`no core pilot ${id}`);
  return found;
};
const WUHAN = pilot('wuhan');
const RONGCHENG = pilot('rongcheng');

/** A point in Xinjiang, far from every marker. */
const XINJIANG: [number, number] = [86, 41];
/** Empty land west of Wuhan, still in view once the map has eased Wuhan beside the drawer. */
const SHAANXI_SICHUAN: [number, number] = [106, 33];

const params = (url: string) => new URL(url).searchParams;

/**
 * Known app bug (reported; covered by the test.fail() test "opening a link to a place highlights
 * its marker"): a link with `place=` makes MapView's <FeatureState> call map.setFeatureState()
 * before the style has loaded, which throws. Links opened by the other tests tolerate that one
 * error so they still check everything else. Delete this once the bug is fixed.
 */
const STYLE_NOT_LOADED = [/Style is not done loading/];

/** Opens the atlas (at `path`) and waits for its map. */
async function open(page: Page, path = '/'): Promise<void> {
  await page.goto(path);
  await waitForMapIdle(page);
}

/** Rongcheng's panel marks its tiers as disputed and quotes both sides, each with its citation. */
async function expectRongchengDispute(page: Page): Promise<void> {
  const panel = detailsPanel(page);
  await expect(
    panel.getByRole('heading', { name: 'Scoring scale' }).first(),
    'the scale heading carries the mark',
  ).toContainText('Sources disagree');
  const tiers = panel.locator('[data-field="scale"]');
  await expect(tiers.getByRole('heading'), 'the tiers evidence carries the mark').toContainText(
    'Sources disagree',
  );
  const onePoint = tiers
    .locator('figure')
    .filter({ has: page.locator('blockquote', { hasText: 'loss of just one initial point' }) });
  const table = tiers
    .locator('figure')
    .filter({ has: page.locator('blockquote', { hasText: '960 and 1029' }) });
  await expect(onePoint, 'the "one point" side').toHaveCount(1);
  await expect(table, 'the tier-table side').toHaveCount(1);
  await expect(onePoint.locator('figcaption'), 'cited to its document').toContainText(
    'Jessica Walters',
  );
  await expect(onePoint.locator('figcaption'), 'and to the work it quotes').toContainText(
    'quoting',
  );
  await expect(table.locator('figcaption'), 'cited to the student essay').toContainText(
    'October 2021',
  );
}

test.describe('selecting a place', () => {
  test('a click on each core pilot on the map opens its details and highlights its marker', async ({
    page,
  }) => {
    test.slow(); // four clicks, each followed by the map easing to the place
    await open(page);
    let previous: string | null = null;
    for (const place of CORE_PILOTS) {
      await test.step(place.en, async () => {
        await clickPlaceOnMap(page, place.id);
        await expectDetailsFor(page, place);
        await expect(listButton(page, place.en), 'the list marks the selection').toHaveAttribute(
          'aria-current',
          'true',
        );
        expect(params(page.url()).get('place'), 'the link names the selection').toBe(place.id);
        // The map takes the selection up once the panel's frame is out (MapView's mapSelectedId).
        await expect
          .poll(() => placeFeatureState(page, place.id), { message: 'marker highlighted' })
          .toMatchObject({ selected: true });
        // The map draws that state: the selected marker's outline differs from every other one's.
        const markers = await renderedMarkers(page);
        const selected = markers.find((m) => m.id === place.id);
        expect(selected, `${place.id} is drawn`).toBeDefined();
        for (const other of markers.filter((m) => m.id !== place.id)) {
          expect(other.stroke, `${other.id} outline vs the selected one`).not.toBe(
            selected?.stroke,
          );
        }
        const before = previous;
        if (before) {
          await expect
            .poll(async () => (await placeFeatureState(page, before)).selected ?? false, {
              message: `${before} is no longer highlighted`,
            })
            .toBe(false);
        }
        if (place.id === 'rongcheng') await expectRongchengDispute(page);
        previous = place.id;
      });
    }
  });

  test("a click on a marker shows the place's figure before the map marks the place or moves", async ({
    page,
  }) => {
    await open(page);
    // From inside the page: what the map shows at the moment Wuhan's figure enters the panel.
    await withMap(page, (map) => {
      const w = window as unknown as { seen?: { selected: boolean; moved: boolean } };
      const centre = map.getCenter();
      const observer = new MutationObserver(() => {
        if (!document.querySelector('[role="img"][aria-label^="Red list 72%,"]')) return;
        observer.disconnect();
        w.seen = {
          selected: map.getFeatureState({ source: 'pilots', id: 'wuhan' }).selected === true,
          moved: map.isMoving() || map.getCenter().distanceTo(centre) > 0,
        };
      });
      observer.observe(document.body, { childList: true, subtree: true, attributes: true });
    });
    await clickPlaceOnMap(page, WUHAN.id);
    await expect(detailsPanel(page).getByRole('img', { name: /^Red list 72%/ })).toBeVisible();
    const seen = await page.evaluate(
      () => (window as unknown as { seen?: { selected: boolean; moved: boolean } }).seen,
    );
    expect(seen, 'the figure appeared').toBeDefined();
    expect(seen!.selected, 'the marker is not yet highlighted when the figure appears').toBe(false);
    expect(seen!.moved, 'the map has not moved yet when the figure appears').toBe(false);
    // Then the map takes the selection up, and eases the place clear of the panel.
    await expect
      .poll(() => placeFeatureState(page, WUHAN.id), { message: 'marker highlighted' })
      .toMatchObject({ selected: true });
  });

  test('the details panel loads once a place is pointed at, not with the page', async ({
    page,
  }) => {
    const requested: string[] = [];
    page.on('request', (request) => requested.push(new URL(request.url()).pathname));
    const panelCode = (path: string) => /\/assets\/DetailsPanel-[^/]+\.js$/.test(path);
    await open(page);
    expect(requested.filter(panelCode), 'not part of the first load').toEqual([]);
    // A pointer resting on a row of the list is enough: the click finds the panel there.
    const wuhan = listButton(page, WUHAN.en);
    await wuhan.hover();
    await expect.poll(() => requested.filter(panelCode).length).toBe(1);
    await wuhan.click();
    await expectDetailsFor(page, WUHAN);
  });

  test('choosing each core pilot in the list opens its details', async ({ page }) => {
    await open(page);
    for (const place of CORE_PILOTS) {
      await test.step(place.en, async () => {
        await listButton(page, place.en).click();
        await expectDetailsFor(page, place);
        await expect(listButton(page, place.en)).toHaveAttribute('aria-current', 'true');
        await expect
          .poll(() => placeFeatureState(page, place.id), { message: 'marker highlighted' })
          .toMatchObject({ selected: true });
      });
    }
  });

  test('Escape, the close button and a click on empty map each clear the selection', async ({
    page,
  }) => {
    await open(page);
    const panel = detailsPanel(page);
    const announcer = page.getByTestId('announcer');
    const expectCleared = async (how: string) => {
      await expect(panel, `${how}: panel closed`).toBeHidden();
      await expect(announcer, `${how}: announced`).toHaveText('Selection cleared.');
      await expect(listButton(page, 'Wuhan'), `${how}: list`).not.toHaveAttribute(
        'aria-current',
        'true',
      );
      expect(params(page.url()).get('place'), `${how}: link`).toBeNull();
      await expect
        .poll(async () => (await placeFeatureState(page, 'wuhan')).selected ?? false, {
          message: `${how}: marker`,
        })
        .toBe(false);
    };

    await test.step('Escape', async () => {
      await listButton(page, 'Wuhan').click();
      await expect(panel).toBeVisible();
      await page.keyboard.press('Escape');
      await expectCleared('Escape');
    });

    await test.step('close button', async () => {
      await listButton(page, 'Wuhan').click();
      await expect(panel).toBeVisible();
      await panel.getByRole('button', { name: 'Close details' }).click();
      await expectCleared('close button');
    });

    await test.step('click on empty map', async () => {
      await listButton(page, 'Wuhan').click();
      await expect(panel).toBeVisible();
      await waitForMapSettled(page);
      const point = await projectLngLat(page, SHAANXI_SICHUAN);
      expect(await whatIsAt(page, point), 'nothing but map west of Wuhan').toEqual([]);
      await page.mouse.click(point.x, point.y);
      await expectCleared('click on empty map');
    });
  });

  test('hovering a marker shows a pointer and a tooltip with its names', async ({ page }) => {
    await open(page);
    const cursor = () => withMap(page, (map) => getComputedStyle(map.getCanvas()).cursor);
    const tooltip = page.getByRole('tooltip');
    expect(await cursor(), 'cursor away from markers').not.toBe('pointer');
    await expect(tooltip).toBeHidden();

    const wuhan = await projectPlace(page, 'wuhan');
    expect(await whatIsAt(page, wuhan)).toEqual(['wuhan']);
    await page.mouse.move(wuhan.x - 30, wuhan.y);
    await page.mouse.move(wuhan.x, wuhan.y, { steps: 3 });
    await expect.poll(cursor, { message: 'cursor over a marker' }).toBe('pointer');
    await expect(tooltip).toBeVisible();
    await expect(tooltip).toContainText('Wuhan');
    await expect(tooltip).toContainText('武汉市');
    expect(await placeFeatureState(page, 'wuhan'), 'marker shows hover').toMatchObject({
      hover: true,
    });

    const empty = await projectLngLat(page, XINJIANG);
    await page.mouse.move(empty.x, empty.y, { steps: 3 });
    await expect.poll(cursor, { message: 'cursor back on empty map' }).not.toBe('pointer');
    await expect(tooltip).toBeHidden();
  });
});

test('the red-list chip fades the labels of the places it leaves out, which stay where they were', async ({
  page,
}) => {
  await open(page);
  /** Each label's opacity and screen position, as the map draws it. */
  const labels = () =>
    withMap(page, (map) =>
      Object.fromEntries(
        map.queryRenderedFeatures({ layers: ['labels-symbol'] }).map((feature) => {
          const g = feature.geometry;
          const { x, y } = map.project(
            g.type === 'Point' ? (g.coordinates as [number, number]) : [0, 0],
          );
          const opacity = Number((feature.layer.paint as Record<string, unknown>)['text-opacity']);
          return [String(feature.properties?.id), { opacity, x: Math.round(x), y: Math.round(y) }];
        }),
      ),
    );
  // Every place is named at the opening view, once the labels' font is there.
  await expect.poll(async () => Object.keys(await labels()).length).toBe(ALL_PLACE_NAMES.length);
  const before = await labels();
  expect(Object.values(before).every((l) => l.opacity === 1)).toBe(true);
  await page.locator('button[data-mechanism=red-list]').click();
  await expect.poll(() => listedNames(page)).toEqual(['Shanghai Pudong', 'Wuhan']);
  await waitForMapIdle(page);
  const after = await labels();
  expect(Object.keys(after).sort(), 'every label still drawn').toEqual(Object.keys(before).sort());
  for (const [id, label] of Object.entries(after)) {
    const kept = id === 'wuhan' || id === 'shanghai-pudong';
    expect(label.opacity, `${id}'s label ${kept ? 'stays' : 'fades'}`).toBe(kept ? 1 : 0.3);
    expect({ x: label.x, y: label.y }, `${id}'s label stays put`).toEqual({
      x: before[id]!.x,
      y: before[id]!.y,
    });
  }
});

test('filtering by mechanism fades the other places and narrows the list', async ({ page }) => {
  await open(page);
  const redList = page.locator('button[data-mechanism=red-list]');
  const pointScore = page.locator('button[data-mechanism=point-score]');
  const count = page.getByText(/\d+ (of \d+ )?places( match)?$/);
  const marker = async (id: string) => pixelAt(page, await projectPlace(page, id));
  const isRed = ([r, g, b]: number[]) => r! > 150 && g! < 100 && b! < 100;
  const isDark = (rgb: number[]) => rgb.every((c) => c < 80);
  const isFaded = (rgb: number[]) => rgb.every((c) => c > 150);
  const opacities = async () =>
    Object.fromEntries((await renderedMarkers(page)).map((m) => [m.id, m.opacity]));

  // Before: every place listed and drawn at full opacity; Wuhan red, Shanghai Pudong black.
  expect(await listedNames(page)).toEqual(ALL_PLACE_NAMES);
  expect(await renderedPlaceIds(page), 'all 12 markers drawn').toHaveLength(12);
  expect(Object.values(await opacities()).every((o) => o === 1)).toBe(true);
  expect(isRed(await marker('wuhan')), 'Wuhan is drawn red').toBe(true);
  expect(isDark(await marker('shanghai-pudong')), 'Shanghai Pudong is drawn black').toBe(true);

  await test.step('Red list', async () => {
    await redList.click();
    await expect(redList).toHaveAttribute('aria-pressed', 'true');
    await expect.poll(() => listedNames(page)).toEqual(['Shanghai Pudong', 'Wuhan']);
    await expect(count).toHaveText('2 of 12 places match');
    await expect
      .poll(() => mapGlobalState(page))
      .toMatchObject({ filterActive: true, matchIds: ['shanghai-pudong', 'wuhan'] });
    await waitForMapSettled(page);
    const o = await opacities();
    expect(Object.keys(o), 'places that do not match stay on the map').toHaveLength(12);
    for (const [id, opacity] of Object.entries(o)) {
      const matches = id === 'wuhan' || id === 'shanghai-pudong';
      expect(opacity, `${id} ${matches ? 'stays' : 'fades'}`).toBe(matches ? 1 : 0.18);
    }
    expect(isRed(await marker('wuhan')), 'Wuhan still red').toBe(true);
    expect(isDark(await marker('shanghai-pudong')), 'Shanghai Pudong still black').toBe(true);
  });

  await test.step('Match all: Red list + Point score', async () => {
    await page.getByRole('radio', { name: 'Match all' }).check();
    await pointScore.click();
    await expect(pointScore).toHaveAttribute('aria-pressed', 'true');
    await expect.poll(() => listedNames(page)).toEqual(['Wuhan']);
    await expect
      .poll(() => mapGlobalState(page))
      .toMatchObject({ filterActive: true, matchIds: ['wuhan'] });
    await waitForMapSettled(page);
    const o = await opacities();
    expect(o.wuhan).toBe(1);
    expect(o['shanghai-pudong'], 'Shanghai Pudong fades').toBe(0.18);
    expect(isRed(await marker('wuhan')), 'Wuhan still red').toBe(true);
    const pudong = await marker('shanghai-pudong');
    expect(isFaded(pudong), `Shanghai Pudong looks faded on screen (rgb ${pudong})`).toBe(true);
  });

  await test.step('Clear filters', async () => {
    await page.getByRole('button', { name: 'Clear filters' }).click();
    await expect(redList).toHaveAttribute('aria-pressed', 'false');
    await expect(pointScore).toHaveAttribute('aria-pressed', 'false');
    await expect.poll(() => listedNames(page)).toEqual(ALL_PLACE_NAMES);
    await expect(count).toHaveText('12 places');
    await expect.poll(() => mapGlobalState(page)).toMatchObject({ filterActive: false });
    await waitForMapSettled(page);
    expect(
      Object.values(await opacities()).every((o) => o === 1),
      'nothing faded',
    ).toBe(true);
    expect(isDark(await marker('shanghai-pudong')), 'Shanghai Pudong black again').toBe(true);
    expect(params(page.url()).get('m'), 'no filter left in the link').toBeNull();
  });
});

test.describe('links and history', () => {
  test('a link restores selection, filters, search, label language and view', async ({
    page,
    browser,
    pageProblems,
  }) => {
    test.slow(); // two page loads
    await open(page);
    await listButton(page, 'Wuhan').click();
    await expectDetailsFor(page, WUHAN);
    await waitForMapSettled(page);
    await page.locator('button[data-mechanism=red-list]').click();
    await page.getByRole('radio', { name: 'Match all' }).check();
    await page.getByRole('searchbox', { name: 'Search names and excerpts' }).fill('Wuhan');
    await page.getByRole('radio', { name: '中文' }).check();
    await withMap(page, (map) => map.jumpTo({ center: [112.8765, 31.2345], zoom: 5.37 }));
    await waitForMapSettled(page);
    const view = await getMapView(page);
    await expect.poll(() => params(page.url()).get('view')).toBe('112.8765,31.2345,5.37');
    const url = page.url();
    expect(Object.fromEntries(params(url)), 'what the link holds').toEqual({
      place: 'wuhan',
      m: 'red-list',
      mode: 'all',
      q: 'Wuhan',
      lang: 'zh',
      view: '112.8765,31.2345,5.37',
    });
    const listed = await listedNames(page);
    expect(listed).toEqual(['Shanghai Pudong', 'Wuhan']);

    const fresh = await openInFreshContext(browser, url, pageProblems, STYLE_NOT_LOADED);
    try {
      const p = fresh.page;
      await expectDetailsFor(p, WUHAN);
      await expect(p.locator('button[data-mechanism=red-list]')).toHaveAttribute(
        'aria-pressed',
        'true',
      );
      await expect(p.locator('button[aria-pressed=true]'), 'only that chip').toHaveCount(1);
      await expect(p.getByRole('radio', { name: 'Match all' })).toBeChecked();
      await expect(p.getByRole('searchbox', { name: 'Search names and excerpts' })).toHaveValue(
        'Wuhan',
      );
      await expect(p.getByRole('radio', { name: '中文' })).toBeChecked();
      expect(await listedNames(p), 'same places listed').toEqual(listed);
      // Labels are placed once the map has settled: on a slow run there are none at first.
      await expect.poll(async () => (await mapGlobalState(p)).labelLang).toBe('zh');
      const restored = await getMapView(p);
      expect(Math.abs(restored.center[0]! - view.center[0]!), 'longitude').toBeLessThan(1e-3);
      expect(Math.abs(restored.center[1]! - view.center[1]!), 'latitude').toBeLessThan(1e-3);
      expect(Math.abs(restored.zoom - view.zoom), 'zoom').toBeLessThan(0.01);
    } finally {
      await fresh.close();
    }
  });

  test('opening a link to a place highlights its marker', async ({ page }) => {
    await open(page, '/?place=wuhan');
    await expectDetailsFor(page, WUHAN);
    await expect
      .poll(() => placeFeatureState(page, 'wuhan'), { timeout: 5_000 })
      .toMatchObject({ selected: true });
  });

  test('the address holds the search once typing pauses, at once when the page loses focus', async ({
    page,
  }) => {
    await open(page);
    const entries = await page.evaluate(() => history.length);
    const query = async (key: string) =>
      page.evaluate((key) => new URLSearchParams(location.search).get(key), key);
    const box = page.getByRole('searchbox', { name: 'Search names and excerpts' });
    await box.pressSequentially('wuh');
    // What the browser tells the page when the user clicks into the address bar to copy it.
    await page.evaluate(() => dispatchEvent(new FocusEvent('blur')));
    expect(await query('q'), 'right when the user turns to the address').toBe('wuh');
    await box.pressSequentially('an');
    await expect.poll(() => query('q'), 'once typing pauses').toBe('wuhan');
    await box.pressSequentially(' ');
    await listButton(page, 'Wuhan').click();
    expect(await query('place'), 'a selection is written at once').toBe('wuhan');
    expect(await query('q'), 'with the search').toBe('wuhan ');
    expect(await page.evaluate(() => history.length), 'typing adds no history entry').toBe(
      entries + 1,
    );
    await page.goBack();
    await expect.poll(() => query('place'), 'back: no selection').toBeNull();
    expect(await query('q'), 'the entry left holds the last keystroke').toBe('wuhan ');
  });

  test('back and forward step through selections', async ({ page }) => {
    await open(page);
    await listButton(page, 'Wuhan').click();
    await expectDetailsFor(page, WUHAN);
    await waitForMapSettled(page);
    await listButton(page, 'Rongcheng').click();
    await expectDetailsFor(page, RONGCHENG);
    await waitForMapSettled(page);

    await page.goBack();
    await expect(detailsPanel(page).locator('#panel-title')).toContainText('Wuhan');
    await expectDetailsFor(page, WUHAN);
    expect(params(page.url()).get('place')).toBe('wuhan');
    await expect.poll(() => placeFeatureState(page, 'wuhan')).toMatchObject({ selected: true });

    await page.goForward();
    await expect(detailsPanel(page).locator('#panel-title')).toContainText('Rongcheng');
    await expectDetailsFor(page, RONGCHENG);
    expect(params(page.url()).get('place')).toBe('rongcheng');

    await page.goBack();
    await page.goBack();
    await expect(detailsPanel(page), 'back at the start: nothing selected').toBeHidden();
  });

  test('a malformed link loads, keeps the valid filter and ignores the rest', async ({ page }) => {
    await page.goto('/?place=atlantis&m=red-list,bogus&mode=zzz&view=999,1,1&lang=fr');
    await waitForMapIdle(page);
    await expect(page.locator('button[data-mechanism=red-list]')).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    await expect(page.locator('button[aria-pressed=true]'), 'only the red-list chip').toHaveCount(
      1,
    );
    await expect(page.getByRole('radio', { name: 'Match any' })).toBeChecked();
    await expect(page.getByRole('radio', { name: 'Both' })).toBeChecked();
    await expect(page.getByRole('searchbox', { name: 'Search names and excerpts' })).toHaveValue(
      '',
    );
    await expect(detailsPanel(page)).toBeHidden();
    await expect(comparePanel(page)).toBeHidden();
    expect(await listedNames(page)).toEqual(['Shanghai Pudong', 'Wuhan']);
    // Labels are placed once the map has settled, so they may land just after the idle.
    await expect
      .poll(() => mapGlobalState(page))
      .toMatchObject({ filterActive: true, labelLang: 'both' });
    // The map shows China, not a view at longitude 999.
    const view = await getMapView(page);
    expect(view.center[0]).toBeGreaterThan(73);
    expect(view.center[0]).toBeLessThan(136);
    expect(view.center[1]).toBeGreaterThan(17);
    expect(view.center[1]).toBeLessThan(54);
    // The address bar is rewritten to what was applied.
    const link = params(page.url());
    expect(link.get('m')).toBe('red-list');
    for (const key of ['place', 'mode', 'lang', 'q', 'compare']) {
      expect(link.get(key), `${key} dropped from the link`).toBeNull();
    }
    expect(link.get('view') ?? '', 'no view at longitude 999').not.toContain('999');
  });
});

test('keyboard only: Tab into the list, arrow to Wuhan, Enter opens it', async ({ page }) => {
  await open(page);
  const focusedListButton = () =>
    page.evaluate(() => {
      const active = document.activeElement;
      return active instanceof HTMLButtonElement &&
        active.closest('[data-testid=place-list]') !== null
        ? (active.querySelector('.en')?.textContent ?? '')
        : null;
    });
  let focused: string | null = null;
  for (let i = 0; i < 40 && focused === null; i++) {
    await page.keyboard.press('Tab');
    focused = await focusedListButton();
  }
  expect(focused, 'Tab reaches the place list').not.toBeNull();
  for (let i = 0; i < ALL_PLACE_NAMES.length && focused !== 'Wuhan'; i++) {
    await page.keyboard.press('ArrowDown');
    focused = await focusedListButton();
  }
  expect(focused, 'ArrowDown reaches Wuhan').toBe('Wuhan');
  await page.keyboard.press('Enter');
  await expectDetailsFor(page, WUHAN);
  await expect(page.getByTestId('announcer')).toContainText('Selected Wuhan');
  expect(await focusedListButton(), 'focus stays on Wuhan').toBe('Wuhan');
});

test('comparing Wuhan with Shanghai Pudong, and sharing the comparison', async ({
  page,
  browser,
  pageProblems,
}) => {
  test.slow(); // two page loads
  await open(page);
  // The picker offers every other place, in the list's order of the data, and follows the panel.
  const offered = () =>
    page
      .getByTestId('compare-select')
      .locator('option')
      .evaluateAll((options) => options.map((o) => o.textContent));
  await listButton(page, 'Rongcheng').click();
  await expect.poll(offered).toContain('Wuhan');
  expect(await offered()).not.toContain('Rongcheng');
  await listButton(page, 'Wuhan').click();
  await expectDetailsFor(page, WUHAN);
  // Filled in the frame after the panel: the placeholder and the 11 other places.
  await expect.poll(async () => (await offered()).length).toBe(12);
  const wuhanOffers = await offered();
  expect(wuhanOffers[0]).toBe('choose a place…');
  expect(wuhanOffers).toContain('Rongcheng');
  expect(wuhanOffers).not.toContain('Wuhan');
  await page.getByTestId('compare-select').selectOption({ label: 'Shanghai Pudong' });

  const expectComparison = async (p: typeof page) => {
    const panel = comparePanel(p);
    await expect(panel).toBeVisible();
    const wuhan = panel.getByRole('region', { name: 'Wuhan', exact: true });
    const pudong = panel.getByRole('region', { name: 'Shanghai Pudong', exact: true });
    await expect(wuhan.getByRole('heading', { level: 3 })).toContainText('武汉市');
    await expect(pudong.getByRole('heading', { level: 3 })).toContainText('上海市浦东新区');
    await expect(wuhan).toContainText('Red 72%');
    await expect(pudong).toContainText('Black 75%');
    await expect(wuhan.locator('blockquote'), 'one excerpt for Wuhan').toHaveCount(1);
    await expect(pudong.locator('blockquote'), 'one excerpt for Shanghai Pudong').toHaveCount(1);
    await expect(wuhan.locator('blockquote')).toContainText('72%');
    await expect(pudong.locator('blockquote')).toContainText('75%');
    await expect(wuhan.locator('figcaption')).toContainText('Jessica Walters');
    await expect(pudong.locator('figcaption')).toContainText('Jessica Walters');
  };

  await expectComparison(page);
  await expect(detailsPanel(page), 'the comparison replaces the details').toBeHidden();
  // The map frames both places beside the comparison, where they can be seen and clicked.
  await waitForMapSettled(page);
  for (const id of ['wuhan', 'shanghai-pudong']) {
    const point = await projectPlace(page, id);
    expect(point.onCanvas, `${id} on the map`).toBe(true);
    expect(await whatIsAt(page, point), `${id} not under the drawer`).toContain(id);
  }
  expect(params(page.url()).get('compare')).toBe('wuhan,shanghai-pudong');
  expect(new URL(page.url()).search, 'a readable link: literal commas').toContain(
    'compare=wuhan,shanghai-pudong',
  );
  const url = page.url();

  const fresh = await openInFreshContext(browser, url, pageProblems, STYLE_NOT_LOADED);
  try {
    await expectComparison(fresh.page);
  } finally {
    await fresh.close();
  }

  await page.keyboard.press('Escape');
  await expect(comparePanel(page), 'Escape closes the comparison').toBeHidden();
  await expectDetailsFor(page, WUHAN);
  expect(params(page.url()).get('compare')).toBeNull();
});

test('the label switch changes the language of the map labels', async ({ page }) => {
  await open(page);
  /** Places whose label has no other marker or label within its box on the opening view. */
  const LONE = ['shanxi', 'zhongshan'];
  const inkOf = async (id: string) => {
    const p = await projectPlace(page, id);
    return inkHeight(page, { x: p.x + 12, y: p.y - 30, width: 60, height: 60 });
  };
  const expectLabels = async (lang: 'en' | 'zh' | 'both') => {
    await expect.poll(async () => (await mapGlobalState(page)).labelLang).toBe(lang);
    await waitForMapSettled(page);
    const labels = await renderedLabels(page);
    expect(labels.length, 'labels drawn').toBeGreaterThan(0);
    for (const label of labels) {
      const expected =
        lang === 'en'
          ? label.nameEn
          : lang === 'zh'
            ? (label.nameZh ?? label.nameEn)
            : label.nameZh
              ? `${label.nameEn}\n${label.nameZh}`
              : label.nameEn;
      // A place that leans on one list carries a last line "red list 72%" in every language.
      const names = label.text.replace(/\n(red|black) list \d+%$/, '');
      expect(names, `label of ${label.id}`).toBe(expected);
      if (lang === 'en') expect(label.text, `${label.id}: no Chinese`).not.toMatch(CJK);
    }
    return labels;
  };

  await expect(page.getByRole('radio', { name: 'Both' })).toBeChecked();
  const both = await expectLabels('both');
  expect(
    both.some((label) => CJK.test(label.text)),
    'Chinese shown by default',
  ).toBe(true);
  const lone = LONE.filter((id) => both.some((label) => label.id === id));
  expect(lone.length, 'some lone labels to look at').toBeGreaterThan(0);
  const twoLines: Record<string, number> = {};
  for (const id of lone) {
    twoLines[id] = await inkOf(id);
    expect(twoLines[id], `${id}: two lines of text on screen`).toBeGreaterThanOrEqual(20);
  }

  await page.getByRole('radio', { name: 'English' }).check();
  const english = await expectLabels('en');
  expect(params(page.url()).get('lang')).toBe('en');
  // On screen, each lone label is now one line: its ink is much less tall.
  for (const id of lone.filter((id) => english.some((label) => label.id === id))) {
    const height = await inkOf(id);
    expect(height, `${id}: one line of text on screen`).toBeGreaterThan(0);
    expect(height, `${id}: one line of text on screen`).toBeLessThanOrEqual(16);
  }

  await page.getByRole('radio', { name: '中文' }).check();
  await expectLabels('zh');
});

test.describe('every place is named at the opening view', () => {
  for (const viewport of [
    { width: 1280, height: 720 },
    { width: 1920, height: 1080 },
  ]) {
    test(`at ${viewport.width}×${viewport.height}`, async ({ page }) => {
      await page.setViewportSize(viewport);
      await open(page);
      await waitForMapSettled(page);
      const labelled = (await renderedLabels(page)).map((label) => label.id);
      const ids = ALL_PLACE_NAMES.map((name) => name.toLowerCase().replaceAll(' ', '-'));
      expect(labelled).toEqual(ids.sort((a, b) => a.localeCompare(b)));
    });
  }
});

test('a list of 3,000 places: End reaches the last, search narrows it, the map shows the way', async ({
  page,
}) => {
  test.slow(); // 3,000 more markers on a software-rendered map
  await open(page);
  await page.getByTestId('import-input').setInputFiles(longListFile(3000));
  await expect(page.getByTestId('import-status')).toContainText('3000 of your places');
  const count = page.getByText(/\d+ (of \d+ )?places( match)?$/);
  await expect(count).toHaveText('3012 places');
  const last = longListPlace(3000).en;

  await test.step('keyboard: End, ArrowUp, Home', async () => {
    await listButton(page, 'Anqing').focus();
    await page.keyboard.press('End');
    await expect.poll(() => focusedListButton(page), 'End reaches the last place').toBe(last);
    await expect(listButton(page, last)).toBeInViewport();
    await page.keyboard.press('ArrowUp');
    await expect.poll(() => focusedListButton(page)).toBe(longListPlace(2999).en);
    await page.keyboard.press('Home');
    await expect.poll(() => focusedListButton(page), 'Home is back at the first').toBe('Anqing');
    await expect(listButton(page, 'Anqing')).toBeInViewport();
  });

  await test.step('scrolling to the bottom shows the last places', async () => {
    await page.getByTestId('place-list').evaluate((list) => {
      let scroller = list.parentElement;
      while (scroller && !/auto|scroll/.test(getComputedStyle(scroller).overflowY))
        scroller = scroller.parentElement;
      scroller?.scrollTo({ top: scroller.scrollHeight });
    });
    await expect(listButton(page, last)).toBeInViewport();
    await expect(listButton(page, longListPlace(2995).en)).toBeInViewport();
  });

  await test.step('search narrows the list to exactly the matches', async () => {
    const box = page.getByRole('searchbox', { name: 'Search names and excerpts' });
    await box.fill('zone 123');
    await expect(count).toHaveText('10 of 3012 places match');
    expect(await listedNames(page)).toEqual(
      Array.from({ length: 10 }, (_, i) => longListPlace(1230 + i).en),
    );
    await box.fill('');
    await expect(count).toHaveText('3012 places');
  });

  await test.step('a place clicked on the map is shown, selected, in the list', async () => {
    await listButton(page, 'Anqing').focus();
    await page.keyboard.press('Home');
    const target = longListPlace(1500);
    await withMap(page, (map, center) => map.jumpTo({ center, zoom: 8 }), target.lngLat);
    await waitForMapSettled(page);
    const point = await projectLngLat(page, target.lngLat);
    expect(await whatIsAt(page, point), 'nothing covers the marker').not.toBe('covered');
    await page.mouse.click(point.x, point.y);
    await expect(detailsPanel(page).locator('#panel-title')).toContainText(target.en);
    const button = listButton(page, target.en);
    await expect(button).toHaveAttribute('aria-current', 'true');
    await expect(button).toBeInViewport();
  });
});

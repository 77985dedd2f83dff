/**
 * Slide exports: exact pixel size, the map drawn with the markers in their colours where the
 * projection puts them, province fills, labels, text in the title and credits bands, and an SVG of
 * the same composition that looks the same.
 *
 * Most tests call `window.pilotAtlas.exportPng/exportSvg`, which the export dialog exposes while it
 * is open, and check the result in the page (the browser decodes the PNG). Set EXPORT_SAMPLES=dir
 * to keep the images.
 */
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import {
  COLOURS,
  compareWithFresh,
  comparePngWithSvg,
  expectPrepared,
  exportAndMeasure,
  measurePreview,
  openExportDialog,
  type PngReport,
  near,
  save,
  slowBasemap,
  waitForExportHook,
} from './export-helpers.ts';
import { expect, test, waitForMapIdle } from './fixtures.ts';

const PRESETS = [
  [1920, 1080],
  [1600, 1200],
  [1080, 1080],
] as const;
const SCALES = [1, 2, 3] as const;

/** What a reader of the slide sees of the Wuhan view: the markers, the provinces, the labels. */
function expectWuhanMap(report: PngReport) {
  expect(report.visible).toEqual(expect.arrayContaining(['wuhan', 'shanghai-pudong']));
  const wuhan = report.colourAt.wuhan!;
  const pudong = report.colourAt['shanghai-pudong']!;
  expect(near(wuhan, COLOURS.redList, 40), `Wuhan is red-list red: ${wuhan}`).toBe(true);
  expect(near(pudong, COLOURS.blackList, 40), `Pudong is near-black: ${pudong}`).toBe(true);
  const shares = report.mapShares;
  expect(shares.provinceFill, 'share of the map in province fill').toBeGreaterThan(0.2);
  // Beijing, Shanghai and Jiangsu: smaller now that the slide's larger labels take room.
  expect(shares.provinceTint, 'share of the map in tinted provinces').toBeGreaterThan(0.005);
  expect(shares.sea, 'share of the map in sea').toBeGreaterThan(0.05);
  expect(report.labelInk.wuhan, "dark (text) pixels in Wuhan's label").toBeGreaterThan(0.03);
}

test.describe('PNG export', () => {
  for (const [width, height] of PRESETS)
    for (const scale of SCALES)
      test(`${width}×${height} at ${scale}× is exact, drawn, titled and credited`, async ({
        page,
      }) => {
        await openExportDialog(page);
        // The whole map, as these checks read it (the default with Wuhan selected is Wuhan in context).
        await page.getByRole('radio', { name: 'All places' }).check();
        const title = 'Wuhan: red list 72%, black list 28%';
        const report = await exportAndMeasure(page, { width, height, scale, title });
        save(`export-${width}x${height}@${scale}x.png`, report.base64, 'base64');
        console.log(`${width}×${height}@${scale}×: ${JSON.stringify(report.timings)}`);

        expect(report.ihdr).toEqual({ width: width * scale, height: height * scale });
        expect(report.distinctColours, 'distinct colours on a 64×40 grid').toBeGreaterThan(8);
        expect(report.titleInk, 'dark (text) pixels in the title band').toBeGreaterThan(0.01);
        expect(report.creditsInk, 'dark (text) pixels in the credits band').toBeGreaterThan(0.005);
        expectWuhanMap(report);
      });

  test('looks like the SVG of the same view', async ({ page }) => {
    await openExportDialog(page, '/?place=wuhan&m=red-list');
    const options = { width: 1600, height: 1200, scale: 2, title: 'Red list' } as const;
    const agreement = await comparePngWithSvg(page, options);
    console.log(`PNG vs SVG: ${agreement.differing.length} of ${agreement.compared} points differ`);
    expect(agreement.placesCompared).toBeGreaterThan(3);
    expect(agreement.placesDiffering, 'marker centres that differ').toEqual([]);
    expect(agreement.compared, 'points of the map compared').toBeGreaterThan(8_000);
    // Outlines fall on slightly different pixels where the two rasterisers anti-alias differently.
    expect(
      agreement.differing.length / agreement.compared,
      `share of points that differ, e.g. ${JSON.stringify(agreement.differing.slice(0, 3))}`,
    ).toBeLessThan(0.01);
  });
});

test('draws the same map in a browser without WebGL', async ({ page }) => {
  // As on a PC where WebGL is off: every WebGL context is refused, 2D canvases still work.
  await page.addInitScript(() => {
    const getContext = HTMLCanvasElement.prototype.getContext;
    HTMLCanvasElement.prototype.getContext = function (
      this: HTMLCanvasElement,
      type: string,
      ...rest: unknown[]
    ) {
      return /webgl/i.test(type) ? null : getContext.call(this, type, ...(rest as []));
    } as typeof getContext;
  });
  await openExportDialog(page, '/?place=wuhan', false);
  await expect(page.getByTestId('no-webgl')).toBeVisible();
  await page.getByRole('radio', { name: 'All places' }).check();
  const report = await exportAndMeasure(page, {
    width: 1600,
    height: 1200,
    scale: 1,
    title: 'No WebGL',
  });
  expect(report.ihdr).toEqual({ width: 1600, height: 1200 });
  expectWuhanMap(report);
});

test("exports the user's own places with the atlas's", async ({ page }) => {
  await page.goto('/');
  await waitForMapIdle(page);
  await page.getByTestId('import-input').setInputFiles({
    name: 'my-places.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(
      'id,name_en,name_zh,lon,lat,level,status,red_share,black_share,mechanisms\n' +
        'my-town,My Town,我的镇,116.9,36.6,town,pilot,80,20,red-list',
    ),
  });
  await expect(page.getByTestId('import-status')).toContainText('1 of your places');
  await page.getByRole('button', { name: 'Export', exact: true }).click();
  await waitForExportHook(page);
  const report = await exportAndMeasure(page, {
    width: 1600,
    height: 1200,
    scale: 1,
    title: 'Mine',
  });
  save('export-user-1600x1200@1x.png', report.base64, 'base64');
  expect(report.visible).toContain('my-town');
  expect(near(report.colourAt['my-town']!, COLOURS.redList, 40), 'my town is red').toBe(true);
  expect(report.labelInk['my-town'], "dark (text) pixels in my town's label").toBeGreaterThan(0.03);
  const svg = await page.evaluate(async () => {
    type Hook = (o: object) => Promise<{ svg: string }>;
    const hook = (window as unknown as { pilotAtlas: { exportSvg: Hook } }).pilotAtlas.exportSvg;
    return (await hook({ width: 1600, height: 1200, scale: 1, title: 'Mine' })).svg;
  });
  expect(svg).toContain('data-id="my-town"');
  expect(svg).toContain('(your data)');
});

test.describe('export dialog', () => {
  test('loads on demand and offers a default title in words', async ({ page }) => {
    await page.goto('/?m=red-list');
    await waitForMapIdle(page);
    // Not part of the first load: fetched only once the map is up (so that it opens offline).
    const fetchedBeforeIdle = () =>
      page.evaluate(() => {
        const idle = performance.getEntriesByName('pilot-atlas:idle')[0]!.startTime;
        return performance
          .getEntriesByType('resource')
          .filter((e) => /ExportDialog/.test(e.name) && e.startTime < idle).length;
      });
    expect(await fetchedBeforeIdle()).toBe(0);
    await page.getByRole('button', { name: 'Export', exact: true }).click();
    await expect(page.getByTestId('export-title')).toHaveValue('Places using red list');

    // "Current view" is the map element's size, at the chosen scale (2× by default).
    const map = await page.evaluate(() => {
      const element = document.querySelector('.maplibregl-map')!;
      return { width: element.clientWidth, height: element.clientHeight };
    });
    await page.getByRole('group', { name: 'Size' }).getByLabel('Current view').check();
    await expect(page.getByTestId('export-pixels')).toHaveText(
      `Image: ${map.width * 2} × ${map.height * 2} px`,
    );
  });

  test('validates a custom size inline and downloads a PNG of exactly that size', async ({
    page,
  }) => {
    test.setTimeout(120_000);
    await openExportDialog(page);
    await page.getByLabel('Custom').check();
    const width = page.getByTestId('export-width');
    const height = page.getByTestId('export-height');
    await width.fill('12.5');
    await expect(page.getByTestId('export-size-error')).toHaveText('Width must be a whole number.');
    await expect(page.getByRole('button', { name: 'Download PNG' })).toBeDisabled();
    await width.fill('150');
    await expect(page.getByTestId('export-size-error')).toContainText('from 200 to 4000');
    await width.fill('1000');
    await height.fill('700');
    await page.getByLabel('3×').check();
    await expect(page.getByTestId('export-pixels')).toHaveText('Image: 3000 × 2100 px');
    await page.getByTestId('export-title').fill('A <custom> title & “quotes”');

    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Download PNG' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toBe('pilot-atlas-a-custom-title-quotes-1000x700@3x.png');
    const bytes = readFileSync(await file.path());
    expect([bytes.readUInt32BE(16), bytes.readUInt32BE(20)]).toEqual([3000, 2100]);
    await expect(page.getByTestId('export-status')).toHaveText(/^Saved pilot-atlas-.*\.png/);
    save('export-custom-1000x700@3x.png', bytes);
  });

  test('copies a PNG to the clipboard', async ({ page, context, baseURL }) => {
    test.setTimeout(90_000);
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL });
    await openExportDialog(page);
    await page.getByRole('button', { name: 'Copy PNG' }).click();
    await expect(page.getByTestId('export-status')).toHaveText(/Copied the PNG/, {
      timeout: 60_000,
    });
    const types = await page.evaluate(async () =>
      (await navigator.clipboard.read()).flatMap((item) => item.types),
    );
    expect(types).toContain('image/png');
  });

  test('closes with Escape and keeps the selection', async ({ page }) => {
    await openExportDialog(page);
    await page.keyboard.press('Escape');
    await expect(page.getByTestId('export-dialog')).toBeHidden();
    await expect(page.getByTestId('details-panel')).toBeVisible();
  });
});

test.describe('export preview and preparation', () => {
  const WUHAN_TITLE = 'Wuhan: red list 72%, black list 28%';

  /** A downloaded 1920×1080 @2× PNG of Wuhan's default slide against a fresh render of it. */
  async function compareWuhanSlide(page: Page, bytes: Buffer) {
    const comparison = await compareWithFresh(page, bytes.toString('base64'), {
      width: 1920,
      height: 1080,
      scale: 2,
      title: WUHAN_TITLE,
    });
    expect(comparison.size).toEqual({ width: 3840, height: 2160 });
    expect(comparison.freshSize).toEqual(comparison.size);
    return comparison;
  }
  const dialog = (page: Page) => page.getByTestId('export-dialog');
  const previewImage = (page: Page) => page.getByTestId('export-preview-image');

  async function download(page: Page) {
    const file = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Download PNG' }).click();
    const done = await file;
    return { name: done.suggestedFilename(), bytes: readFileSync(await done.path()) };
  }

  test('shows a preview of the map it will export, then says the image is ready', async ({
    page,
  }) => {
    await openExportDialog(page);
    await page.getByRole('radio', { name: 'All places' }).check();
    await expectPrepared(page);
    await expect(page.getByTestId('export-preparation')).toHaveText(/Full-size image ready/);
    await expect(previewImage(page)).toHaveAttribute(
      'aria-label',
      `Preview of the 3840 × 2160 px image: the title “${WUHAN_TITLE}”, a map with 12 places, the details of Wuhan, a legend and the credits.`,
    );
    const preview = await measurePreview(page, {
      width: 1920,
      height: 1080,
      scale: 2,
      title: WUHAN_TITLE,
    });
    // The whole slide, fitted into the dialog, in its shape.
    expect(preview.css.width).toBeGreaterThan(300);
    expect(preview.css.width / preview.css.height).toBeCloseTo(16 / 9, 1);
    expect(preview.mapShares.provinceFill, 'share of the map in province fill').toBeGreaterThan(
      0.2,
    );
    expect(preview.mapShares.sea, 'share of the map in sea').toBeGreaterThan(0.05);
    const wuhan = preview.colourAt.wuhan!;
    expect(near(wuhan, COLOURS.redList, 60), `Wuhan's marker is red: ${wuhan}`).toBe(true);
    await dialog(page).screenshot({ path: test.info().outputPath('dialog.png') });
  });

  test('follows the size and the title', async ({ page }) => {
    await openExportDialog(page);
    await expectPrepared(page);
    const options = { width: 1920, height: 1080, scale: 2, title: WUHAN_TITLE } as const;
    const before = await measurePreview(page, options);

    await page.getByLabel('1080 × 1080 (square)').check();
    await expectPrepared(page);
    await expect(previewImage(page)).toHaveAttribute('aria-label', /of the 2160 × 2160 px image/);
    const square = await measurePreview(page, { ...options, width: 1080 });
    expect(square.css.width / square.css.height).toBeCloseTo(1, 1);

    await page.getByTestId('export-title').fill('Two pilots, two scales');
    await expectPrepared(page);
    await expect(previewImage(page)).toHaveAttribute('aria-label', /“Two pilots, two scales”/);
    const retitled = await measurePreview(page, {
      ...options,
      width: 1080,
      title: 'Two pilots, two scales',
    });
    const changed = retitled.titleBand.filter((v, i) => Math.abs(v - square.titleBand[i]!) > 20);
    expect(changed.length, 'points of the title band that changed').toBeGreaterThan(10);
    expect(before.canvas.width).not.toBe(square.canvas.width);
  });

  test('Download once ready encodes the prepared image: the same PNG as one made from scratch', async ({
    page,
  }) => {
    test.setTimeout(120_000);
    await openExportDialog(page);
    await expectPrepared(page);
    const source = await page.evaluate(async (title) => {
      type Hook = (o: object) => Promise<{ source: string }>;
      const hook = (window as unknown as { pilotAtlas: { exportPng: Hook } }).pilotAtlas.exportPng;
      return (await hook({ width: 1920, height: 1080, scale: 2, title })).source;
    }, WUHAN_TITLE);
    expect(source).toBe('prepared');
    const file = await download(page);
    expect(file.name).toBe('pilot-atlas-wuhan-red-list-72-black-list-28-1920x1080@2x.png');
    const comparison = await compareWuhanSlide(page, file.bytes);
    expect(comparison.compared).toBe(160 * 90);
    expect(comparison.differing, 'grid points that differ from a fresh render').toBe(0);
  });

  test('Download while the image is being prepared gives the same PNG', async ({ page }) => {
    test.setTimeout(120_000);
    await page.goto('/?place=wuhan');
    await waitForMapIdle(page);
    await slowBasemap(page);
    await page.getByRole('button', { name: 'Export', exact: true }).click();
    await expect(dialog(page)).toHaveAttribute('data-export-state', 'preparing');
    await expect(page.getByTestId('export-preparation')).toHaveText(/Preparing/);
    const file = await download(page);
    expect(file.name).toBe('pilot-atlas-wuhan-red-list-72-black-list-28-1920x1080@2x.png');
    await expect(page.getByTestId('export-status')).toHaveText(/^Saved pilot-atlas-.*\.png/);
    const comparison = await compareWuhanSlide(page, file.bytes);
    expect(comparison.differing, 'grid points that differ from a fresh render').toBe(0);
  });

  test('options changed while preparing never yield an image of the old options', async ({
    page,
  }) => {
    test.setTimeout(120_000);
    await page.goto('/?place=wuhan');
    await waitForMapIdle(page);
    await slowBasemap(page);
    await page.getByRole('button', { name: 'Export', exact: true }).click();
    await expect(dialog(page)).toHaveAttribute('data-export-state', 'preparing');
    await page.getByTestId('export-title').fill('Changed mid-way');
    await page.getByLabel('1080 × 1080 (square)').check();
    await page.getByLabel('1×').check();
    // Download at once, and again once the dialog has caught up: both are of the new options.
    const early = await download(page);
    await expectPrepared(page);
    await expect(previewImage(page)).toHaveAttribute(
      'aria-label',
      /of the 1080 × 1080 px image: the title “Changed mid-way”/,
    );
    const late = await download(page);
    const options = { width: 1080, height: 1080, scale: 1, title: 'Changed mid-way' } as const;
    for (const file of [early, late]) {
      expect(file.name).toBe('pilot-atlas-changed-mid-way-1080x1080@1x.png');
      const comparison = await compareWithFresh(page, file.bytes.toString('base64'), options);
      expect(comparison.size).toEqual({ width: 1080, height: 1080 });
      expect(comparison.differing, 'grid points that differ from a fresh render').toBe(0);
    }
  });
});

test('exports when the browser refuses the encoder worker (encoded on the page)', async ({
  page,
}) => {
  test.setTimeout(120_000);
  // As under a policy that forbids blob: workers: the PNG encoder cannot start; MapLibre's can.
  await page.addInitScript(() => {
    const Native = window.Worker;
    window.Worker = class extends Native {
      constructor(url: string | URL, options?: WorkerOptions) {
        if (options?.name === 'png-encoder') throw new DOMException('refused', 'SecurityError');
        super(url, options);
      }
    };
  });
  await openExportDialog(page);
  await expectPrepared(page);
  const file = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download PNG' }).click();
  const bytes = readFileSync(await (await file).path());
  const title = 'Wuhan: red list 72%, black list 28%';
  const comparison = await compareWithFresh(page, bytes.toString('base64'), {
    width: 1920,
    height: 1080,
    scale: 2,
    title,
  });
  expect(comparison.size).toEqual({ width: 3840, height: 2160 });
  expect(comparison.differing, 'grid points that differ from a fresh render').toBe(0);
});

test.describe('SVG export', () => {
  test('is the same composition as shapes and text', async ({ page }) => {
    test.setTimeout(90_000);
    await openExportDialog(page, '/?place=wuhan&m=red-list');
    const result = await page.evaluate(async () => {
      type Hook = (o: object) => Promise<{
        svg: string;
        composition: { places: { id: string }[] };
      }>;
      const hook = (window as unknown as { pilotAtlas: { exportSvg: Hook } }).pilotAtlas.exportSvg;
      const title = 'Pudong & Wuhan: <red> vs "black"';
      const { svg, composition } = await hook({ width: 1920, height: 1080, scale: 2, title });
      // Parsed without its embedded fonts' <style>: the page's CSP refuses inline styles.
      const doc = new DOMParser().parseFromString(
        svg.replace(/<style>[\s\S]*?<\/style>/, ''),
        'image/svg+xml',
      );
      const text = (selector: string) => doc.querySelector(selector)?.textContent ?? '';
      return {
        svg,
        parseError: doc.querySelector('parsererror')?.textContent ?? null,
        root: doc.documentElement.nodeName,
        size: [
          doc.documentElement.getAttribute('width'),
          doc.documentElement.getAttribute('height'),
        ],
        title: text('#title text'),
        // A marker may be several circles (ring, disc, centre dot), drawn together.
        placeIds: [
          ...new Set(
            [...doc.querySelectorAll('#places circle')].map((c) => c.getAttribute('data-id')),
          ),
        ],
        dimmed: [...doc.querySelectorAll('#places circle[fill-opacity="0.18"]')].map((c) =>
          c.getAttribute('data-id'),
        ),
        expected: composition.places.map((p) => p.id),
        legend: text('#legend'),
        callout: text('#callout'),
        credits: text('#credits'),
        provinces: doc.querySelectorAll('#provinces path').length,
        texts: doc.querySelectorAll('text').length,
      };
    });
    save('export-1920x1080.svg', result.svg);
    expect(result.parseError).toBeNull();
    expect(result.root).toBe('svg');
    expect(result.size).toEqual(['1920', '1080']);
    expect(result.title).toBe('Pudong & Wuhan: <red> vs "black"');
    expect(result.placeIds).toEqual(result.expected);
    expect(result.placeIds).toEqual(expect.arrayContaining(['wuhan', 'shanghai-pudong']));
    expect(result.dimmed.length, 'places not using the red list are faded').toBeGreaterThan(0);
    expect(result.dimmed).not.toContain('wuhan');
    expect(result.legend).toContain('Mostly red list');
    expect(result.callout).toContain('Wuhan');
    expect(result.credits).toContain(
      'Digital Chart of the World, GSHHG/WDBII (Wessel & Smith), via GMT (LGPL-3+)',
    );
    expect(result.credits).toContain('Noto Sans SC');
    expect(result.provinces, 'provinces drawn as paths').toBeGreaterThan(3);
  });

  test('downloads from the dialog', async ({ page }) => {
    await openExportDialog(page);
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Download SVG' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toBe(
      'pilot-atlas-wuhan-red-list-72-black-list-28-1920x1080.svg',
    );
    const svg = readFileSync(await file.path(), 'utf8');
    expect(svg).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<svg /);
    expect(svg).toContain('<title>Wuhan: red list 72%, black list 28%</title>');
  });
});

/**
 * Slide exports: exact pixel size, a drawn map with the markers where the projection puts them,
 * text in the title and credits bands, and an SVG of the same composition.
 *
 * Most tests call `window.pilotAtlas.exportPng/exportSvg`, which the export dialog exposes while it
 * is open, and check the result in the page (the browser decodes the PNG). Set EXPORT_SAMPLES=dir
 * to keep the images.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test, waitForMapIdle } from './fixtures.ts';

const samples = process.env.EXPORT_SAMPLES;

interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

interface PngReport {
  ihdr: { width: number; height: number };
  distinctColours: number;
  /** Share of dark pixels (text) in each band. */
  titleInk: number;
  creditsInk: number;
  /** RGB at each place's projected position, for the places the export shows. */
  colourAt: Record<string, [number, number, number]>;
  /** Largest distance between our projection and MapLibre's, in CSS px. */
  projectionError: number;
  visible: string[];
  timings: Record<string, number>;
  base64?: string;
}

async function openExportDialog(page: Page, path = '/?place=wuhan') {
  await page.goto(path);
  await waitForMapIdle(page);
  await page.getByRole('button', { name: 'Export', exact: true }).click();
  await expect(page.getByTestId('export-dialog')).toBeVisible();
  await page.waitForFunction(
    () => 'exportPng' in ((window as { pilotAtlas?: object }).pilotAtlas ?? {}),
  );
}

/** Exports a PNG through the hook and measures it in the page. */
function exportAndMeasure(
  page: Page,
  options: { width: number; height: number; scale: 1 | 2 | 3; title: string },
  keep: boolean,
): Promise<PngReport> {
  return page.evaluate(
    async ({ options, keep }) => {
      type Hook = (o: typeof options) => Promise<{
        blob: Blob;
        composition: {
          places: { id: string; x: number; y: number }[];
          regions: Record<'title' | 'credits', Rect>;
        };
        mapProjected: Record<string, [number, number]>;
        timings: Record<string, number>;
      }>;
      const hook = (window as unknown as { pilotAtlas: { exportPng: Hook } }).pilotAtlas.exportPng;
      const { blob, composition, mapProjected, timings } = await hook(options);
      const bytes = new Uint8Array(await blob.arrayBuffer());
      const view = new DataView(bytes.buffer);
      const signature = [137, 80, 78, 71, 13, 10, 26, 10].every((b, i) => bytes[i] === b);
      const chunk = String.fromCharCode(...bytes.slice(12, 16));
      if (!signature || chunk !== 'IHDR') throw new Error('not a PNG');
      const ihdr = { width: view.getUint32(16), height: view.getUint32(20) };

      const bitmap = await createImageBitmap(blob);
      const ctx = new OffscreenCanvas(bitmap.width, bitmap.height).getContext('2d', {
        willReadFrequently: true,
      })!;
      ctx.drawImage(bitmap, 0, 0);
      const s = options.scale;
      const pixel = (x: number, y: number) => {
        const d = ctx.getImageData(Math.round(x * s), Math.round(y * s), 1, 1).data;
        return [d[0]!, d[1]!, d[2]!] as [number, number, number];
      };
      const colours = new Set<number>();
      for (let y = 0; y < 40; y++)
        for (let x = 0; x < 64; x++) {
          const [r, g, b] = pixel(
            ((x + 0.5) * options.width) / 64,
            ((y + 0.5) * options.height) / 40,
          );
          colours.add((r << 16) | (g << 8) | b);
        }
      const ink = (rect: Rect) => {
        const data = ctx.getImageData(rect.x * s, rect.y * s, rect.width * s, rect.height * s).data;
        let dark = 0;
        for (let i = 0; i < data.length; i += 4)
          if (data[i]! * 0.3 + data[i + 1]! * 0.59 + data[i + 2]! * 0.11 < 128) dark++;
        return dark / (data.length / 4);
      };
      const colourAt: Record<string, [number, number, number]> = {};
      let projectionError = 0;
      for (const place of composition.places) {
        colourAt[place.id] = pixel(place.x, place.y);
        const [mx, my] = mapProjected[place.id]!;
        projectionError = Math.max(projectionError, Math.hypot(mx - place.x, my - place.y));
      }
      let base64: string | undefined;
      if (keep) {
        let binary = '';
        for (let i = 0; i < bytes.length; i += 0x8000)
          binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
        base64 = btoa(binary);
      }
      return {
        ihdr,
        distinctColours: colours.size,
        titleInk: ink(composition.regions.title),
        creditsInk: ink(composition.regions.credits),
        colourAt,
        projectionError,
        visible: composition.places.map((p) => p.id),
        timings,
        base64,
      };
    },
    { options, keep },
  );
}

function save(name: string, base64: string | undefined) {
  if (!samples || !base64) return;
  mkdirSync(samples, { recursive: true });
  writeFileSync(join(samples, name), Buffer.from(base64, 'base64'));
}

const near = (rgb: [number, number, number], target: [number, number, number], tolerance: number) =>
  rgb.every((v, i) => Math.abs(v - target[i]!) <= tolerance);

const PRESETS = [
  [1920, 1080],
  [1600, 1200],
  [1080, 1080],
] as const;
const SCALES = [1, 2, 3] as const;

test.describe('PNG export', () => {
  for (const [width, height] of PRESETS)
    for (const scale of SCALES)
      test(`${width}×${height} at ${scale}× is exact, drawn, titled and credited`, async ({
        page,
      }) => {
        test.setTimeout(150_000);
        await openExportDialog(page);
        const title = 'Wuhan: red list 72%, black list 28%';
        const report = await exportAndMeasure(page, { width, height, scale, title }, !!samples);
        save(`export-${width}x${height}@${scale}x.png`, report.base64);
        console.log(`${width}×${height}@${scale}×: ${JSON.stringify(report.timings)}`);

        expect(report.ihdr).toEqual({ width: width * scale, height: height * scale });
        expect(report.distinctColours, 'distinct colours on a 64×40 grid').toBeGreaterThan(8);
        expect(report.titleInk, 'dark (text) pixels in the title band').toBeGreaterThan(0.01);
        expect(report.creditsInk, 'dark (text) pixels in the credits band').toBeGreaterThan(0.005);
        expect(report.visible).toEqual(expect.arrayContaining(['wuhan', 'shanghai-pudong']));
        expect(report.projectionError, 'our projection vs MapLibre, CSS px').toBeLessThan(0.5);
        const wuhan = report.colourAt.wuhan!;
        const pudong = report.colourAt['shanghai-pudong']!;
        expect(near(wuhan, [0xc0, 0x39, 0x2b], 40), `Wuhan is red-list red: ${wuhan}`).toBe(true);
        expect(near(pudong, [0x1f, 0x1f, 0x1f], 40), `Pudong is near-black: ${pudong}`).toBe(true);
      });
});

test("exports the user's own places with the atlas's", async ({ page }) => {
  test.setTimeout(90_000);
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
  await page.waitForFunction(
    () => 'exportPng' in ((window as { pilotAtlas?: object }).pilotAtlas ?? {}),
  );
  const report = await exportAndMeasure(
    page,
    { width: 1600, height: 1200, scale: 1, title: 'Mine' },
    !!samples,
  );
  save('export-user-1600x1200@1x.png', report.base64);
  expect(report.visible).toContain('my-town');
  expect(report.projectionError).toBeLessThan(0.5);
  expect(near(report.colourAt['my-town']!, [0xc0, 0x39, 0x2b], 40), 'my town is red').toBe(true);
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
    const scripts = () =>
      page.evaluate(() => performance.getEntriesByType('resource').map((e) => e.name));
    expect((await scripts()).filter((url) => /ExportDialog/.test(url))).toEqual([]);
    await page.getByRole('button', { name: 'Export', exact: true }).click();
    await expect(page.getByTestId('export-title')).toHaveValue('Places using red list');
    expect((await scripts()).filter((url) => /ExportDialog/.test(url)).length).toBeGreaterThan(0);

    // "Current view" is the map element's size, at the chosen scale (2× by default).
    const map = await page.evaluate(() => {
      const element = document.querySelector('.maplibregl-map')!;
      return { width: element.clientWidth, height: element.clientHeight };
    });
    await page.getByLabel('Current view').check();
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
    await expect(page.getByTestId('export-status')).toHaveText(
      /Rendering map|Encoding|Composing|Loading/,
    );
    const file = await download;
    expect(file.suggestedFilename()).toBe('pilot-atlas-a-custom-title-quotes-1000x700@3x.png');
    const bytes = readFileSync(await file.path());
    expect([bytes.readUInt32BE(16), bytes.readUInt32BE(20)]).toEqual([3000, 2100]);
    await expect(page.getByTestId('export-status')).toHaveText(/^Saved pilot-atlas-.*\.png/);
    save('export-custom-1000x700@3x.png', bytes.toString('base64'));
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

test.describe('SVG export', () => {
  test('is the same composition as shapes and text', async ({ page }) => {
    test.setTimeout(90_000);
    await openExportDialog(page, '/?place=wuhan&m=red-list');
    const result = await page.evaluate(async () => {
      type Hook = (o: object) => Promise<{
        svg: string;
        composition: { places: { id: string }[]; mapArea: Rect };
      }>;
      const hook = (window as unknown as { pilotAtlas: { exportSvg: Hook } }).pilotAtlas.exportSvg;
      const title = 'Pudong & Wuhan: <red> vs "black"';
      const { svg, composition } = await hook({ width: 1920, height: 1080, scale: 2, title });
      const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
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
        placeIds: [...doc.querySelectorAll('#places circle')].map((c) => c.getAttribute('data-id')),
        dimmed: [...doc.querySelectorAll('#places circle[fill-opacity]')].map((c) =>
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
    if (samples) {
      mkdirSync(samples, { recursive: true });
      writeFileSync(join(samples, 'export-1920x1080.svg'), result.svg);
    }
    expect(result.parseError).toBeNull();
    expect(result.root).toBe('svg');
    expect(result.size).toEqual(['1920', '1080']);
    expect(result.title).toBe('Pudong & Wuhan: <red> vs "black"');
    expect(result.placeIds).toEqual(result.expected);
    expect(new Set(result.placeIds).size).toBe(result.placeIds.length);
    expect(result.placeIds).toEqual(expect.arrayContaining(['wuhan', 'shanghai-pudong']));
    expect(result.dimmed.length, 'places not using the red list are faded').toBeGreaterThan(0);
    expect(result.dimmed).not.toContain('wuhan');
    expect(result.legend).toContain('Mostly red list');
    expect(result.callout).toContain('Wuhan');
    expect(result.credits).toContain('Digital Chart of the World via GMT (LGPL-3+)');
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

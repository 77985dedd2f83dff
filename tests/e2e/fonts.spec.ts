import type { Page } from '@playwright/test';
import { expect, test, waitForMapIdle } from './fixtures.ts';

/**
 * Serves every response `Cache-Control: no-cache` without ETag or Last-Modified (routing also
 * turns the browser's HTTP cache off), and counts the requests for each font file: a file that
 * two parts of the page load separately shows up twice.
 */
async function countFontRequests(page: Page): Promise<Map<string, number>> {
  const counts = new Map<string, number>();
  await page.route('**/*', async (route) => {
    const path = new URL(route.request().url()).pathname;
    if (path.endsWith('.woff2')) counts.set(path, (counts.get(path) ?? 0) + 1);
    const response = await route.fetch();
    const headers: Record<string, string> = {
      ...response.headers(),
      'cache-control': 'no-cache',
    };
    delete headers.etag;
    delete headers['last-modified'];
    await route.fulfill({ response, headers });
  });
  return counts;
}

const subsetFile = /\/noto-sans-sc-atlas-400-normal-[\w-]+\.woff2$/;
const fontsourceFile = /\/noto-sans-sc-(?!atlas)[\w-]+-\d{3}-normal-[\w-]+\.woff2$/;

/**
 * How wide MapLibre drew a label's character (its glyph cache: MapLibre draws each glyph once, on
 * a canvas, in the `text-font` family), against the same character measured in the page's Noto
 * Sans SC and in the system's sans-serif, at MapLibre's drawing size (48 px).
 */
function glyphWidths(page: Page, char: string) {
  return page.evaluate((char) => {
    type Glyphs = Record<
      string,
      { glyphs: { default: Record<string, { metrics: { advance: number } } | null> } }
    >;
    const map = (
      window as unknown as { pilotAtlas: { map: { style: { glyphManager: { entries: Glyphs } } } } }
    ).pilotAtlas.map;
    const glyph = map.style.glyphManager.entries['Noto Sans SC']?.glyphs.default[char];
    const ctx = new OffscreenCanvas(1, 1).getContext('2d')!;
    const width = (font: string) => ((ctx.font = font), ctx.measureText(char).width);
    return {
      map: glyph ? glyph.metrics.advance * 2 : null,
      webFont: width('48px "Noto Sans SC"'),
      system: width('48px sans-serif'),
    };
  }, char);
}

/** The weights of the loaded Noto Sans SC faces whose unicode-range covers `char`. */
function loadedFacesFor(page: Page, char: string) {
  return page.evaluate((char) => {
    const code = char.codePointAt(0)!;
    const covers = (range: string) =>
      range.split(',').some((part) => {
        const [from = '', to = from] = part.trim().replace(/^U\+/i, '').split('-');
        return code >= parseInt(from, 16) && code <= parseInt(to, 16);
      });
    return [...document.fonts]
      .filter(
        (face) =>
          face.family.replace(/["']/g, '') === 'Noto Sans SC' &&
          face.status === 'loaded' &&
          covers(face.unicodeRange),
      )
      .map((face) => face.weight);
  }, char);
}

test.describe('the fonts', () => {
  test("Chinese names in the list and on the map draw in the atlas's Noto Sans SC, each file fetched once", async ({
    page,
  }) => {
    const counts = await countFontRequests(page);
    await page.goto('/?lang=both');
    await waitForMapIdle(page);
    const list = page.getByTestId('place-list');
    await expect(list).toContainText('武汉市');

    // The list: its names' characters come from loaded web font faces.
    const listText = await list.innerText();
    expect(
      await page.evaluate(
        (text) => document.fonts.check('400 16px "Noto Sans SC"', text),
        listText,
      ),
    ).toBe(true);
    expect(await loadedFacesFor(page, '武')).toContain('400');

    // The map: its glyphs for 武 and W (Wuhan) are the web font's, not the system's.
    for (const char of ['武', 'W']) {
      const widths = await glyphWidths(page, char);
      expect(widths.map, char).toBeCloseTo(widths.webFont, 1);
    }
    const w = await glyphWidths(page, 'W');
    expect(w.map).not.toBeCloseTo(w.system, 1);

    const fonts = [...counts];
    expect(fonts.filter(([path]) => subsetFile.test(path))).toEqual([[expect.any(String), 1]]);
    expect(
      fonts.filter(([, n]) => n > 1),
      'fetched twice',
    ).toEqual([]);
    expect(
      fonts.filter(([path]) => fontsourceFile.test(path)),
      'Fontsource files',
    ).toEqual([]);
  });

  test('an imported place named outside the subset gets Fontsource’s face, on the list and the map', async ({
    page,
  }) => {
    const counts = await countFontRequests(page);
    await page.goto('/?lang=zh');
    await waitForMapIdle(page);
    expect(await loadedFacesFor(page, '邯')).toEqual([]);
    // 邯郸 (Handan): characters the atlas itself never shows.
    const header = 'id,name_en,name_zh,lon,lat,level,status,red_share,black_share,mechanisms';
    await page.getByTestId('import-input').setInputFiles({
      name: 'handan.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(`${header}\nhandan,Handan,邯郸市,114.5,36.6,town,pilot,80,20,red-list`),
    });
    await expect(page.getByTestId('place-list')).toContainText('邯郸市');
    // Before the import no face held 邯; now Fontsource's does, loaded, and the map drew with it.
    expect(await loadedFacesFor(page, '邯')).toContain('400');
    await expect.poll(async () => (await glyphWidths(page, '邯')).map).not.toBeNull();
    const widths = await glyphWidths(page, '邯');
    expect(widths.map).toBeCloseTo(widths.webFont, 1);

    const fetched = [...counts.keys()];
    expect(fetched.filter((path) => fontsourceFile.test(path)).length).toBeGreaterThan(0);
    expect(
      [...counts].filter(([, n]) => n > 1),
      'fetched twice',
    ).toEqual([]);
  });
});

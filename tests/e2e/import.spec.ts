import { writeFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, test, waitForMapIdle, withMap } from './fixtures.ts';

const HEADER = 'id,name_en,name_zh,lon,lat,level,status,red_share,black_share,mechanisms';
const HOSTILE_NAME =
  '<img src=x onerror=alert(1)><script>alert(2)</script> evil 🚩 Llanfairpwllgwyngyllgogerychwyrndrobwllllantysiliogogogoch';

function csv(...rows: string[]) {
  return {
    name: 'my-places.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from([HEADER, ...rows].join('\n')),
  };
}

test.describe('bringing your own places', () => {
  test.beforeEach(async ({ page }) => {
    await page.goto('/');
    await waitForMapIdle(page);
  });

  test('a valid file adds a separate, removable layer with the same panel and filters', async ({
    page,
  }) => {
    await page
      .getByTestId('import-input')
      .setInputFiles(csv('my-town,My Town,我的镇,116.9,36.6,town,pilot,80,20,red-list'));
    await expect(page.getByTestId('import-status')).toContainText('1 of your places');
    const list = page.getByTestId('place-list');
    await expect(list.getByRole('button', { name: /My Town/ })).toContainText('your data');
    await expect
      .poll(() =>
        withMap(page, (map) => map.querySourceFeatures('user').map((f) => f.properties?.id)),
      )
      .toContain('my-town');

    await list.getByRole('button', { name: /My Town/ }).click();
    const panel = page.getByTestId('details-panel');
    await expect(panel).toContainText('Red 80%');
    await expect(page.getByTestId('user-data-note')).toBeVisible();

    await page.locator('button[data-mechanism=red-list]').click();
    await expect(list.getByRole('button')).toHaveCount(3);

    await page.getByRole('button', { name: 'Remove them' }).click();
    await expect(list.getByRole('button')).toHaveCount(2);
    await expect(list).not.toContainText('My Town');
  });

  test('a CSV saved with a byte-order mark imports, and a reversing file name is spelled out', async ({
    page,
  }) => {
    const file = csv('my-town,My Town,我的镇,116.9,36.6,town,pilot,80,20,red-list');
    await page.getByTestId('import-input').setInputFiles({
      name: 'places\u202Evsc.csv',
      mimeType: file.mimeType,
      buffer: Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), file.buffer]),
    });
    const status = page.getByTestId('import-status');
    await expect(status).toContainText('1 of your places from places\\u202Evsc.csv are on the map');
    expect(await status.textContent()).not.toContain('\u202E');
    await expect(page.getByTestId('place-list')).toContainText('我的镇');
  });

  test('an invalid file lists its first problems and leaves the map as it was', async ({
    page,
  }) => {
    await page
      .getByTestId('import-input')
      .setInputFiles(csv('a,A,,east,30,,,,,', 'wuhan,Wuhan,,114,30,,,,,'));
    const problems = page.getByTestId('import-problems');
    await expect(problems).toContainText('2 problems');
    await expect(problems).toContainText(
      'row 2, lon: expected a longitude from -180 to 180; found "east"',
    );
    await expect(problems).toContainText('row 3, id: "wuhan" is already used');
    await expect(page.getByTestId('place-list').getByRole('button')).toHaveCount(12);
    const userFeatures = await withMap(page, (map) => map.querySourceFeatures('user').length);
    expect(userFeatures).toBe(0);
  });

  test('hostile names are shown as text: no script runs, no dialog opens', async ({
    page,
    pageProblems,
  }) => {
    await page
      .getByTestId('import-input')
      .setInputFiles(csv(`hostile,"${HOSTILE_NAME}",,110,35,,,,,`));
    const button = page.getByTestId('place-list').getByRole('button', { name: /Llanfair/ });
    await button.click();
    const title = page.locator('#panel-title');
    await expect(title).toContainText('<img src=x onerror=alert(1)>');
    await expect(title).toContainText('🚩');
    await expect(page.locator('img[src=x]')).toHaveCount(0);
    await expect(page.locator('#panel-title script')).toHaveCount(0);
    // The longest word wraps inside the panel instead of widening it.
    const overflow = await page
      .getByTestId('details-panel')
      .evaluate((el) => el.scrollWidth - el.clientWidth);
    expect(overflow).toBeLessThanOrEqual(1);
    expect(pageProblems.dialogs).toEqual([]);
  });

  const feature = (geometry: string, properties = '{"id":"a","name_en":"A"}') =>
    `{"type":"Feature","geometry":${geometry},"properties":${properties}}`;
  const collection = (...features: string[]) =>
    `{"type":"FeatureCollection","features":[${features.join(',')}]}`;
  const point = (coordinates: string) => feature(`{"type":"Point","coordinates":${coordinates}}`);

  const MALFORMED: [string, string | Buffer, string][] = [
    [
      'a null feature',
      collection('null'),
      'feature 1: expected a GeoJSON Feature (an object); found null',
    ],
    [
      'coordinates nested 200,000 deep',
      collection(point('['.repeat(200_000) + ']'.repeat(200_000))),
      'feature 1, geometry.coordinates: expected [longitude, latitude]; found a list of 1',
    ],
    [
      'null coordinates',
      collection(point('[null,null]')),
      'geometry.coordinates[0]: expected a number; found null',
    ],
    [
      'boolean coordinates',
      collection(point('[true,false]')),
      'geometry.coordinates[0]: expected a number; found true',
    ],
    [
      'hex coordinates',
      collection(point('["0x74","0x27"]')),
      'geometry.coordinates[0]: expected a number; found "0x74"',
    ],
    [
      'nested coordinates',
      collection(point('[["116"],[39]]')),
      'geometry.coordinates[0]: expected a number; found a list of 1',
    ],
    [
      'a polygon',
      collection(feature('{"type":"Polygon","coordinates":[[[1,2],[3,4],[1,2]]]}')),
      'feature 1, geometry: expected a Point (a place is one position); found a Polygon',
    ],
    [
      'a missing property',
      collection(feature('{"type":"Point","coordinates":[116,39]}', '{"name_en":"A"}')),
      'feature 1, properties.id: missing; expected a lower-case id',
    ],
    [
      'a JSON syntax error',
      '{"type": "FeatureCollection",\n  "features": [1,]}',
      'not valid JSON: line 2, column 18: found "]"',
    ],
    [
      'a 16,800-character name',
      collection(
        feature(
          '{"type":"Point","coordinates":[116,39]}',
          `{"id":"a","name_en":"${'x'.repeat(16_800)}"}`,
        ),
      ),
      'properties.name_en: expected at most 200 characters; found 16,800',
    ],
    [
      'an unclosed right-to-left override',
      collection(
        feature(
          '{"type":"Point","coordinates":[116,39]}',
          '{"id":"a","name_en":"evil\\u202Etxt.exe"}',
        ),
      ),
      'properties.name_en: expected no bidirectional override or isolate characters',
    ],
  ];

  test('each malformed file says what is wrong, and the map stays as it was', async ({ page }) => {
    const input = page.getByTestId('import-input');
    const problems = page.getByTestId('import-problems');
    for (const [name, content, message] of MALFORMED) {
      await input.setInputFiles({
        name: `${name}.geojson`,
        mimeType: 'application/geo+json',
        buffer: Buffer.from(content),
      });
      await expect(problems, name).toContainText(message);
      await input.setInputFiles([]);
    }
    for (const [name, rows, message] of [
      ['blank coordinates', ['a,A,,,,,,,,'], 'row 2, lon: missing; expected a longitude'],
      [
        'hex in CSV',
        ['a,A,,0x74,0x27,,,,,'],
        'row 2, lon: expected a longitude from -180 to 180; found "0x74"',
      ],
      [
        'NUL in a name',
        ['a,"A\u0000B",,110,30,,,,,'],
        'row 2, name_en: expected no control characters; found U+0000',
      ],
      ['a name of only U+200B', ['a,\u200B,,110,30,,,,,'], 'row 2, name_en: expected visible text'],
    ] as const) {
      await input.setInputFiles({ ...csv(...rows), name: `${name}.csv` });
      await expect(problems, name).toContainText(message);
      await input.setInputFiles([]);
    }
    // Latin-1, as older spreadsheets save it: "Zürich" is not read as "Z�rich".
    await input.setInputFiles({
      name: 'latin1.csv',
      mimeType: 'text/csv',
      buffer: Buffer.concat([
        Buffer.from(`${HEADER}\nzurich,Z`),
        Buffer.from([0xfc]),
        Buffer.from('rich,,8.5,47.4,,,,,'),
      ]),
    });
    await expect(problems).toContainText(
      'the file is not UTF-8 text (first invalid byte on line 2)',
    );
    await expect(page.getByTestId('place-list').getByRole('button')).toHaveCount(12);
    expect(await withMap(page, (map) => map.querySourceFeatures('user').length)).toBe(0);
  });

  /**
   * A file on disk: Playwright hands a path to the browser as a real file, where a buffer would be
   * rebuilt by script in the page (seconds of main-thread work that are not the app's).
   */
  const bigCsv = (valid: boolean, path: string, length = 100_000) => {
    const rows = Array.from(
      { length },
      (_, i) =>
        `p${i},Place ${i},,${valid ? (100 + (i % 2000) / 100).toFixed(2) : 'east'},${(25 + (i % 1000) / 100).toFixed(2)},,,,,`,
    );
    writeFileSync(path, csv(...rows).buffer);
    return path;
  };

  /**
   * Starts recording, from the page itself, each count the import's progress line shows: a check
   * that ran on the page's own thread in one go would show none in between, the page frozen.
   */
  const watchProgress = (page: Page) =>
    page.evaluate(() => {
      const w = window as unknown as { progressSeen: string[] };
      w.progressSeen = [];
      new MutationObserver(() => {
        const text = document.querySelector('[data-testid=import-progress]')?.textContent ?? '';
        const count = /([\d,]+) of 100,000 entries/.exec(text)?.[1];
        if (count && !w.progressSeen.includes(count)) w.progressSeen.push(count);
      }).observe(document.body, { subtree: true, childList: true, characterData: true });
    });
  const progressSeen = (page: Page) =>
    page.evaluate(() => (window as unknown as { progressSeen: string[] }).progressSeen);

  test('a 100,000-row CSV: progress, Cancel leaves the map as it was, the page kept moving', async ({
    page,
  }, testInfo) => {
    const input = page.getByTestId('import-input');
    const progress = page.getByTestId('import-progress');
    // Cancel as soon as the progress shows, from the page itself: on a quiet machine the check of
    // 100,000 rows may end before a click from outside would land.
    await page.evaluate(() => {
      const w = window as unknown as { cancelledAt: Promise<string> };
      w.cancelledAt = new Promise((resolve) => {
        const observer = new MutationObserver(() => {
          const box = document.querySelector('[data-testid=import-progress]');
          const cancel = box?.querySelector('button');
          if (!box || !cancel || !/of 100,000 entries/.test(box.textContent ?? '')) return;
          observer.disconnect();
          resolve(box.textContent ?? '');
          cancel.click();
        });
        observer.observe(document.body, { subtree: true, childList: true, characterData: true });
      });
    });
    await input.setInputFiles(bigCsv(true, testInfo.outputPath('big.csv')));
    const shown = await page.evaluate(
      () => (window as unknown as { cancelledAt: Promise<string> }).cancelledAt,
    );
    expect(shown).toMatch(/Checking big\.csv: [\d,]+ of 100,000 entries/);
    await expect(progress).toHaveCount(0);
    // Cancelled, not refused (the file is over the import's limit): no message at all.
    await expect(page.getByTestId('import-problems')).toHaveCount(0);
    await expect(page.getByTestId('import-status')).toHaveCount(0);
    await expect(page.getByTestId('place-list').getByRole('button')).toHaveCount(12);
    expect(await withMap(page, (map) => map.querySourceFeatures('user').length)).toBe(0);

    // Every row wrong: the first problems and the total, and the progress moved while the file was
    // checked (a worker's check; the page stays free to answer).
    await watchProgress(page);
    await input.setInputFiles(bigCsv(false, testInfo.outputPath('wrong.csv')));
    const problems = page.getByTestId('import-problems');
    await expect(problems).toContainText('The file has 100,000 problems; the first 8:', {
      timeout: 30_000,
    });
    await expect(problems).toContainText(
      'row 2, lon: expected a longitude from -180 to 180; found "east"',
    );
    await expect(problems.getByRole('listitem')).toHaveCount(8);
    expect((await progressSeen(page)).length).toBeGreaterThanOrEqual(2);
  });
});

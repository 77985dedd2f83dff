/**
 * Helpers for explore.spec.ts: the places the Explore tests read, and small tools to click a
 * marker the way a user does, to read how the map draws each place, to sample the pixels the user
 * sees, and to open a link in a fresh browser context with the same guards as the test's own.
 *
 * Functions passed to withMap()/page.evaluate() run in the browser: they only use their arguments.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Locator, Page } from '@playwright/test';
import {
  expect,
  type PageProblems,
  PILOTS_LAYER,
  PILOTS_SOURCE,
  projectPlace,
  test,
  waitForMapIdle,
  waitForMapSettled,
  withMap,
} from './fixtures.ts';

/** Label layer drawn over the pilot markers. */
export const PILOTS_LABELS = 'labels-symbol';

/** Chinese (CJK) characters, as they appear in the places' Chinese names. */
export const CJK = /[\u3400-\u9fff\uf900-\ufaff]/u;

/** What the details panel must show for a core pilot, straight from data/places/<id>.yaml. */
export interface CorePilot {
  id: string;
  en: string;
  zh: string;
  /** Text under "Scoring scale". */
  scale: string;
  /** Texts under "Red list vs black list" ("not reported" when the sources give no shares). */
  shares: string[];
  /** An author or date that must appear in a citation under an excerpt. */
  cited: string;
}

export const CORE_PILOTS: readonly CorePilot[] = [
  {
    id: 'rongcheng',
    en: 'Rongcheng',
    zh: '荣成市',
    scale: 'base 1,000',
    shares: ['not reported'],
    cited: 'Jessica Walters',
  },
  {
    id: 'wuhan',
    en: 'Wuhan',
    zh: '武汉市',
    scale: '0–100 points',
    shares: ['Red 72%', 'Black 28%'],
    cited: 'Jessica Walters',
  },
  {
    id: 'shanghai-pudong',
    en: 'Shanghai Pudong',
    zh: '上海市浦东新区',
    scale: 'not reported',
    shares: ['Red 25%', 'Black 75%'],
    cited: 'Jessica Walters',
  },
  {
    id: 'jiangsu',
    en: 'Jiangsu',
    zh: '江苏省',
    scale: '0–12 points',
    shares: ['not reported'],
    cited: 'Jessica Walters',
  },
];

/** Every place in data/places, by English name as the list shows it (sorted by name). */
export const ALL_PLACE_NAMES = [
  'Anqing',
  'Beijing',
  'Dongdao Lu Jia',
  'Jiangsu',
  'Rongcheng',
  'Shanghai',
  'Shanghai Pudong',
  'Shanxi',
  'Suining County',
  'Teng Jia',
  'Wuhan',
  'Zhongshan',
];

export function detailsPanel(page: Page): Locator {
  return page.getByTestId('details-panel');
}

export function comparePanel(page: Page): Locator {
  return page.getByTestId('compare-panel');
}

/** The element right after a heading of the panel: what the panel says under that heading. */
export function underHeading(panel: Locator, heading: string): Locator {
  return panel
    .getByRole('heading', { name: heading })
    .first()
    .locator('xpath=following-sibling::*[1]');
}

/** The button for a place in the place list, by its English name. */
export function listButton(page: Page, en: string): Locator {
  return page
    .getByTestId('place-list')
    .getByRole('button')
    .filter({ has: page.locator('.en', { hasText: new RegExp(`^${en}$`) }) });
}

/** The English names the place list shows, in order. */
export async function listedNames(page: Page): Promise<string[]> {
  const list = page.getByTestId('place-list');
  if ((await list.count()) === 0) return [];
  return list.locator('button .en').allInnerTexts();
}

/** Reads the details panel and checks everything the Explore issue asks it to show for `place`. */
export async function expectDetailsFor(page: Page, place: CorePilot): Promise<void> {
  const panel = detailsPanel(page);
  await expect(panel, `details panel for ${place.en}`).toBeVisible();
  const title = panel.locator('#panel-title');
  await expect(title, 'panel title: English name').toContainText(place.en);
  await expect(title, 'panel title: Chinese name').toContainText(place.zh);
  await expect(underHeading(panel, 'Scoring scale'), `${place.en}: scoring scale`).toContainText(
    place.scale,
  );
  const shares = underHeading(panel, 'Red list vs black list');
  for (const text of place.shares) {
    await expect(shares, `${place.en}: red/black shares`).toContainText(text);
  }
  const excerpts = panel.locator('figure:has(blockquote)');
  // The evidence joins the panel a frame after it opens.
  await expect
    .poll(() => panel.locator('blockquote').count(), { message: `${place.en}: excerpts` })
    .toBeGreaterThan(0);
  // Every excerpt carries its citation; at least one names the expected document.
  const count = await excerpts.count();
  for (let i = 0; i < count; i++) {
    await expect(excerpts.nth(i).locator('blockquote')).not.toBeEmpty();
    await expect(excerpts.nth(i).locator('figcaption'), 'each excerpt is cited').not.toBeEmpty();
  }
  await expect(
    excerpts.locator('figcaption').filter({ hasText: place.cited }).first(),
    `${place.en}: an excerpt cited to ${place.cited}`,
  ).toBeVisible();
}

/** feature-state of a place in the `pilots` source (what the map's highlight reads). */
export async function placeFeatureState(page: Page, id: string): Promise<Record<string, unknown>> {
  return withMap(
    page,
    (map, { source, id }) => map.getFeatureState({ source, id }) as Record<string, unknown>,
    { source: PILOTS_SOURCE, id },
  );
}

/**
 * The app's global state for the style (which places match the filters), and the language of the
 * labels the map draws: 'both' where an English line is followed by a Chinese one, 'zh' where
 * labels start in Chinese, else 'en'.
 */
export async function mapGlobalState(page: Page): Promise<{
  matchIds: string[];
  filterActive: boolean;
  labelLang: string;
}> {
  const state = await withMap(page, (map) => {
    const state = (
      map as unknown as { getGlobalState(): Record<string, unknown> }
    ).getGlobalState();
    return {
      matchIds: [...((state.matchIds as string[] | undefined) ?? [])].sort(),
      filterActive: state.filterActive === true,
    };
  });
  const lines = (await renderedLabels(page)).map((label) => label.text.split('\n'));
  const labelLang = lines.some((l) => !CJK.test(l[0]!) && CJK.test(l[1] ?? ''))
    ? 'both'
    : lines.some((l) => CJK.test(l[0]!))
      ? 'zh'
      : 'en';
  return { ...state, labelLang };
}

export interface RenderedPilot {
  id: string;
  /** circle-opacity as MapLibre evaluated it for this feature. */
  opacity: number;
  /** circle-stroke-color as MapLibre evaluated it for this feature (with its feature-state). */
  stroke: string;
}

/** Every marker the map draws, with the opacity MapLibre evaluated for it. */
export async function renderedMarkers(page: Page): Promise<RenderedPilot[]> {
  const markers = await withMap(
    page,
    (map, layer) =>
      map.queryRenderedFeatures({ layers: [layer] }).map((feature) => {
        const paint = feature.layer.paint as Record<string, unknown>;
        const stroke = paint['circle-stroke-color'] as { r: number; g: number; b: number };
        return {
          id: String(feature.properties?.id),
          opacity: Number(paint['circle-opacity']),
          stroke: [stroke.r, stroke.g, stroke.b].map((c) => Math.round(c * 255)).join(','),
        };
      }),
    PILOTS_LAYER,
  );
  const byId = new Map(markers.map((m) => [m.id, m]));
  return [...byId.values()].sort((a, b) => a.id.localeCompare(b.id));
}

export interface RenderedLabel {
  id: string;
  nameEn: string;
  nameZh: string | null;
  /** The text MapLibre laid out for this label (its formatted text-field, sections joined). */
  text: string;
}

/** Each place's names, from the atlas's published GeoJSON (geo/pilots.geojson). */
const placeNames = new Map(
  (
    JSON.parse(readFileSync(join(import.meta.dirname, '../../geo/pilots.geojson'), 'utf8')) as {
      features: { properties: { id: string; name_en: string; name_zh: string | null } }[];
    }
  ).features.map(({ properties: p }) => [p.id, { nameEn: p.name_en, nameZh: p.name_zh }]),
);

/** The labels the map currently draws (layer `labels-symbol`), with their text and place names. */
export async function renderedLabels(page: Page): Promise<RenderedLabel[]> {
  const labels = await withMap(
    page,
    (map, layer) =>
      map.queryRenderedFeatures({ layers: [layer] }).map((feature) => ({
        id: String(feature.properties?.id),
        text: String(feature.properties?.text),
      })),
    PILOTS_LABELS,
  );
  const byId = new Map(
    labels.map((label) => [
      label.id,
      { ...label, ...(placeNames.get(label.id) ?? { nameEn: '', nameZh: null }) },
    ]),
  );
  return [...byId.values()].sort((a, b) => a.id.localeCompare(b.id));
}

/** Longitude and latitude of a place, from the map's `pilots` source. */
export async function placeLngLat(page: Page, id: string): Promise<[number, number]> {
  const coordinates = await withMap(
    page,
    async (map, { source, id }) => {
      const data = await (
        map.getSource(source) as unknown as {
          getData(): Promise<{
            features: { properties: { id: string }; geometry: { coordinates: number[] } }[];
          }>;
        }
      ).getData();
      return data.features.find((f) => f.properties.id === id)?.geometry.coordinates ?? null;
    },
    { source: PILOTS_SOURCE, id },
  );
  if (!coordinates) throw new Error(`no place "${id}" in the pilots source`);
  return [coordinates[0]!, coordinates[1]!];
}

/** Page coordinates of a longitude/latitude on the map. */
export async function projectLngLat(
  page: Page,
  lngLat: [number, number],
): Promise<{ x: number; y: number }> {
  return withMap(
    page,
    (map, lngLat) => {
      const point = map.project(lngLat);
      const rect = map.getCanvas().getBoundingClientRect();
      return { x: rect.left + point.x, y: rect.top + point.y };
    },
    lngLat,
  );
}

/**
 * What a click at page point (x, y) would hit: `covered` when another element (a panel, the
 * legend) is on top of the map there, else the ids of the markers within 4 px, topmost first (the
 * box the app itself queries on click).
 */
export async function whatIsAt(
  page: Page,
  point: { x: number; y: number },
): Promise<'covered' | string[]> {
  return withMap(
    page,
    (map, { x, y, layer }) => {
      const canvas = map.getCanvas();
      if (document.elementFromPoint(x, y) !== canvas) return 'covered' as const;
      const rect = canvas.getBoundingClientRect();
      const px = x - rect.left;
      const py = y - rect.top;
      return map
        .queryRenderedFeatures(
          [
            [px - 4, py - 4],
            [px + 4, py + 4],
          ],
          { layers: [layer] },
        )
        .map((feature) => String(feature.properties?.id));
    },
    { ...point, layer: PILOTS_LAYER },
  );
}

/**
 * Clicks a place's marker on the map, at its projected position, like a user would. When the
 * marker is off screen or under a panel, the map first jumps to centre it; when another marker is
 * drawn over it (Shanghai Pudong sits on Shanghai, Rongcheng under its villages), the map also
 * zooms in to zoom 8, where neighbours are apart. Returns the point clicked.
 */
export async function clickPlaceOnMap(page: Page, id: string): Promise<{ x: number; y: number }> {
  await waitForMapSettled(page);
  const reachable = async () => {
    const position = await projectPlace(page, id);
    const hit = position.onCanvas ? await whatIsAt(page, position) : 'covered';
    return { position, hit };
  };
  let { position, hit } = await reachable();
  if (hit === 'covered') {
    const center = await placeLngLat(page, id);
    await withMap(page, (map, center) => map.jumpTo({ center }), center);
    await waitForMapSettled(page);
    ({ position, hit } = await reachable());
  }
  if (hit !== 'covered' && hit[0] !== id) {
    const center = await placeLngLat(page, id);
    await withMap(
      page,
      (map, center) => map.jumpTo({ center, zoom: Math.max(map.getZoom(), 8) }),
      center,
    );
    await waitForMapSettled(page);
    ({ position, hit } = await reachable());
  }
  expect(hit, `the marker of ${id} is the topmost thing at its position`).not.toBe('covered');
  expect((hit as string[])[0], `the marker of ${id} is the topmost marker there`).toBe(id);
  await page.mouse.click(position.x, position.y);
  return position;
}

/** The average colour (0..255 RGB) of the (2r+1)² screen pixels around (x, y), as the user sees it. */
export async function pixelAt(
  page: Page,
  point: { x: number; y: number },
  r = 1,
): Promise<[number, number, number]> {
  const clip = {
    x: Math.round(point.x) - r,
    y: Math.round(point.y) - r,
    width: 2 * r + 1,
    height: 2 * r + 1,
  };
  const png = await page.screenshot({ clip, animations: 'disabled' });
  return page.evaluate(async (base64) => {
    const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
    const bitmap = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
    const context = new OffscreenCanvas(bitmap.width, bitmap.height).getContext('2d');
    if (!context) throw new Error('no 2D context for decoding the screenshot');
    context.drawImage(bitmap, 0, 0);
    const pixels = context.getImageData(0, 0, bitmap.width, bitmap.height).data;
    const sum = [0, 0, 0];
    for (let i = 0; i < pixels.length; i += 4) {
      sum[0]! += pixels[i]!;
      sum[1]! += pixels[i + 1]!;
      sum[2]! += pixels[i + 2]!;
    }
    const n = pixels.length / 4;
    return [sum[0]! / n, sum[1]! / n, sum[2]! / n] as [number, number, number];
  }, png.toString('base64'));
}

/**
 * Height in pixels of the dark ink (label text) in a box of the screen: the number of rows from
 * the first to the last row holding a pixel darker than `threshold` in every channel.
 */
export async function inkHeight(
  page: Page,
  box: { x: number; y: number; width: number; height: number },
  threshold = 110,
): Promise<number> {
  const clip = {
    x: Math.round(box.x),
    y: Math.round(box.y),
    width: Math.round(box.width),
    height: Math.round(box.height),
  };
  const png = await page.screenshot({ clip, animations: 'disabled' });
  return page.evaluate(
    async ({ base64, threshold }) => {
      const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
      const bitmap = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
      const { width, height } = bitmap;
      const context = new OffscreenCanvas(width, height).getContext('2d');
      if (!context) throw new Error('no 2D context for decoding the screenshot');
      context.drawImage(bitmap, 0, 0);
      const pixels = context.getImageData(0, 0, width, height).data;
      let first = -1;
      let last = -1;
      for (let row = 0; row < height; row++) {
        for (let col = 0; col < width; col++) {
          const i = (row * width + col) * 4;
          if (pixels[i]! < threshold && pixels[i + 1]! < threshold && pixels[i + 2]! < threshold) {
            if (first < 0) first = row;
            last = row;
            break;
          }
        }
      }
      return first < 0 ? 0 : last - first + 1;
    },
    { base64: png.toString('base64'), threshold },
  );
}

/**
 * Opens `url` in a new browser context (nothing shared with the test's page), guarded like the
 * test's own context: off-origin requests are blocked, and they, console errors, page errors and
 * dialogs are recorded into `problems` (the test's pageProblems, which the fixture checks after
 * the test). Uncaught page errors matching `knownPageErrors` (app bugs already reported and
 * covered by a test of their own) are not recorded but noted as annotations of the test.
 * Waits for the map's first idle. Close the returned context when done.
 */
export async function openInFreshContext(
  browser: Browser,
  url: string,
  problems: PageProblems,
  knownPageErrors: RegExp[] = [],
): Promise<{ page: Page; close: () => Promise<void> }> {
  const appOrigin = new URL(url).origin;
  const context = await browser.newContext();
  const isApp = (target: URL) =>
    target.protocol === 'data:' || target.protocol === 'about:' || target.origin === appOrigin;
  await context.route(
    (target) => !isApp(target),
    async (route) => {
      problems.offOriginRequests.push(`${route.request().method()} ${route.request().url()}`);
      await route.abort('blockedbyclient');
    },
  );
  context.on('console', (message) => {
    if (message.type() === 'error')
      problems.consoleErrors.push(`(fresh context) ${message.text()}`);
  });
  context.on('weberror', (webError) => {
    const error = webError.error();
    const text = `${error.name}: ${error.message}`;
    if (knownPageErrors.some((pattern) => pattern.test(text))) {
      test.info().annotations.push({ type: 'known app bug', description: `${text} (${url})` });
      return;
    }
    problems.pageErrors.push(`(fresh context) ${error.stack ?? text}`);
  });
  context.on('dialog', async (dialog) => {
    problems.dialogs.push(`(fresh context) ${dialog.type()}: ${dialog.message()}`);
    await dialog.dismiss().catch(() => undefined);
  });
  const page = await context.newPage();
  await page.goto(url);
  await waitForMapIdle(page);
  return { page, close: () => context.close() };
}

/** Place `n` (1-based) of longListFile(): "Zone 0001" … on a grid over China, 0.6° apart. */
export function longListPlace(n: number): { id: string; en: string; lngLat: [number, number] } {
  const number = String(n).padStart(4, '0');
  const i = n - 1;
  const lngLat: [number, number] = [80 + (i % 75) * 0.6, 22 + Math.floor(i / 75) * 0.55];
  return { id: `zone-${number}`, en: `Zone ${number}`, lngLat };
}

/**
 * A CSV of `count` places of the user's own (see longListPlace) for the import box: a list of
 * thousands without a build of its own. "Zone …" sorts after every place of the atlas.
 */
export function longListFile(count: number) {
  const rows = Array.from({ length: count }, (_, i) => {
    const { id, en, lngLat } = longListPlace(i + 1);
    return `${id},${en},,${lngLat[0].toFixed(2)},${lngLat[1].toFixed(2)},county,pilot`;
  });
  return {
    name: 'long-list.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(['id,name_en,name_zh,lon,lat,level,status', ...rows].join('\n')),
  };
}

/** The English name on the place-list button that has keyboard focus, or null. */
export function focusedListButton(page: Page): Promise<string | null> {
  return page.evaluate(() => {
    const active = document.activeElement;
    return active instanceof HTMLButtonElement &&
      active.closest('[data-testid=place-list]') !== null
      ? (active.querySelector('.en')?.textContent ?? '')
      : null;
  });
}

/** True when the element is what the user sees at each corner of its box (nothing covers it). */
export async function uncovered(locator: Locator): Promise<boolean> {
  return locator.evaluate((element) => {
    const r = element.getBoundingClientRect();
    const corners = [
      [r.left + 2, r.top + 2],
      [r.right - 2, r.top + 2],
      [r.left + 2, r.bottom - 2],
      [r.right - 2, r.bottom - 2],
    ];
    return corners.every(([x, y]) => element.contains(document.elementFromPoint(x!, y!)));
  });
}

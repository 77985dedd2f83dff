/**
 * Playwright `test` for Pilot Atlas, with guards that run around every test, and helpers that
 * talk to the app's MapLibre map.
 *
 * Guards (automatic; a test fails if any of these happened while it ran):
 * - a request to any origin other than the app's (it is blocked, and the test fails: the atlas
 *   must work offline);
 * - a console error or an uncaught page error (unless matched by the `allowedConsoleErrors`
 *   option: `test.use({ allowedConsoleErrors: [/.../] })`);
 * - an alert, confirm, prompt or beforeunload dialog (it is dismissed, and the test fails).
 *
 * Contract with the app: it exposes `window.pilotAtlas = { map }` (the maplibregl.Map) and sets
 * `document.documentElement.dataset.map = 'idle'` at the map's first `idle` event. Its GeoJSON
 * source `pilots` holds Point features with `properties.id` ("rongcheng", "wuhan", ...), drawn by
 * the layer `pilots-circle`.
 *
 * Functions passed to page.evaluate()/withMap() run in the browser: they may not use anything
 * imported here (type-only imports are fine).
 */
import {
  test as base,
  expect,
  type BrowserContext,
  type JSHandle,
  type Page,
} from '@playwright/test';
import type { Map as MapLibreMap } from 'maplibre-gl';

export { expect };

/** The GeoJSON source holding the pilot places. */
export const PILOTS_SOURCE = 'pilots';
/** The circle layer that draws them. */
export const PILOTS_LAYER = 'pilots-circle';

/** What went wrong in the browser during one test; the guards fail the test if any is non-empty. */
export interface PageProblems {
  /** Requests to another origin than the app's, e.g. "GET https://tiles.example/0/0/0.pbf". */
  offOriginRequests: string[];
  /** console.error() calls, with where they came from. */
  consoleErrors: string[];
  /** Uncaught exceptions and unhandled rejections. */
  pageErrors: string[];
  /** Dialogs that were opened (and dismissed), e.g. "alert: Something failed". */
  dialogs: string[];
}

interface AtlasOptions {
  /** Console errors matching one of these do not fail the test. Default: none. */
  allowedConsoleErrors: RegExp[];
}

interface AtlasFixtures {
  /** Filled while the test runs; read it to assert mid-test. Checked after every test. */
  pageProblems: PageProblems;
}

/** True for URLs the app may load: its own origin, and data:/blob:/about: URLs of no origin. */
function isAppUrl(url: URL, appOrigin: string): boolean {
  if (url.protocol === 'data:' || url.protocol === 'about:') return true;
  // A blob: URL's origin is the origin of the document that created it.
  return url.origin === appOrigin;
}

function describeProblems(problems: PageProblems): string | undefined {
  const sections: [string, string[]][] = [
    [
      'requests to another origin (blocked; the atlas must work offline)',
      problems.offOriginRequests,
    ],
    ['console errors', problems.consoleErrors],
    ['uncaught page errors', problems.pageErrors],
    ['dialogs (dismissed; the app must not open alert/confirm/prompt)', problems.dialogs],
  ];
  const lines = sections
    .filter(([, items]) => items.length > 0)
    .map(([title, items]) => `  ${title}:\n${items.map((item) => `    - ${item}`).join('\n')}`);
  return lines.length > 0
    ? `The page misbehaved during this test:\n${lines.join('\n')}`
    : undefined;
}

async function guardContext(
  context: BrowserContext,
  appOrigin: string,
  allowedConsoleErrors: RegExp[],
  problems: PageProblems,
): Promise<void> {
  const offOrigin = new Set<string>();
  const recordOffOrigin = (method: string, url: string) => {
    const entry = `${method} ${url}`;
    if (!offOrigin.has(entry)) {
      offOrigin.add(entry);
      problems.offOriginRequests.push(entry);
    }
  };

  // Block (and record) every HTTP(S) request and WebSocket that leaves the app's origin.
  await context.route(
    (url) => !isAppUrl(url, appOrigin),
    async (route) => {
      recordOffOrigin(route.request().method(), route.request().url());
      await route.abort('blockedbyclient');
    },
  );
  await context.routeWebSocket(
    (url) => !isAppUrl(url, appOrigin),
    async (ws) => {
      recordOffOrigin('WEBSOCKET', ws.url());
      await ws.close({ code: 1008, reason: 'blocked by the e2e offline guard' });
    },
  );
  // Belt and braces: record any off-origin request the route did not see.
  context.on('request', (request) => {
    let url: URL;
    try {
      url = new URL(request.url());
    } catch {
      return;
    }
    if (!isAppUrl(url, appOrigin)) recordOffOrigin(request.method(), request.url());
  });

  context.on('console', (message) => {
    if (message.type() !== 'error') return;
    const text = message.text();
    if (allowedConsoleErrors.some((pattern) => pattern.test(text))) return;
    const { url, lineNumber } = message.location();
    problems.consoleErrors.push(url ? `${text} (at ${url}:${lineNumber + 1})` : text);
  });

  context.on('weberror', (webError) => {
    const error = webError.error();
    problems.pageErrors.push(error.stack ?? `${error.name}: ${error.message}`);
  });

  context.on('dialog', async (dialog) => {
    problems.dialogs.push(`${dialog.type()}: ${dialog.message()}`);
    await dialog.dismiss().catch(() => undefined);
  });
}

export const test = base.extend<AtlasFixtures & AtlasOptions>({
  allowedConsoleErrors: [[], { option: true }],

  pageProblems: [
    async ({ context, baseURL, allowedConsoleErrors }, use) => {
      if (!baseURL) throw new Error('e2e fixtures need use.baseURL (see playwright.config.ts)');
      const problems: PageProblems = {
        offOriginRequests: [],
        consoleErrors: [],
        pageErrors: [],
        dialogs: [],
      };
      await guardContext(context, new URL(baseURL).origin, allowedConsoleErrors, problems);
      await use(problems);
      const report = describeProblems(problems);
      if (report) throw new Error(report);
    },
    { auto: true },
  ],
});

type PilotAtlasWindow = Window & { pilotAtlas?: { map?: MapLibreMap } };

/** Waits until the app reports its map's first `idle` (all tiles loaded, nothing animating). */
export async function waitForMapIdle(
  page: Page,
  options: { timeout?: number } = {},
): Promise<void> {
  await page.waitForFunction(() => document.documentElement.dataset.map === 'idle', undefined, {
    timeout: options.timeout ?? 45_000,
  });
}

/** A handle on the app's maplibregl.Map (window.pilotAtlas.map). */
export async function getMap(page: Page): Promise<JSHandle<MapLibreMap>> {
  return page.evaluateHandle(() => {
    const map = (window as PilotAtlasWindow).pilotAtlas?.map;
    if (!map) throw new Error('window.pilotAtlas.map is not set: has the app mounted its map?');
    return map;
  });
}

/**
 * Runs `fn(map, arg)` in the page with the app's maplibregl.Map and returns its (serialisable)
 * result. `fn` runs in the browser: it can only use its arguments.
 */
export async function withMap<R, Arg = undefined>(
  page: Page,
  fn: (map: MapLibreMap, arg: Arg) => R | Promise<R>,
  arg?: Arg,
): Promise<R> {
  const map = await getMap(page);
  try {
    return (await map.evaluate(fn as (map: MapLibreMap, arg: unknown) => R | Promise<R>, arg)) as R;
  } finally {
    await map.dispose();
  }
}

/**
 * Waits for the map to settle again after an interaction: forces one repaint and resolves at the
 * next `idle` (which MapLibre fires once nothing is loading or moving).
 */
export async function waitForMapSettled(
  page: Page,
  options: { timeout?: number } = {},
): Promise<void> {
  await withMap(
    page,
    (map, timeout) =>
      new Promise<void>((resolve, reject) => {
        const timer = setTimeout(
          () => reject(new Error(`the map did not become idle within ${timeout} ms`)),
          timeout,
        );
        map.once('idle', () => {
          clearTimeout(timer);
          resolve();
        });
        map.triggerRepaint();
      }),
    options.timeout ?? 30_000,
  );
}

/** Zoom, centre, bearing and pitch of the map, for assertions about where the user is looking. */
export async function getMapView(page: Page) {
  return withMap(page, (map) => {
    const { lng, lat } = map.getCenter();
    return {
      zoom: map.getZoom(),
      center: [lng, lat],
      bearing: map.getBearing(),
      pitch: map.getPitch(),
    };
  });
}

/** The sorted, unique `properties.id` of the features the map currently draws in `layer`. */
export async function renderedPlaceIds(
  page: Page,
  layer: string = PILOTS_LAYER,
): Promise<string[]> {
  const ids = await withMap(
    page,
    (map, layerId) => {
      const features = map.queryRenderedFeatures({ layers: [layerId] });
      return features
        .map((feature) => feature.properties?.id as unknown)
        .filter((id): id is string => typeof id === 'string');
    },
    layer,
  );
  return [...new Set(ids)].sort();
}

/**
 * Where the place with `properties.id === id` is on screen: CSS pixels in the page's viewport
 * (what page.mouse.click() takes), plus whether that point is inside the map canvas.
 * Throws if the `pilots` source has no such place.
 */
export async function projectPlace(
  page: Page,
  id: string,
): Promise<{ x: number; y: number; onCanvas: boolean }> {
  const result = await withMap(
    page,
    async (map, { id, source, layer }) => {
      type PlaceFeature = {
        properties?: Record<string, unknown> | null;
        geometry?: { type: string; coordinates?: unknown };
      };
      const find = (features: PlaceFeature[] | undefined) =>
        features?.find((feature) => feature.properties?.id === id);
      let feature =
        find(map.querySourceFeatures(source)) ??
        (map.getLayer(layer) ? find(map.queryRenderedFeatures({ layers: [layer] })) : undefined);
      if (!feature) {
        // Not in a loaded tile (e.g. off screen): look in the source's data itself.
        const geojson = map.getSource(source) as
          { getData?: () => Promise<{ features?: PlaceFeature[] }> } | undefined;
        feature = find((await geojson?.getData?.())?.features);
      }
      const geometry = feature?.geometry;
      if (!geometry)
        return { error: `no feature with properties.id "${id}" in source "${source}"` };
      if (geometry.type !== 'Point' || !Array.isArray(geometry.coordinates)) {
        return { error: `place "${id}" is a ${geometry.type}, not a Point` };
      }
      const [lng, lat] = geometry.coordinates as [number, number];
      const point = map.project([lng, lat]);
      const rect = map.getCanvas().getBoundingClientRect();
      const x = rect.left + point.x;
      const y = rect.top + point.y;
      const onCanvas = x >= rect.left && x <= rect.right && y >= rect.top && y <= rect.bottom;
      return { x, y, onCanvas };
    },
    { id, source: PILOTS_SOURCE, layer: PILOTS_LAYER },
  );
  if ('error' in result) throw new Error(`projectPlace: ${result.error}`);
  return result;
}

/** Colour statistics of what the map canvas shows on screen (from a real screenshot). */
export interface CanvasColours {
  width: number;
  height: number;
  /** Number of distinct RGB colours. */
  distinctColours: number;
  /** Share (0..1) of pixels having the most common colour. */
  dominantShare: number;
}

/**
 * Screenshots the map canvas's area of the page, as the user sees it (with anything drawn over
 * it), and counts its colours. The screenshot is
 * decoded by the browser itself (createImageBitmap on an OffscreenCanvas), so no PNG library is
 * needed, and the map need not use preserveDrawingBuffer.
 */
export async function mapCanvasColours(page: Page): Promise<CanvasColours> {
  const clip = await withMap(page, (map) => {
    const { x, y, width, height } = map.getCanvas().getBoundingClientRect();
    return { x, y, width, height };
  });
  if (clip.width < 1 || clip.height < 1) {
    return { width: 0, height: 0, distinctColours: 0, dominantShare: 1 };
  }
  const png = await page.screenshot({ clip, animations: 'disabled' });
  return page.evaluate(async (base64) => {
    const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
    const bitmap = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
    const { width, height } = bitmap;
    const context = new OffscreenCanvas(width, height).getContext('2d');
    if (!context) throw new Error('no 2D context for decoding the screenshot');
    context.drawImage(bitmap, 0, 0);
    const pixels = context.getImageData(0, 0, width, height).data;
    const counts = new Map<number, number>();
    for (let i = 0; i < pixels.length; i += 4) {
      const rgb = (pixels[i]! << 16) | (pixels[i + 1]! << 8) | pixels[i + 2]!;
      counts.set(rgb, (counts.get(rgb) ?? 0) + 1);
    }
    let dominant = 0;
    for (const count of counts.values()) dominant = Math.max(dominant, count);
    return {
      width,
      height,
      distinctColours: counts.size,
      dominantShare: width * height > 0 ? dominant / (width * height) : 1,
    };
  }, png.toString('base64'));
}

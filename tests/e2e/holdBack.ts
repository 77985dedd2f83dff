import type { Page } from '@playwright/test';

/**
 * Holds back every request whose URL matches `url`, as a slow connection would, until the returned
 * function is called.
 */
export async function holdBack(page: Page, url: RegExp): Promise<() => void> {
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(url, async (route) => {
    await held;
    await route.continue();
  });
  return release;
}

/** The live map's chunk (MapLibre and its bindings). */
export const LIVE_MAP = /\/assets\/MapView-[^/]+\.js$/;
/** The interface font's files (Noto Sans SC), which the map's labels use too. */
export const INTERFACE_FONT = /noto-sans-sc-[^/]+\.woff2?$/;

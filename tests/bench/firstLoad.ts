/**
 * Which of a build's JavaScript files a first visit fetches: one load of the app, navigation to
 * its first idle. What the app fetches later (the on-demand parts it prefetches once the map is up,
 * or loads when a user opens them) is not part of the first load.
 */
import { basename } from 'node:path';
import type { Browser } from 'playwright-core';
import { openContext, waitForMark } from './measure.ts';
import { serveStatic } from './server.ts';

export async function firstLoadScripts(
  browser: Browser,
  dir: string,
  firstPort?: number,
): Promise<Set<string>> {
  const server = await serveStatic(dir, { firstPort });
  const { context, page } = await openContext(browser);
  try {
    await page.goto(`${server.origin}/`, { waitUntil: 'commit' });
    await waitForMark(page, 'pilot-atlas:idle');
    // Requests started before the idle mark; the page itself may already be prefetching more.
    const urls = await page.evaluate(() => {
      const idle = performance.getEntriesByName('pilot-atlas:idle', 'mark')[0]!.startTime;
      return performance
        .getEntriesByType('resource')
        .filter((entry) => entry.startTime <= idle)
        .map((entry) => new URL(entry.name).pathname);
    });
    return new Set(urls.filter((url) => url.endsWith('.js')).map((url) => basename(url)));
  } finally {
    await context.close();
    await server.close();
  }
}

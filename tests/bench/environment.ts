/** What the report says about where it ran: the commit, and Chromium's WebGL renderer. */
import { execFileSync } from 'node:child_process';
import type { Browser } from 'playwright-core';
import { repoRoot } from './build.ts';

export function gitState(): { commit: string | null; dirty: boolean | null } {
  try {
    const git = (...args: string[]) =>
      execFileSync('git', args, { cwd: repoRoot, encoding: 'utf8' });
    const commit = git('rev-parse', '--short', 'HEAD').trim();
    // The results files and the README made from them are the bench's own output, written after
    // every round: not a change.
    const changes = git(
      'status',
      '--porcelain',
      '--',
      '.',
      ':(exclude)tests/bench/results',
      ':(exclude)tests/bench/README.md',
    );
    return { commit, dirty: changes.trim().length > 0 };
  } catch {
    return { commit: null, dirty: null };
  }
}

export async function webglRenderer(browser: Browser): Promise<string | null> {
  const page = await browser.newPage();
  try {
    return await page.evaluate(() => {
      const gl = document.createElement('canvas').getContext('webgl2');
      if (!gl) return null;
      const info = gl.getExtension('WEBGL_debug_renderer_info');
      return String(gl.getParameter(info ? info.UNMASKED_RENDERER_WEBGL : gl.RENDERER));
    });
  } finally {
    await page.close();
  }
}

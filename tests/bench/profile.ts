/**
 * `--profile`: main-thread CPU profiles (V8's sampling profiler over CDP), summed by script and by
 * function: one of an app load (navigation → first idle), one of the search keystrokes. Workers
 * (MapLibre's) are not in them. Function names are those of the minified build; `where` says the
 * chunk and line.
 */
import type { Browser, CDPSession } from 'playwright-core';
import { measureSearch } from './measureSearch.ts';
import { openContext, waitForMark, waitMapIdle } from './measure.ts';
import type { StaticServer } from './server.ts';

export interface ProfileEntry {
  name: string;
  where: string;
  selfMs: number;
}

export interface CpuSummary {
  /** What was profiled. */
  what: string;
  /** ms of main-thread CPU (sampled), by script. */
  byScript: { script: string; selfMs: number }[];
  top: ProfileEntry[];
  totalMs: number;
}

interface CpuProfile {
  nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber: number } }[];
  samples?: number[];
  timeDeltas?: number[];
}

function scriptOf(url: string): string {
  if (!url) return '(native / GC / idle)';
  const file = url.split('/').pop()!.split('?')[0]!;
  return file.replace(/-[\w-]{8}(\.\w+)$/, '$1');
}

function summarizeProfile(what: string, profile: CpuProfile): CpuSummary {
  const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
  const deltas = profile.timeDeltas ?? [];
  const self = new Map<number, number>();
  (profile.samples ?? []).forEach((id, i) =>
    self.set(id, (self.get(id) ?? 0) + (deltas[i] ?? 0) / 1000),
  );
  const byScript = new Map<string, number>();
  const byFunction = new Map<string, ProfileEntry>();
  let totalMs = 0;
  for (const [id, ms] of self) {
    const frame = nodes.get(id)!.callFrame;
    const name = frame.functionName || '(anonymous)';
    if (name === '(idle)' || name === '(program)') continue;
    totalMs += ms;
    const script = name === '(garbage collector)' ? name : scriptOf(frame.url);
    byScript.set(script, (byScript.get(script) ?? 0) + ms);
    const key = `${name}@${frame.url}:${frame.lineNumber}`;
    const entry = byFunction.get(key) ?? {
      name,
      where: `${scriptOf(frame.url)}:${frame.lineNumber + 1}`,
      selfMs: 0,
    };
    entry.selfMs += ms;
    byFunction.set(key, entry);
  }
  return {
    what,
    totalMs,
    byScript: [...byScript]
      .map(([script, selfMs]) => ({ script, selfMs }))
      .sort((a, b) => b.selfMs - a.selfMs),
    top: [...byFunction.values()].sort((a, b) => b.selfMs - a.selfMs).slice(0, 15),
  };
}

async function startProfiler(cdp: CDPSession) {
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 250 });
  await cdp.send('Profiler.start');
}

async function stopProfiler(cdp: CDPSession): Promise<CpuProfile> {
  return (await cdp.send('Profiler.stop')).profile as CpuProfile;
}

/**
 * One load, then the search query typed and deleted. The page first opens a same-origin URL so the
 * profiled renderer process is the one the app loads in.
 */
export async function profileApp(
  browser: Browser,
  server: StaticServer,
  url: string,
  query: string,
): Promise<CpuSummary[]> {
  const { context, page, cdp } = await openContext(browser);
  try {
    await page.goto(new URL('/bench-blank', url).href);
    await startProfiler(cdp);
    await page.goto(url, { waitUntil: 'commit' });
    await waitForMark(page, 'pilot-atlas:idle');
    const load = summarizeProfile('one app load to first idle', await stopProfiler(cdp));
    await waitMapIdle(page, 'pilotAtlas');
    await startProfiler(cdp);
    await measureSearch(page, query, () => waitMapIdle(page, 'pilotAtlas'));
    const search = summarizeProfile(
      `typing "${query}" and deleting it, map idle between keystrokes`,
      await stopProfiler(cdp),
    );
    return [load, search];
  } finally {
    await context.close();
    server.reset();
  }
}

/**
 * `window.pilotAtlas`: the one object through which scripts and end-to-end tests reach the running
 * app (the live map as `map`; `exportPng` and `exportSvg` while the export dialog is open).
 */
export type PageHooks = Record<string, unknown>;

export function pageHooks(): PageHooks {
  const w = window as unknown as { pilotAtlas?: PageHooks };
  return (w.pilotAtlas ??= {});
}

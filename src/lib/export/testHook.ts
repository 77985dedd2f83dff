// Browser-only: `window.pilotAtlas.exportPng/exportSvg` (src/lib/pageHooks.ts), for end-to-end tests and for scripting
// exports from the console. Present while the export dialog is open.
import { pageHooks } from '../pageHooks';
import type { PreparedExport } from './preparedExport.svelte';
import { exportPng, exportSvg } from './run';
import type { ExportScene } from './scene';
import type { ExportScale } from './sizes';

export interface HookOptions {
  width: number;
  height: number;
  scale: ExportScale;
  title: string;
  /** Render from scratch even when the dialog has prepared these options (as Download would not). */
  fresh?: boolean;
  /** SVG only: the text as paths. */
  textAsPaths?: boolean;
}

type Hooks = {
  exportPng?: (options: HookOptions) => ReturnType<typeof exportPng>;
  exportSvg?: (options: HookOptions) => ReturnType<typeof exportSvg>;
};

/** `exportPng` makes what Download PNG makes: from the dialog's prepared render when it matches. */
export function exposeExportHooks(scene: () => ExportScene, prepared: PreparedExport): () => void {
  const hooks = pageHooks() as Hooks;
  hooks.exportPng = ({ title, fresh, textAsPaths: _, ...size }) =>
    fresh ? exportPng(scene(), size, title) : prepared.png(scene(), size, title);
  hooks.exportSvg = ({ title, fresh: _, textAsPaths, ...size }) =>
    exportSvg(scene(), size, title, { textAsPaths });
  return () => {
    delete hooks.exportPng;
    delete hooks.exportSvg;
  };
}

// Browser-only: `window.pilotAtlas.exportPng/exportSvg`, for end-to-end tests and for scripting
// exports from the console. Present while the export dialog is open.
import { exportPng, exportSvg } from './run';
import type { ExportScene } from './scene';
import type { ExportScale } from './sizes';

export interface HookOptions {
  width: number;
  height: number;
  scale: ExportScale;
  title: string;
}

type Hooks = {
  exportPng?: (options: HookOptions) => ReturnType<typeof exportPng>;
  exportSvg?: (options: HookOptions) => ReturnType<typeof exportSvg>;
};

export function exposeExportHooks(scene: () => ExportScene): () => void {
  const w = window as unknown as { pilotAtlas?: Hooks };
  const hooks: Hooks = (w.pilotAtlas ??= {});
  hooks.exportPng = ({ title, ...size }) => exportPng(scene(), size, title);
  hooks.exportSvg = ({ title, ...size }) => exportSvg(scene(), size, title);
  return () => {
    delete hooks.exportPng;
    delete hooks.exportSvg;
  };
}

import { exportCopy } from '../../copy/export';
import { canCopyImages, copyPng, downloadBlob } from './files';
import type { PreparedExport } from './preparedExport.svelte';
import type { ExportStep } from './render';
import { exportSvg } from './run';
import type { ExportScene } from './scene';
import { type ExportSize, exportFileName } from './sizes';

export type JobStatus =
  | { kind: 'idle' }
  | { kind: 'busy'; step: ExportStep }
  | { kind: 'done'; message: string }
  | { kind: 'failed'; message: string };

const seconds = (ms: number | undefined) => ((ms ?? 0) / 1000).toFixed(1);

function describe(error: unknown): string {
  if (error instanceof DOMException && error.name === 'NotAllowedError')
    return 'the browser did not allow writing to the clipboard';
  return error instanceof Error ? error.message : String(error);
}

/** One export at a time, with its progress and outcome for the dialog to show. */
export class ExportJob {
  status = $state<JobStatus>({ kind: 'idle' });
  readonly canCopy = canCopyImages();
  readonly busy = $derived(this.status.kind === 'busy');

  constructor(
    private readonly scene: () => ExportScene,
    private readonly prepared: PreparedExport,
  ) {}

  private async run(work: (onStep: (step: ExportStep) => void) => Promise<string>) {
    if (this.busy) return;
    this.status = { kind: 'busy', step: 'fonts' };
    try {
      const message = await work((step) => (this.status = { kind: 'busy', step }));
      this.status = { kind: 'done', message };
    } catch (error) {
      this.status = { kind: 'failed', message: exportCopy.failed(describe(error)) };
    }
  }

  downloadPng(size: ExportSize, title: string) {
    return this.run(async (onStep) => {
      const result = await this.prepared.png(this.scene(), size, title, { onStep });
      const name = exportFileName(title, size, 'png');
      downloadBlob(result.blob, name);
      return exportCopy.downloaded(name, seconds(result.timings.total));
    });
  }

  copyPng(size: ExportSize, title: string) {
    return this.run(async (onStep) => {
      const started = performance.now();
      const png = this.prepared.png(this.scene(), size, title, { onStep }).then((r) => r.blob);
      await copyPng(png);
      return exportCopy.copied(seconds(performance.now() - started));
    });
  }

  downloadSvg(size: ExportSize, title: string, textAsPaths = false) {
    return this.run(async (onStep) => {
      const result = await exportSvg(this.scene(), size, title, { onStep, textAsPaths });
      const name = exportFileName(title, size, 'svg');
      downloadBlob(result.blob, name);
      return exportCopy.downloaded(name, seconds(result.timings.total));
    });
  }
}

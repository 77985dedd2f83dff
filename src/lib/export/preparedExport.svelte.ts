// Browser-only: the export the dialog shows and prepares while the user looks at it. Each change of
// options draws a preview and renders the full image in slices, superseding any older render; Copy
// and Download then only encode it.
import type { HeldPixels } from './encoder';
import { holdPixels } from './encoder';
import { type PreviewSize, previewSize } from './previewSize';
import { cpuCanvas, drawPlan, type ExportPlan, planExport, renderPixels } from './render';
import { identities, renderKey } from './renderKey';
import { type ExportOptions, encodePrepared, exportPng, type PngExport } from './run';
import type { ExportScene } from './scene';
import type { ExportSize } from './sizes';
import { isAbort } from './tasks';

export type PrepareStatus = 'idle' | 'preparing' | 'ready' | 'failed';

export interface Preview {
  image: HTMLCanvasElement;
  size: PreviewSize;
  plan: ExportPlan;
}

interface Preparation {
  key: string;
  controller: AbortController;
  result: Promise<{ plan: ExportPlan; pixels: HeldPixels }>;
}

/** Typing a title restarts the render at most this often. */
const SETTLE_MS = 250;
const sceneId = identities<ExportScene>();

export class PreparedExport {
  status = $state<PrepareStatus>('idle');
  /** The latest preview drawn (it stays up while the next one is prepared). */
  preview = $state.raw<Preview | null>(null);
  failure = $state<string | null>(null);
  private requested: string | null = null;
  private current: Preparation | null = null;
  private waiting: { timer: ReturnType<typeof setTimeout>; start: () => void } | null = null;

  /** Where the preview must fit; the dialog sets it, and a preview reads it when it is drawn. */
  previewBox = { maxWidth: 480, maxHeight: 220, pixelRatio: 1 };

  /** The options changed: prepare their image (at once the first time, then once they settle). */
  request(scene: ExportScene, size: ExportSize | null, title: string) {
    const key = size && renderKey({ scene: sceneId(scene), size, title });
    if (key === this.requested) return;
    const first = this.requested === null && !this.current;
    this.cancel();
    this.requested = key;
    this.failure = null;
    if (!key || !size) return void (this.status = 'idle');
    this.status = 'preparing';
    const start = () => {
      this.waiting = null;
      this.current = this.start(key, scene, size, title);
    };
    if (first) start();
    else this.waiting = { timer: setTimeout(start, SETTLE_MS), start };
  }

  /** The PNG for these options: the prepared render if it is theirs, else one made from scratch. */
  async png(
    scene: ExportScene,
    size: ExportSize,
    title: string,
    options: ExportOptions = {},
  ): Promise<PngExport> {
    const key = renderKey({ scene: sceneId(scene), size, title });
    if (key === this.requested) {
      this.waiting?.start();
      const preparation = this.current;
      try {
        options.onStep?.('rendering');
        if (preparation) {
          const { plan, pixels } = await preparation.result;
          return await encodePrepared(pixels, plan, options);
        }
      } catch {
        // Superseded while we waited, or lost: render these options from scratch.
      }
    }
    return exportPng(scene, size, title, options);
  }

  dispose() {
    this.cancel();
    this.requested = null;
    this.preview = null;
  }

  private cancel() {
    if (this.waiting) clearTimeout(this.waiting.timer);
    this.waiting = null;
    const old = this.current;
    this.current = null;
    if (!old) return;
    old.controller.abort();
    old.result.then(
      ({ pixels }) => pixels.release(),
      () => {},
    );
  }

  private start(key: string, scene: ExportScene, size: ExportSize, title: string): Preparation {
    const controller = new AbortController();
    const { signal } = controller;
    const result = (async () => {
      const plan = await planExport(scene, size, title, { signal });
      await this.drawPreview(plan, signal);
      const canvas = await renderPixels(plan, signal);
      return { plan, pixels: await holdPixels(canvas) };
    })();
    const preparation = { key, controller, result };
    result.then(
      () => {
        if (this.current === preparation) this.status = 'ready';
      },
      (error: unknown) => {
        if (this.current !== preparation || isAbort(error)) return;
        this.status = 'failed';
        this.failure = error instanceof Error ? error.message : String(error);
      },
    );
    return preparation;
  }

  private async drawPreview(plan: ExportPlan, signal: AbortSignal) {
    const size = previewSize(plan.size, this.previewBox);
    const { canvas, ctx } = cpuCanvas(size.pixelWidth, size.pixelHeight);
    await drawPlan(ctx, plan, size.scale, signal);
    signal.throwIfAborted();
    this.preview = { image: canvas, size, plan };
  }
}

// Browser-only: PNG encoding of rendered export pixels, in a worker where the browser allows one,
// else on the main thread with the same encoder (the browser's own).
import EncodeWorker from './encodeWorker?worker&inline';
import type { EncoderReply, EncoderRequest } from './encodeWorker';

/** Rendered pixels waiting to be encoded, as often as asked (Download, then Copy). */
export interface HeldPixels {
  encode(): Promise<Blob>;
  release(): void;
}

/** The worker stopped (it could not start, or died) and took the pixels it held with it. */
export class EncoderStopped extends Error {
  constructor() {
    super('the PNG encoder stopped');
  }
}

type Pending = { resolve: (blob: Blob) => void; reject: (error: Error) => void };

class WorkerEncoder {
  private readonly worker = new EncodeWorker({ name: 'png-encoder' });
  private readonly pending = new Map<number, Pending>();
  private nextId = 1;
  failed = false;

  constructor() {
    this.worker.onmessage = ({ data }: MessageEvent<EncoderReply>) => {
      const waiting = this.pending.get(data.request);
      this.pending.delete(data.request);
      if (data.kind === 'encoded') waiting?.resolve(data.blob);
      else if (data.kind === 'failed') waiting?.reject(new Error(data.message));
      else this.stop();
    };
    this.worker.onerror = (event) => {
      event.preventDefault();
      this.stop();
    };
  }

  /** The worker could not start, died, or cannot hold pixels: later exports stay on the page. */
  private stop() {
    this.failed = true;
    for (const waiting of this.pending.values()) waiting.reject(new EncoderStopped());
    this.pending.clear();
  }

  private post(message: EncoderRequest, transfer: Transferable[] = []) {
    this.worker.postMessage(message, transfer);
  }

  /** Hands a copy of the canvas's pixels over to the worker. */
  async hold(canvas: HTMLCanvasElement): Promise<HeldPixels> {
    const id = this.nextId++;
    const bitmap = await createImageBitmap(canvas);
    this.post({ kind: 'hold', id, bitmap }, [bitmap]);
    return {
      encode: () =>
        new Promise<Blob>((resolve, reject) => {
          if (this.failed) return reject(new EncoderStopped());
          const request = this.nextId++;
          this.pending.set(request, { resolve, reject });
          this.post({ kind: 'encode', id, request });
        }),
      release: () => this.post({ kind: 'release', id }),
    };
  }
}

let shared: WorkerEncoder | null | undefined;

function workerEncoder(): WorkerEncoder | null {
  if (shared === undefined) {
    try {
      shared = typeof Worker === 'function' ? new WorkerEncoder() : null;
    } catch {
      shared = null; // e.g. a policy that forbids workers
    }
  }
  return shared && !shared.failed ? shared : null;
}

function encodeOnPage(canvas: HTMLCanvasElement): Promise<Blob> {
  return new Promise((resolve, reject) =>
    canvas.toBlob(
      (blob) => (blob ? resolve(blob) : reject(new Error('the browser could not encode the PNG'))),
      'image/png',
    ),
  );
}

/** Keeps a finished render for encoding; the canvas is emptied once its pixels are held. */
export async function holdPixels(canvas: HTMLCanvasElement): Promise<HeldPixels> {
  const worker = workerEncoder();
  if (worker) {
    const held = await worker.hold(canvas);
    canvas.width = canvas.height = 0;
    return held;
  }
  return {
    encode: () => encodeOnPage(canvas),
    release: () => void (canvas.width = canvas.height = 0),
  };
}

// Browser-only: runs an import in its worker (importWorker.ts) and gathers its answer.
import type { Place } from '../data/schema';
import type { ImportReply, ImportRequest } from './importWorker';
import { type ImportResult, type KnownIds, MAX_BYTES, type OnProgress } from './parse';

export type ImportOutcome = ImportResult | { ok: false; cancelled: true };

export interface ImportJob {
  outcome: Promise<ImportOutcome>;
  /** Stops the worker; the outcome is `cancelled` and nothing is imported. */
  cancel(): void;
}

const refusal = (message: string): ImportResult => ({ ok: false, problems: [message], total: 1 });

export function startImport(file: File, known: KnownIds, onProgress: OnProgress): ImportJob {
  let settle!: (outcome: ImportOutcome) => void;
  const outcome = new Promise<ImportOutcome>((resolve) => (settle = resolve));
  if (file.size > MAX_BYTES) {
    settle(refusal(`the file is larger than ${MAX_BYTES / 1e6} MB; expected a smaller file`));
    return { outcome, cancel: () => undefined };
  }
  const worker = new Worker(new URL('./importWorker.ts', import.meta.url), { type: 'module' });
  const finish = (result: ImportOutcome) => {
    worker.terminate();
    settle(result);
  };
  const places: Place[] = [];
  worker.onmessage = ({ data }: MessageEvent<ImportReply>) => {
    if (data.kind === 'progress') onProgress(data.done, data.total);
    else if (data.kind === 'places') for (const place of data.places) places.push(place);
    else finish(data.result.ok ? { ok: true, places } : data.result);
  };
  worker.onerror = (event) => {
    event.preventDefault();
    finish(
      refusal(`the file could not be checked (${event.message || 'the import worker failed'})`),
    );
  };
  file.arrayBuffer().then(
    (bytes) => {
      const request: ImportRequest = {
        bytes,
        fileName: file.name,
        placeIds: [...known.placeIds],
        mechanismIds: [...known.mechanismIds],
      };
      worker.postMessage(request, [bytes]);
    },
    (error: unknown) => finish(refusal(`the file could not be read (${String(error)})`)),
  );
  return { outcome, cancel: () => finish({ ok: false, cancelled: true }) };
}

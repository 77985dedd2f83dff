// The import worker: decodes and validates a user's file off the page's main thread, so that a
// 100,000-row CSV never freezes the page (it took 2 s of one task there).
import { decodeUserFile, type ImportResult, parseUserPlaces } from './parse';
import type { Place } from '../data/schema';

export interface ImportRequest {
  bytes: ArrayBuffer;
  fileName: string;
  placeIds: string[];
  mechanismIds: string[];
}

export type ImportReply =
  | { kind: 'progress'; done: number; total: number }
  /** Valid places, in slices: each is its own task to receive on the page. */
  | { kind: 'places'; places: Place[] }
  | { kind: 'done'; result: ImportResult };

/** Places per message: the page takes each slice in a task of its own. */
const SLICE = 500;

// The project's TypeScript types the page, not workers: only what this file uses.
interface WorkerScope {
  onmessage: ((event: MessageEvent<ImportRequest>) => void) | null;
  postMessage(message: ImportReply): void;
}
const scope = self as unknown as WorkerScope;

scope.onmessage = ({ data }) => {
  let result: ImportResult;
  try {
    const text = decodeUserFile(data.bytes);
    result =
      typeof text === 'string'
        ? parseUserPlaces(
            text,
            data.fileName,
            { placeIds: new Set(data.placeIds), mechanismIds: new Set(data.mechanismIds) },
            (done, total) => scope.postMessage({ kind: 'progress', done, total }),
          )
        : text;
  } catch (error) {
    result = {
      ok: false,
      problems: [`the file could not be checked (${String(error)})`],
      total: 1,
    };
  }
  if (result.ok) {
    for (let i = 0; i < result.places.length; i += SLICE)
      scope.postMessage({ kind: 'places', places: result.places.slice(i, i + SLICE) });
    result = { ok: true, places: [] };
  }
  scope.postMessage({ kind: 'done', result });
};

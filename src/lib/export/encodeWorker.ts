// A worker that holds prepared export pixels and encodes them as PNG, off the page's main thread:
// the page's own canvas.toBlob encodes a 3840×2160 image in main-thread tasks of 100 ms and more.

export type EncoderRequest =
  | { kind: 'hold'; id: number; bitmap: ImageBitmap }
  | { kind: 'encode'; id: number; request: number }
  | { kind: 'release'; id: number };

export type EncoderReply =
  | { kind: 'encoded'; request: number; blob: Blob }
  | { kind: 'failed'; request: number; message: string }
  /** This worker cannot hold pixels (no bitmap canvas here): encode on the page instead. */
  | { kind: 'unable'; request: number };

// The project's TypeScript types the page, not workers: only what this file uses.
interface WorkerScope {
  onmessage: ((event: MessageEvent<EncoderRequest>) => void) | null;
  postMessage(message: EncoderReply): void;
}
const scope = self as unknown as WorkerScope;

/** Pixels by id, each on a canvas that took the bitmap over without copying it (null: it could not). */
const held = new Map<number, OffscreenCanvas | null>();

async function encode(id: number, request: number) {
  try {
    const canvas = held.get(id);
    if (canvas === null) return scope.postMessage({ kind: 'unable', request });
    if (!canvas) throw new Error('the prepared image was released');
    const blob = await canvas.convertToBlob({ type: 'image/png' });
    scope.postMessage({ kind: 'encoded', request, blob });
  } catch (error) {
    scope.postMessage({ kind: 'failed', request, message: String(error) });
  }
}

scope.onmessage = ({ data }) => {
  if (data.kind === 'hold') {
    const canvas = new OffscreenCanvas(data.bitmap.width, data.bitmap.height);
    const ctx = canvas.getContext('bitmaprenderer');
    ctx?.transferFromImageBitmap(data.bitmap);
    held.set(data.id, ctx ? canvas : null);
  } else if (data.kind === 'encode') void encode(data.id, data.request);
  else held.delete(data.id);
};

import { loadDocument } from 'virtual:atlas-data';
import type { ReadingDocument } from '../data/passages';

const loaded = new Map<string, Promise<ReadingDocument>>();

/**
 * A source's reading document, fetched on first use and kept for the page's life, so that a
 * document opened once opens again with the network gone. A failed fetch is tried again next time.
 */
export function readingDocument(sourceId: string): Promise<ReadingDocument> {
  let document = loaded.get(sourceId);
  if (!document) {
    document = loadDocument(sourceId);
    loaded.set(sourceId, document);
    document.catch(() => loaded.delete(sourceId));
  }
  return document;
}

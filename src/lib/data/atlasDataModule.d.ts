// What `virtual:atlas-data` (src/build/atlasDataPlugin.ts) exports.
declare module 'virtual:atlas-data' {
  import type { AtlasData, ContextFact } from './schema';
  import type { PlaceExcerpts } from './excerptSplit';
  import type { ReadingDocument } from './passages';
  /** The data the first paint needs: each place with its headline excerpt only. */
  export function loadData(): Promise<AtlasData>;
  /** Every place's excerpts, in the order of the data's places. */
  export function loadExcerpts(): Promise<PlaceExcerpts>;
  /** The national context, loaded when something shows it. */
  export function loadContext(): Promise<ContextFact[]>;
  /** A source's text and the passages the atlas quotes from it, loaded on demand. */
  export function loadDocument(sourceId: string): Promise<ReadingDocument>;
}

// What `virtual:atlas-data` (src/build/atlasDataPlugin.ts) exports besides the data itself.
declare module 'virtual:atlas-data' {
  import type { PlaceExcerpts } from './excerptSplit';
  /** Every place's excerpts, in the order of the data's places: a chunk of their own. */
  export function loadExcerpts(): Promise<PlaceExcerpts>;
}

import { defaultUrlState, encodeUrlState } from '../logic/urlState';

/** The link that opens the reading view at a passage, and nothing else. */
export function readingPermalink(doc: string, passage: number): string {
  return `${location.origin}${location.pathname}${encodeUrlState({ ...defaultUrlState, doc, passage })}`;
}

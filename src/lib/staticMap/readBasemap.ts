import type { StaticBasemap } from './basemap';

/** The id of the JSON data block the build writes into index.html. */
export const BASEMAP_ELEMENT_ID = 'static-basemap';

/** The static basemap from the page's data block; an empty one if it is missing or unreadable. */
export function readBasemap(doc: Document = document): StaticBasemap {
  try {
    const text = doc.getElementById(BASEMAP_ELEMENT_ID)?.textContent;
    if (text) return JSON.parse(text) as StaticBasemap;
  } catch {
    // Falls through: the live map still draws the basemap.
  }
  return { provinces: [], neighbours: '' };
}

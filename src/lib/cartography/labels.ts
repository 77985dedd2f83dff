import { emphasisOf } from '../data/emphasis';
import type { Place } from '../data/schema';
import { CORE_TOUR } from '../logic/tour';
import type { LabelLang } from '../logic/urlState';
import { levelRadius } from './markers';

/** The label's type: one size on screen, a larger one for a projector (presentation). */
export const LABEL = {
  size: 12.5,
  largeSize: 20,
  /** MapLibre's default text-line-height, in ems. */
  lineHeight: 1.2,
  haloWidth: 1.6,
  dimmedOpacity: 0.3,
  /** Room kept around a label's text, px: no other label or marker comes closer. */
  pad: 2,
} as const;

/** The line from a moved label to its marker. */
export const LEADER = { width: 1 } as const;

export const LABEL_FONT_NAME = 'Noto Sans SC';

/** The last line of the label of a place the user imported. */
export const USER_DATA_TAG = '(your data)';

/** The four core pilots: their labels are placed before any other place's. */
export const CORE_PLACES: readonly string[] = CORE_TOUR;

/** The label's lines, in the chosen language, the dominant list, and a tag on the user's own places. */
export function labelLines(place: Place, lang: LabelLang, userData = false): string[] {
  const zh = place.name.zh ?? place.name.en;
  const names =
    lang === 'en'
      ? [place.name.en]
      : lang === 'zh'
        ? [zh]
        : place.name.zh
          ? [place.name.en, place.name.zh]
          : [place.name.en];
  const emphasis = emphasisOf(place);
  const note =
    emphasis === 'red'
      ? [`red list ${place.shares.red}%`]
      : emphasis === 'black'
        ? [`black list ${place.shares.black}%`]
        : [];
  return [...names, ...note, ...(userData ? [USER_DATA_TAG] : [])];
}

/**
 * Labels are placed in increasing order, each moved aside where it would collide: the selected
 * place first, then the places that match the filters, then the faded ones. Within each, the core
 * pilots come first (smaller before larger: a province shows by its tint, a district only by its
 * label), then the others (larger before smaller).
 */
export function labelSortKey(place: Place, state: { matches: boolean; selected: boolean }): number {
  if (state.selected) return 0;
  const radius = levelRadius(place);
  return (state.matches ? 0 : 20) + (CORE_PLACES.includes(place.id) ? radius - 4 : 20 - radius);
}

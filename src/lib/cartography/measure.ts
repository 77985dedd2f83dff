/** Text measure for labels and exports: a font-free estimate when the page cannot measure. */

export type FontWeight = 400 | 700;

/** Width in CSS px of `text` set in Noto Sans SC at `size` px. */
export type MeasureText = (text: string, size: number, weight: FontWeight) => number;

export const WIDE =
  /[\u1100-\u115F\u2E80-\uA4CF\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6]/;
const NARROW = /[ .,;:'’‘!|il1()[\]-]/;

/** A font-free estimate of Noto Sans SC's advance widths, for tests and as a fallback. */
export const estimateTextWidth: MeasureText = (text, size, weight) => {
  let em = 0;
  for (const char of text) em += WIDE.test(char) ? 1 : NARROW.test(char) ? 0.3 : 0.56;
  return em * size * (weight === 700 ? 1.05 : 1);
};

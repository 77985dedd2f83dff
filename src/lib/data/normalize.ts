/**
 * Excerpts must be verbatim. Only white space and quote marks are normalised, so that a quote typed
 * with straight quotes on one line matches a document with curly quotes and line breaks.
 */
export function normalizeText(text: string): string {
  return (
    text
      .replace(/[\u2018\u2019\u201A\u201B\u2032]/g, "'")
      .replace(/[\u201C\u201D\u201E\u201F\u2033]/g, '"')
      // The same as /\s+/ → ' ', several times faster: single spaces are left as they are.
      .replace(/\s{2,}|[^\S ]/g, ' ')
      .trim()
  );
}

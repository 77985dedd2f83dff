import type { DataIssue } from './errors.ts';
import { normalizeText } from './normalize.ts';
import type { AtlasData, Excerpt, Place } from './schema.ts';

/** Document text by source id, already normalised. Sources whose document is absent are skipped. */
export type SourceTexts = Map<string, string>;

/** Every excerpt must appear word for word in its document (white space and quote marks aside). */
export function checkVerbatim(
  data: AtlasData,
  texts: SourceTexts,
  fileOf: (place: Place) => string,
  contextFile: string,
): DataIssue[] {
  const issues: DataIssue[] = [];
  const check = (excerpts: Excerpt[], file: string, entry: string) =>
    excerpts.forEach((excerpt, i) => {
      const text = texts.get(excerpt.source);
      if (text === undefined || text.includes(normalizeText(excerpt.quote))) return;
      issues.push({
        file,
        entry,
        field: `excerpts[${i}].quote`,
        message:
          `not found verbatim in source "${excerpt.source}"; expected a passage copied word for word ` +
          `from its document (only spacing and quote marks may differ): ` +
          JSON.stringify(
            excerpt.quote.length > 80 ? `${excerpt.quote.slice(0, 80)}…` : excerpt.quote,
          ),
      });
    });
  for (const place of data.places) check(place.excerpts, fileOf(place), place.id);
  for (const fact of data.context) check(fact.excerpts, contextFile, fact.id);
  return issues;
}

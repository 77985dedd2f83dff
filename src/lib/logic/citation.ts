import type { Excerpt, Source, Work } from '../data/schema';

/** "Title — Author, date", or "quoting <work>, in Title — Author, date" where the document quotes a work. */
export function citationText(
  excerpt: Excerpt,
  sources: readonly Source[],
  works: readonly Work[],
): string {
  const source = sources.find((s) => s.id === excerpt.source);
  const document = source ? `“${source.title}” — ${source.author}, ${source.date}` : excerpt.source;
  const work = excerpt.via ? works.find((w) => w.id === excerpt.via) : undefined;
  return work ? `quoting ${work.citation}, in ${document}` : document;
}

/** Only http and https URLs become links; anything else is shown as text. */
export function safeHref(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : null;
  } catch {
    return null;
  }
}

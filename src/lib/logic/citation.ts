import type { Excerpt, Source, Work } from '../data/schema';

/** A document's title as cited: in quotation marks, unless the title is ours (descriptive). */
export function titleText(source: Source): string {
  return source.titleIsDescriptive ? `${source.title} [descriptive title]` : `“${source.title}”`;
}

/**
 * What "Copy citation" puts on the clipboard: the document's reference, the passage and the link
 * that opens the document at it, one per line, ready for an article or a slide note.
 */
export function clipboardCitation(reference: string, passage: string, permalink: string): string {
  return `${reference}\n“${passage.replace(/\s+/g, ' ').trim()}”\n${permalink}`;
}

/** "Title — Author, date", or "quoting <work>, in Title — Author, date" where the document quotes a work. */
export function citationText(
  excerpt: Excerpt,
  sources: readonly Source[],
  works: readonly Work[],
): string {
  const source = sources.find((s) => s.id === excerpt.source);
  const document = source
    ? `${titleText(source)} — ${source.author}, ${source.date}`
    : excerpt.source;
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

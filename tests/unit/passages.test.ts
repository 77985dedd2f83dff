import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { atlasDataModule } from '../../src/build/atlasDataPlugin';
import { loadAtlasData } from '../../src/lib/data/load';
import { normalizeText } from '../../src/lib/data/normalize';
import {
  normalizeWithOffsets,
  passageNumberOf,
  passageRange,
  readingDocuments,
} from '../../src/lib/data/passages';
import { sourceDocumentPath } from '../../src/lib/data/sourceDocuments';
import { root } from './helpers';

describe('passageRange: where a quote stands in the raw document', () => {
  it.each([
    ['plain text', 'The red list is 72% here.', 'red list is 72%', 'red list is 72%'],
    ['curly single quote in the document', 'Wuhan’s red list', "Wuhan's red", 'Wuhan’s red'],
    [
      'curly double quotes in the document',
      'a “threat to society” list',
      '"threat to society"',
      '“threat to society”',
    ],
    ['curly quote in the quote, straight in the document', `it's fine`, 'it’s fine', `it's fine`],
    [
      'a line break inside the passage',
      'one\nmust understand',
      'one must understand',
      'one\nmust understand',
    ],
    [
      'a paragraph break and spaces',
      'end.  \n\n  Next one',
      'end. Next one',
      'end.  \n\n  Next one',
    ],
    ['a no-break space', 'one\u00a0must', 'one must', 'one\u00a0must'],
    [
      'white space around the quote is ignored',
      '  Intro. Body text. ',
      '  Body text.\n',
      'Body text.',
    ],
    ['the first occurrence', 'x 72% y 72% z', '72%', '72%'],
    ['a passage at the very start', '\n\nStart here', 'Start', 'Start'],
  ])('%s', (_, raw, quote, expected) => {
    const range = passageRange(normalizeWithOffsets(raw), quote);
    expect(range).not.toBeNull();
    expect(raw.slice(...range!)).toBe(expected);
  });

  it.each([
    ['a word the document lacks', 'The red list', 'black list'],
    ['an empty quote', 'The red list', '   '],
  ])('is null for %s', (_, raw, quote) => {
    expect(passageRange(normalizeWithOffsets(raw), quote)).toBeNull();
  });

  it('normalises exactly as the verbatim check does, for any text', () => {
    const chars = fc.constantFrom(
      'a',
      'b',
      ' ',
      '\n',
      '\t',
      '\u00a0',
      '’',
      '“',
      '”',
      "'",
      '"',
      'é',
      '中',
    );
    fc.assert(
      fc.property(
        fc.array(chars, { maxLength: 40 }).map((c) => c.join('')),
        (raw) => {
          const normalized = normalizeWithOffsets(raw);
          expect(normalized.text).toBe(normalizeText(raw));
          // Every character maps back onto raw text that normalises to it.
          [...normalized.text].forEach((char, i) =>
            expect(
              normalizeText(raw.slice(normalized.rawStart[i], normalized.rawEnd[i])) || ' ',
            ).toBe(char),
          );
        },
      ),
    );
  });
});

describe('readingDocuments: the real documents', () => {
  const { data } = loadAtlasData({ root });
  const texts = new Map(
    data.sources.map((s) => [s.id, readFileSync(`${root}/${sourceDocumentPath(s.id)}`, 'utf8')]),
  );
  const documents = readingDocuments(data, texts);

  it('gives every source its raw text, and places every excerpt in a passage of its document', () => {
    expect(documents.map((d) => d.id)).toEqual(data.sources.map((s) => s.id));
    for (const document of documents) expect(document.text).toBe(texts.get(document.id));
    const excerpts = [...data.places, ...data.context].flatMap((owner) => owner.excerpts);
    for (const excerpt of excerpts) {
      const document = documents.find((d) => d.id === excerpt.source)!;
      const number = passageNumberOf(document, excerpt);
      expect(number, excerpt.quote).not.toBeNull();
      const passage = document.passages[number! - 1]!;
      expect(normalizeText(document.text.slice(passage.start, passage.end))).toContain(
        normalizeText(excerpt.quote),
      );
    }
  });

  it('keeps passages in document order, without overlaps', () => {
    for (const { passages } of documents)
      passages
        .slice(1)
        .forEach((passage, i) => expect(passage.start).toBeGreaterThanOrEqual(passages[i]!.end));
  });

  it("marks Wuhan's 72 % passage as what supports Wuhan's red-list share", () => {
    const wuhan = data.places.find((p) => p.id === 'wuhan')!;
    const excerpt = wuhan.excerpts.find((e) => e.quote.includes('72%'))!;
    const document = documents.find((d) => d.id === excerpt.source)!;
    const passage = document.passages[passageNumberOf(document, excerpt)! - 1]!;
    expect(document.text.slice(passage.start, passage.end)).toContain('72%');
    expect(passage.uses).toContainEqual(
      expect.objectContaining({
        kind: 'place',
        id: 'wuhan',
        fields: expect.arrayContaining(['shares.red']),
      }),
    );
  });
});

describe('virtual:atlas-data loadDocument', () => {
  const { data } = loadAtlasData({ root });
  const texts = new Map(
    data.sources.map((s) => [s.id, readFileSync(`${root}/${sourceDocumentPath(s.id)}`, 'utf8')]),
  );
  const documents = readingDocuments(data, texts);

  it('in a build, emits one file per document and fetches it only when asked', async () => {
    const files = new Map<string, string>();
    const code = atlasDataModule(
      data,
      (name, json) => {
        files.set(name, json);
        return JSON.stringify(`/assets/${name}`);
      },
      documents,
    );
    expect([...files.keys()].filter((n) => n.startsWith('document-'))).toEqual(
      data.sources.map((s) => `document-${s.id}.json`),
    );
    const fetched: string[] = [];
    const fetch = async (url: string) => {
      fetched.push(url);
      const body = files.get(url.replace('/assets/', ''))!;
      return { ok: true, status: 200, json: async () => JSON.parse(body) as unknown };
    };
    const { loadDocument } = new Function(
      'fetch',
      `${code.replaceAll('export const', 'const')}\nreturn { loadDocument };`,
    )(fetch) as { loadDocument(id: string): Promise<unknown> };
    expect(fetched).toEqual([]);
    expect(await loadDocument('zou-2019')).toEqual(documents.find((d) => d.id === 'zou-2019'));
    expect(fetched).toEqual(['/assets/document-zou-2019.json']);
    await expect(loadDocument('atlantis')).rejects.toThrow('no document atlantis');
  });
});

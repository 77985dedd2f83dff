/** Where a source document's text lives, relative to the data root: one UTF-8 file per source id. */
export const sourceDocumentPath = (sourceId: string): string => `data/sources/${sourceId}.txt`;

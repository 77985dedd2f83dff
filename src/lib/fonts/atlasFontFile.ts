/** The file stem of the atlas's own Noto Sans SC subset (src/build/fontSubsetPlugin.ts). */
export const atlasFontStem = (weight: number) => `noto-sans-sc-atlas-${weight}-normal`;

/** Whether a font file's URL is the atlas's subset rather than one of Fontsource's files. */
export const isAtlasFontFile = (url: string) =>
  /\/noto-sans-sc-atlas-\d{3}-normal[^/]*\.woff2$/.test(url);

/** Whether `text` may hold a character outside the subset, which always holds ASCII. */
export const beyondAscii = (text: string) => /[^\x20-\x7e\s]/.test(text);

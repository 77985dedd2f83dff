// subset-font ships no types: the one call the build makes (src/build/fontSubsetPlugin.ts).
declare module 'subset-font' {
  export default function subsetFont(
    font: Uint8Array,
    text: string,
    options?: { targetFormat?: 'sfnt' | 'woff' | 'woff2' | 'truetype'; noLayoutClosure?: boolean },
  ): Promise<Uint8Array>;
}

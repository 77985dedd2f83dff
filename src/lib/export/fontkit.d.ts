// The parts of fontkit 3 (which ships no types) that the SVG's text as paths and the font subset use.
declare module 'fontkit/core' {
  export interface Path {
    /** The path mapped by the matrix [a b c d e f] (x' = a x + c y + e, y' = b x + d y + f). */
    transform(a: number, b: number, c: number, d: number, e: number, f: number): Path;
    toSVG(): string;
  }
  export interface Glyph {
    id: number;
    path: Path;
  }
  export interface GlyphPosition {
    xAdvance: number;
    yAdvance: number;
    xOffset: number;
    yOffset: number;
  }
  export interface GlyphRun {
    glyphs: Glyph[];
    positions: GlyphPosition[];
    advanceWidth: number;
  }
  export interface Font {
    unitsPerEm: number;
    layout(text: string): GlyphRun;
    hasGlyphForCodePoint(codePoint: number): boolean;
  }
  export function create(buffer: Uint8Array): Font;
  export function registerFormat(format: unknown): void;
}

declare module 'fontkit/formats/WOFF2Font' {
  export const WOFF2Font: unknown;
}

declare module 'fontkit/formats/TTFFont' {
  export const TTFFont: unknown;
}

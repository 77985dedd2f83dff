// Browser-only, loaded on demand (the export dialog's "text as paths"): reads the Noto Sans SC
// subsets that an SVG's text needs, the same woff2 files the page uses (from its own origin, kept
// by the service worker), with fontkit.
import { create, registerFormat } from 'fontkit/core';
import { WOFF2Font } from 'fontkit/formats/WOFF2Font';
import { pageFontFaces } from '../fonts/pageFontFaces';
import { facesFor } from './svgFonts';
import type { FontWeight } from '../cartography/measure';
import type { TextBlock } from '../cartography/shapes';
import { blockOutline, type OutlineFace } from './textOutline';

registerFormat(WOFF2Font);

/** A function drawing a block of `texts` as path data. */
export async function textOutliner(
  texts: Record<FontWeight, string>,
  signal?: AbortSignal,
): Promise<(block: TextBlock) => string> {
  const faces: OutlineFace[] = await Promise.all(
    facesFor(pageFontFaces(), texts).map(async (face) => {
      const response = await fetch(face.url, { signal });
      if (!response.ok) throw new Error(`could not read the font file ${face.url}`);
      const font = create(new Uint8Array(await response.arrayBuffer()));
      return { weight: face.weight, ranges: face.ranges, font };
    }),
  );
  return (block) => blockOutline(block, faces);
}

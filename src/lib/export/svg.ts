import type { Composition } from './layout';
import { describeMap, type MapPartOptions, type PathLayer } from './mapParts';
import type { Basemap } from './worldBasemap';
import { FONT_FAMILY, type Shape, type TextBlock } from '../cartography/shapes';
import { escapeXml } from './text';

export type { Basemap } from './worldBasemap';

/** Numbers with at most two decimals, and no "-0". */
export function num(value: number): string {
  const rounded = Math.round(value * 100) / 100;
  return String(rounded === 0 ? 0 : rounded);
}

type Attributes = Record<string, string | number | undefined | null>;

/** `name="value"` pairs, escaped; undefined and null leave the attribute out. */
export function attrs(attributes: Attributes): string {
  return Object.entries(attributes)
    .filter(([, value]) => value !== undefined && value !== null)
    .map(
      ([name, value]) => ` ${name}="${typeof value === 'number' ? num(value) : escapeXml(value!)}"`,
    )
    .join('');
}

/** A block of text as path data (textOutline.ts), for an SVG whose text is drawn as paths. */
export type Outline = (block: TextBlock) => string;

/**
 * A block of text: as <text>, or as one <path> of its glyphs' outlines, which keeps the words in
 * its aria-label.
 */
export function textElement(block: TextBlock, extra: Attributes = {}, outline?: Outline): string {
  const halo = block.halo;
  const paint: Attributes = {
    fill: block.fill,
    opacity: block.opacity === undefined || block.opacity === 1 ? undefined : block.opacity,
    stroke: halo?.color,
    'stroke-width': halo ? halo.width * 2 : undefined,
    'stroke-linejoin': halo ? 'round' : undefined,
    'paint-order': halo ? 'stroke' : undefined,
  };
  if (outline)
    return `<path${attrs({ ...extra, 'aria-label': block.lines.join(' '), role: 'img', ...paint, d: outline(block) })}/>`;
  const spans = block.lines
    .map(
      (line, i) =>
        `<tspan${attrs({ x: block.x, y: block.y + i * block.lineHeight })}>${escapeXml(line)}</tspan>`,
    )
    .join('');
  return `<text${attrs({
    ...extra,
    'font-size': block.size,
    'font-weight': block.weight === 700 ? 'bold' : undefined,
    'letter-spacing': block.letterSpacing,
    'text-anchor': { left: undefined, right: 'end', center: 'middle' }[block.align ?? 'left'],
    ...paint,
  })}>${spans}</text>`;
}

export function shapeElement(shape: Shape, extra: Attributes = {}, outline?: Outline): string {
  switch (shape.kind) {
    case 'rect':
      return `<rect${attrs({
        ...extra,
        x: shape.rect.x,
        y: shape.rect.y,
        width: shape.rect.width,
        height: shape.rect.height,
        rx: shape.radius,
        fill: shape.fill,
        'fill-opacity': shape.opacity,
        stroke: shape.stroke,
        'stroke-width': shape.strokeWidth,
      })}/>`;
    case 'circle':
      return `<circle${attrs({
        ...extra,
        cx: shape.cx,
        cy: shape.cy,
        r: shape.r,
        fill: shape.fill,
        stroke: shape.stroke,
        'stroke-width': shape.strokeWidth,
        'fill-opacity': shape.opacity === 1 ? undefined : shape.opacity,
        'stroke-opacity': shape.strokeOpacity === 1 ? undefined : shape.strokeOpacity,
      })}/>`;
    case 'line':
      return `<line${attrs({ ...extra, x1: shape.x1, y1: shape.y1, x2: shape.x2, y2: shape.y2, stroke: shape.stroke, 'stroke-width': shape.width, 'stroke-opacity': shape.opacity === 1 ? undefined : shape.opacity, 'stroke-linecap': 'round' })}/>`;
    case 'text':
      return textElement(shape.block, extra, outline);
  }
}

function layerGroup(layer: PathLayer): string {
  const paths = layer.paths.map(
    (p) =>
      `<path${attrs({ 'data-id': p.id, fill: layer.fill && p.fill, 'stroke-width': layer.stroke && p.strokeWidth, d: p.d })}/>`,
  );
  return group(layer.id, paths, {
    fill: layer.fill ?? 'none',
    stroke: layer.stroke ?? 'none',
    'stroke-width': layer.stroke ? layer.strokeWidth : undefined,
    'stroke-linejoin': layer.stroke && layer.lineJoin,
    'stroke-linecap': layer.stroke && layer.lineCap,
    'fill-rule': layer.fill ? 'evenodd' : undefined,
  });
}

function group(id: string, body: string[], extra: Attributes = {}): string {
  return `<g${attrs({ id, ...extra })}>\n${body.join('\n')}\n</g>`;
}

export interface SvgOptions extends MapPartOptions {
  /** The credits, repeated as the SVG's description. */
  description?: string;
  /** @font-face rules with the font files inline (svgFonts.ts), so the SVG carries its font. */
  fontCss?: string;
  /** Draws every text as the outlines of its glyphs (then no font is needed, nor embedded). */
  outline?: Outline;
}

/** A <style> holding `css` verbatim (base64 and unicode ranges hold nothing CDATA forbids). */
function fontStyle(css: string | undefined): string {
  if (!css) return '';
  if (css.includes(']]>')) throw new Error('font CSS must not contain "]]>"');
  return `<style><![CDATA[\n${css}\n]]></style>`;
}

/**
 * The export as an SVG document: the basemap and places as shapes, every word as <text> (or, with
 * `outline`, as a path).
 */
export function buildSvg(composition: Composition, basemap: Basemap, options: SvgOptions): string {
  const { width, height, mapArea } = composition;
  const { outline } = options;
  const map = describeMap(composition, basemap, options);
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<svg xmlns="http://www.w3.org/2000/svg"${attrs({ width, height, viewBox: `0 0 ${width} ${height}`, 'font-family': FONT_FAMILY })}>`,
    `<title>${escapeXml(composition.title)}</title>`,
    options.description ? `<desc>${escapeXml(options.description)}</desc>` : '',
    `<defs>${outline ? '' : fontStyle(options.fontCss)}<clipPath id="map-clip"><rect${attrs({ ...mapArea })}/></clipPath></defs>`,
    group(
      'map',
      [
        `<rect${attrs({ id: 'sea', ...map.area, fill: map.sea })}/>`,
        ...map.layers.map(layerGroup),
        ...(map.provinceNames.length
          ? [
              group(
                'province-names',
                map.provinceNames.map((n) => textElement(n.block, { 'data-id': n.id }, outline)),
              ),
            ]
          : []),
        group(
          'places',
          map.places.flatMap((p) =>
            p.shapes.map((s) => shapeElement(s, { 'data-id': p.id }, outline)),
          ),
        ),
        group(
          'leaders',
          map.leaders.map((l) => shapeElement(l.line, { 'data-id': l.id })),
        ),
        group(
          'labels',
          map.labels.map((l) => textElement(l.block, { 'data-id': l.id }, outline)),
        ),
      ],
      { 'clip-path': 'url(#map-clip)' },
    ),
    ...composition.overlays.map((o) =>
      group(
        o.id,
        o.shapes.map((s) => shapeElement(s, {}, outline)),
      ),
    ),
    '</svg>\n',
  ]
    .filter((line) => line !== '')
    .join('\n');
}

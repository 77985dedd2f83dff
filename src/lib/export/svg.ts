import type { FeatureCollection, Geometry } from 'geojson';
import { type Palette, palette as lightPalette } from '../map/palette';
import { geometryPath, type Project, projectedBounds } from './geoPath';
import type { Composition, MapPlace } from './layout';
import { projector } from './mercator';
import { FONT_FAMILY, intersects, type Rect, type Shape, type TextBlock } from './shapes';
import { escapeXml } from './text';

export interface Basemap {
  provinces: FeatureCollection<Geometry, { id?: string } | null>;
  neighbours: FeatureCollection<Geometry, unknown>;
}

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

export function textElement(block: TextBlock, extra: Attributes = {}): string {
  const halo = block.halo;
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
    fill: block.fill,
    opacity: block.opacity === undefined || block.opacity === 1 ? undefined : block.opacity,
    stroke: halo?.color,
    'stroke-width': halo ? halo.width * 2 : undefined,
    'stroke-linejoin': halo ? 'round' : undefined,
    'paint-order': halo ? 'stroke' : undefined,
  })}>${spans}</text>`;
}

export function shapeElement(shape: Shape): string {
  switch (shape.kind) {
    case 'rect':
      return `<rect${attrs({
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
      return `<line${attrs({ x1: shape.x1, y1: shape.y1, x2: shape.x2, y2: shape.y2, stroke: shape.stroke, 'stroke-width': shape.width, 'stroke-linecap': 'round' })}/>`;
    case 'text':
      return textElement(shape.block);
  }
}

/** MapLibre draws the circle stroke outside the radius; SVG centres it on the outline. */
export function placeElement(place: MapPlace): string {
  const m = place.marker;
  return `<circle${attrs({
    'data-id': place.id,
    cx: place.x,
    cy: place.y,
    r: m.radius + m.strokeWidth / 2,
    fill: m.fill,
    stroke: m.stroke,
    'stroke-width': m.strokeWidth,
    'fill-opacity': m.opacity === 1 ? undefined : m.opacity,
    'stroke-opacity': m.strokeOpacity === 1 ? undefined : m.strokeOpacity,
  })}/>`;
}

function featurePaths(
  features: FeatureCollection<Geometry, unknown>['features'],
  project: Project,
  view: Rect,
  attributesOf: (properties: unknown) => Attributes,
): string[] {
  return features.flatMap((feature) => {
    const bounds = feature.geometry && projectedBounds(feature.geometry, project);
    if (!bounds || !intersects(bounds, view)) return [];
    const d = geometryPath(feature.geometry, project);
    return d ? [`<path${attrs({ ...attributesOf(feature.properties), d })}/>`] : [];
  });
}

export interface SvgOptions {
  tintedProvinces: readonly string[];
  /** The credits, repeated as the SVG's description. */
  description?: string;
  palette?: Palette;
}

/** The export as an SVG document: the basemap and places as shapes, every word as <text>. */
export function buildSvg(composition: Composition, basemap: Basemap, options: SvgOptions): string {
  const c = options.palette ?? lightPalette;
  const { width, height, mapArea } = composition;
  const project = projector(composition.camera, { width, height });
  const view = {
    x: mapArea.x - 2,
    y: mapArea.y - 2,
    width: mapArea.width + 4,
    height: mapArea.height + 4,
  };
  const tinted = new Set(options.tintedProvinces);
  const neighbours = featurePaths(basemap.neighbours.features, project, view, () => ({}));
  const provinces = featurePaths(basemap.provinces.features, project, view, (properties) => {
    const id = (properties as { id?: string } | null)?.id;
    return { 'data-id': id, fill: id && tinted.has(id) ? c.provinceTint : undefined };
  });
  const labels = composition.places.flatMap((p) =>
    p.label ? [textElement(p.label, { 'data-id': p.id })] : [],
  );
  const group = (id: string, body: string[], extra: Attributes = {}) =>
    `<g${attrs({ id, ...extra })}>\n${body.join('\n')}\n</g>`;

  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<svg xmlns="http://www.w3.org/2000/svg"${attrs({ width, height, viewBox: `0 0 ${width} ${height}`, 'font-family': FONT_FAMILY })}>`,
    `<title>${escapeXml(composition.title)}</title>`,
    options.description ? `<desc>${escapeXml(options.description)}</desc>` : '',
    `<defs><clipPath id="map-clip"><rect${attrs({ ...mapArea })}/></clipPath></defs>`,
    group(
      'map',
      [
        `<rect${attrs({ id: 'sea', ...mapArea, fill: c.sea })}/>`,
        group('neighbours', neighbours, {
          fill: c.neighbourLand,
          stroke: c.neighbourLine,
          'stroke-width': 1,
          'fill-rule': 'evenodd',
        }),
        group('provinces', provinces, {
          fill: c.provinceFill,
          stroke: c.provinceLine,
          'stroke-width': 0.7,
          'stroke-linejoin': 'round',
          'fill-rule': 'evenodd',
        }),
        group('places', composition.places.map(placeElement)),
        group('labels', labels),
      ],
      { 'clip-path': 'url(#map-clip)' },
    ),
    ...composition.overlays.map((o) => group(o.id, o.shapes.map(shapeElement))),
    '</svg>\n',
  ]
    .filter((line) => line !== '')
    .join('\n');
}

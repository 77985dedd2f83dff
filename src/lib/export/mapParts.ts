import type { FeatureCollection, Geometry } from 'geojson';
import { type Palette, palette as lightPalette } from '../cartography/palette';
import { geometryPath, type Project } from '../cartography/geoPath';
import type { Composition } from './layout';
import {
  type Camera,
  pixelTransform,
  type Viewport,
  worldProjector,
} from '../cartography/projection';
import { leaderShape } from '../cartography/marks';
import { markerShapes } from '../cartography/markers';
import { intersects, type Rect, type Shape, type TextBlock } from '../cartography/shapes';
import { type Basemap, inWorld } from './worldBasemap';

/** The map part of an export, described once and drawn alike into the SVG and onto the PNG's canvas. */

/** One feature as path data in CSS px of the image; `fill` overrides its layer's. */
export interface MapPath {
  id?: string;
  d: string;
  fill?: string;
}

/** Features filled (even-odd, for holes) and then outlined, each in turn, in order. */
export interface PathLayer {
  id: 'neighbours' | 'provinces';
  paths: MapPath[];
  fill: string;
  stroke: string;
  strokeWidth: number;
  lineJoin?: 'round';
}

export interface MapPart {
  /** The map area: everything below is clipped to it. */
  area: Rect;
  sea: string;
  layers: [neighbours: PathLayer, provinces: PathLayer];
  /** Markers in drawing order (small over large): ring, circle, dot, cross. */
  places: { id: string; shapes: Shape[] }[];
  /** Lines from labels moved aside to their markers. */
  leaders: { id: string; line: Shape }[];
  /** Labels, each with its halo, drawn over every marker. */
  labels: { id: string; block: TextBlock }[];
}

export interface MapPartOptions {
  tintedProvinces: readonly string[];
  palette?: Palette;
}

function featurePaths(
  collection: FeatureCollection<Geometry, unknown>,
  camera: Camera,
  viewport: Viewport,
  view: Rect,
  pathOf: (properties: unknown) => Omit<MapPath, 'd'>,
): MapPath[] {
  const { size } = pixelTransform(camera, viewport);
  const project: Project = worldProjector(camera, viewport);
  return collection.features.flatMap((feature) => {
    const world = inWorld(feature);
    if (!world) return [];
    const [x, y] = project([world.bounds.x, world.bounds.y]);
    const { width, height } = world.bounds;
    if (!intersects({ x, y, width: width * size, height: height * size }, view)) return [];
    const d = geometryPath(world.geometry, project);
    return d ? [{ ...pathOf(feature.properties), d }] : [];
  });
}

/** The sea, the land, the provinces (tinted where the app tints them), the markers and labels. */
export function describeMap(
  composition: Composition,
  basemap: Basemap,
  options: MapPartOptions,
): MapPart {
  const c = options.palette ?? lightPalette;
  const { width, height, mapArea } = composition;
  // A little wider than the map area, so that no outline stops short at its edge.
  const view = {
    x: mapArea.x - 2,
    y: mapArea.y - 2,
    width: mapArea.width + 4,
    height: mapArea.height + 4,
  };
  const tinted = new Set(options.tintedProvinces);
  const neighbours = featurePaths(
    basemap.neighbours,
    composition.camera,
    { width, height },
    view,
    () => ({}),
  );
  const provinces = featurePaths(
    basemap.provinces,
    composition.camera,
    { width, height },
    view,
    (properties) => {
      const id = (properties as { id?: string } | null)?.id;
      return { id, fill: id && tinted.has(id) ? c.provinceTint : undefined };
    },
  );
  return {
    area: mapArea,
    sea: c.sea,
    layers: [
      {
        id: 'neighbours',
        paths: neighbours,
        fill: c.neighbourLand,
        stroke: c.neighbourLine,
        strokeWidth: 1,
      },
      {
        id: 'provinces',
        paths: provinces,
        fill: c.provinceFill,
        stroke: c.provinceLine,
        strokeWidth: 0.7,
        lineJoin: 'round',
      },
    ],
    places: composition.places.map((p) => ({
      id: p.id,
      shapes: markerShapes(p.x, p.y, p.marker, c),
    })),
    leaders: composition.places.flatMap((p) => {
      const line = leaderShape(p, c);
      return line ? [{ id: p.id, line }] : [];
    }),
    labels: composition.places.flatMap((p) => (p.label ? [{ id: p.id, block: p.label }] : [])),
  };
}

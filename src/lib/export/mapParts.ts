import type { FeatureCollection, Geometry } from 'geojson';
import { type Palette, palette as lightPalette } from '../cartography/palette';
import { geometryPath, type Project } from '../cartography/geoPath';
import type { Composition } from './layout';
import {
  type Camera,
  pixelTransform,
  projector,
  type Viewport,
  worldProjector,
} from '../cartography/projection';
import { leaderShape } from '../cartography/marks';
import { LABEL } from '../cartography/labels';
import { markerReach, markerShapes } from '../cartography/markers';
import {
  intersects,
  markerBox,
  type Rect,
  type Shape,
  type TextBlock,
} from '../cartography/shapes';
import { type Basemap, inWorld, type WaterProperties } from './worldBasemap';
import { DETAIL_ZOOM, LAKE_OUTLINE_WIDTH, riverWidth } from '../cartography/basemap';
import { estimateTextWidth, type MeasureText } from '../cartography/measure';
import { placeProvinceNames } from '../cartography/provinceNames';
import type { LabelLang } from '../logic/urlState';

/** The map part of an export, described once and drawn alike into the SVG and onto the PNG's canvas. */

/** One feature as path data in CSS px of the image; `fill` and `strokeWidth` override its layer's. */
export interface MapPath {
  id?: string;
  d: string;
  fill?: string;
  strokeWidth?: number;
}

/**
 * Features filled (even-odd, for holes) and then outlined, each in turn, in order; a layer without
 * `fill` only outlines, one without `stroke` only fills.
 */
export interface PathLayer {
  id: 'neighbours' | 'provinces' | 'lakes' | 'rivers' | 'province-lines';
  paths: MapPath[];
  fill?: string;
  stroke?: string;
  strokeWidth: number;
  lineJoin?: 'round';
  lineCap?: 'round';
}

export interface MapPart {
  /** The map area: everything below is clipped to it. */
  area: Rect;
  sea: string;
  /**
   * Neighbours, then provinces; from DETAIL_ZOOM, with the basemap's detail, the provinces' fills,
   * lakes, rivers, then the provinces' outlines, as the live map's layers go.
   */
  layers: PathLayer[];
  /** From DETAIL_ZOOM: province names that touch no place label or marker (under the places). */
  provinceNames: { id: string; block: TextBlock }[];
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
  /** The province names' language (the places' labels are already set in the composition). */
  labelLang?: LabelLang;
  /** Measures the province names; an estimate unless the fonts are loaded. */
  measure?: MeasureText;
}

function featurePaths<P>(
  collection: FeatureCollection<Geometry, P>,
  camera: Camera,
  viewport: Viewport,
  view: Rect,
  pathOf: (properties: P) => Omit<MapPath, 'd'>,
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

/**
 * The live map's zoom that an export's map stands for. A slide sets its labels larger than the
 * screen does (24 px at 1920 × 1080, against LABEL.size): it is the live map enlarged, and shows
 * what the live map shows at its camera's zoom less that enlargement. The "All places" slide is
 * then the opening view, without the zoomed-in detail, and "Selected place in context" has it.
 */
export function detailZoom(composition: Pick<Composition, 'camera' | 'labelSize'>): number {
  return composition.camera.zoom - Math.log2(Math.max(1, composition.labelSize / LABEL.size));
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
      const id = properties?.id;
      return { id, fill: id && tinted.has(id) ? c.provinceTint : undefined };
    },
  );
  const neighbourLayer: PathLayer = {
    id: 'neighbours',
    paths: neighbours,
    fill: c.neighbourLand,
    stroke: c.neighbourLine,
    strokeWidth: 1,
  };
  const provinceLayer: PathLayer = {
    id: 'provinces',
    paths: provinces,
    fill: c.provinceFill,
    stroke: c.provinceLine,
    strokeWidth: 0.7,
    lineJoin: 'round',
  };
  const zoom = detailZoom(composition);
  const detail = zoom >= DETAIL_ZOOM ? basemap.detail : undefined;
  const waterPaths = (kind: WaterProperties['kind']) =>
    featurePaths(
      {
        type: 'FeatureCollection',
        features: detail!.waters.features.filter((f) => f.properties.kind === kind),
      },
      composition.camera,
      { width, height },
      view,
      // Each river line as wide as the live map draws its level at this zoom.
      (p) => (kind === 'river' ? { strokeWidth: riverWidth(p.level, zoom) } : {}),
    );
  return {
    area: mapArea,
    sea: c.sea,
    layers: detail
      ? [
          neighbourLayer,
          { ...provinceLayer, stroke: undefined },
          {
            id: 'lakes',
            paths: waterPaths('lake'),
            fill: c.lake,
            stroke: c.river,
            strokeWidth: LAKE_OUTLINE_WIDTH,
          },
          {
            id: 'rivers',
            paths: waterPaths('river'),
            stroke: c.river,
            strokeWidth: 1,
            lineJoin: 'round',
            lineCap: 'round',
          },
          { ...provinceLayer, id: 'province-lines', fill: undefined },
        ]
      : [neighbourLayer, provinceLayer],
    provinceNames: detail
      ? placeProvinceNames({
          features: detail.provinceLabels.features,
          project: projector(composition.camera, { width, height }),
          area: mapArea,
          taken: composition.places.flatMap((p) => [
            markerBox({ x: p.x, y: p.y, reach: markerReach(p.marker) }),
            ...(p.labelBox ? [p.labelBox] : []),
          ]),
          labelLang: options.labelLang ?? 'both',
          measure: options.measure ?? estimateTextWidth,
          palette: c,
          // As large as the places' labels: no text of a slide is smaller.
          size: composition.labelSize,
        })
      : [],
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

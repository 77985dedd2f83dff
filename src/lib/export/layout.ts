import { CHINA_BOUNDS } from '../map/framing';
import { type Palette, palette as lightPalette } from '../cartography/palette';
import { creditsText, subtitleText } from './content';
import { LABEL, labelLines } from '../cartography/labels';
import { type Camera, fitCamera, type LngLat, projector } from '../cartography/projection';
import {
  BORDER,
  Column,
  MUTED,
  PAPER,
  columnTop,
  layoutPanel,
  rectOf,
  shiftColumn,
  typeScale,
} from './panel';
import { type PlaceMark, placeMarks } from '../cartography/marks';
import { type ExportScene, framedPlaces, isMatch, isUserPlace } from './scene';
import { type Overlay, type Rect, type Shape } from '../cartography/shapes';
import type { ExportSize } from './sizes';
import type { MeasureText } from '../cartography/measure';

/** Where everything in an export goes, in CSS px of the image (multiply by `scale` for pixels). */
export interface Composition {
  width: number;
  height: number;
  scale: number;
  title: string;
  camera: Camera;
  /** The part of the image the map shows through: between the title band and the credits. */
  mapArea: Rect;
  /** The places inside the map area, in drawing order, with their labels (SVG only). */
  places: MapPlace[];
  /** Drawn over the map, in order. */
  overlays: Overlay[];
  regions: { title: Rect; credits: Rect; panel: Rect | null; legend: Rect; callout: Rect | null };
}

/** A place on the export's map: as on the still map, marker and label. */
export type MapPlace = PlaceMark;

export interface CompositionInput {
  scene: ExportScene;
  size: ExportSize;
  title: string;
  measure: MeasureText;
  palette?: Palette;
}

/** The widest zoom for one place or a tight cluster: a city with its surroundings. */
export const MAX_FIT_ZOOM = 7;
const MARKER_ROOM = 16;

/** Lays out an export: bands, panel, framing, places and labels. Pure: text is measured by `measure`. */
export function composeExport(input: CompositionInput): Composition {
  const { scene, size, title, measure } = input;
  const c = input.palette ?? lightPalette;
  const { width, height } = size;
  const t = typeScale(width, height);

  // Title band.
  const head = new Column(t.margin, t.margin * 0.8, width - 2 * t.margin, measure);
  head.text(title, { size: t.title, weight: 700, lineHeight: 1.2, maxLines: 2 });
  head.gap(t.u * 2);
  head.text(subtitleText(scene), { size: t.subtitle, fill: MUTED, maxLines: 1 });
  const titleBand: Rect = { x: 0, y: 0, width, height: Math.round(head.y + t.margin * 0.6) };

  // Credits band, measured at the top and then moved to the bottom.
  const foot = new Column(t.margin, 0, width - 2 * t.margin, measure);
  foot.gap(t.margin * 0.45);
  foot.text(creditsText(scene.data.sources), {
    size: t.credits,
    fill: MUTED,
    maxLines: 3,
    lineHeight: 1.35,
  });
  const creditsHeight = Math.round(foot.y + t.margin * 0.45);
  const creditsBand: Rect = { x: 0, y: height - creditsHeight, width, height: creditsHeight };
  shiftColumn(foot, creditsBand.y);

  const mapArea: Rect = {
    x: 0,
    y: titleBand.height,
    width,
    height: creditsBand.y - titleBand.height,
  };
  const panel = layoutPanel(scene, mapArea, t, measure, c);
  const panelRight = panel.rect.x > mapArea.width / 2;

  // Framing: the places to show, inside the map area less the panel and room for labels.
  const framed = framedPlaces(scene);
  const points: LngLat[] = framed.length
    ? framed.map((p) => [p.location.lon, p.location.lat])
    : [
        [CHINA_BOUNDS[0], CHINA_BOUNDS[1]],
        [CHINA_BOUNDS[2], CHINA_BOUNDS[3]],
      ];
  // Room on the right for the widest label beside its marker.
  const labelRoom = Math.max(
    0,
    ...framed.map(
      (p) =>
        MARKER_ROOM +
        Math.max(
          ...labelLines(p, scene.labelLang, isUserPlace(scene, p.id)).map((l) =>
            measure(l, LABEL.size, 400),
          ),
        ),
    ),
  );
  const padding = {
    top: mapArea.y + t.margin + MARKER_ROOM,
    bottom:
      creditsHeight + t.margin + MARKER_ROOM + (panelRight ? 0 : panel.rect.height + t.margin),
    left: t.margin + MARKER_ROOM,
    right: t.margin + labelRoom + 4 + (panelRight ? panel.rect.width + t.margin : 0),
  };
  const camera = fitCamera(
    points,
    { width, height },
    { padding, maxZoom: MAX_FIT_ZOOM, minZoom: 1 },
  );
  const project = projector(camera, { width, height });

  // Places in drawing order, and labels placed greedily in MapLibre's order, skipping collisions:
  // the same placement as the still map on screen.
  const places: MapPlace[] = placeMarks({
    places: scene.places,
    project,
    view: mapArea,
    matches: (id) => isMatch(scene, id),
    selectedId: scene.selectedId,
    zoom: camera.zoom,
    labelZoom: (id) => scene.labelZooms.get(id) ?? 0,
    isUser: (id) => isUserPlace(scene, id),
    labelLang: scene.labelLang,
    measure,
    palette: c,
  });

  // Overlays.
  const card: Shape = {
    kind: 'rect',
    rect: panel.rect,
    fill: PAPER,
    opacity: 0.94,
    stroke: BORDER,
    strokeWidth: Math.max(1, t.u),
    radius: 8 * t.u,
  };
  const overlays: Overlay[] = [
    {
      id: 'title',
      shapes: [
        { kind: 'rect', rect: titleBand, fill: PAPER },
        {
          kind: 'line',
          x1: 0,
          y1: titleBand.height - 0.5,
          x2: width,
          y2: titleBand.height - 0.5,
          stroke: BORDER,
          width: 1,
        },
        ...head.shapes,
      ],
    },
    { id: 'panel', shapes: [card] },
    { id: 'legend', shapes: panel.legend.shapes },
  ];
  let calloutRect: Rect | null = null;
  if (panel.callout) {
    calloutRect = { ...rectOf(panel.callout, columnTop(panel.callout)) };
    overlays.push({ id: 'callout', shapes: panel.callout.shapes });
  }
  overlays.push({
    id: 'credits',
    shapes: [
      { kind: 'rect', rect: creditsBand, fill: PAPER },
      {
        kind: 'line',
        x1: 0,
        y1: creditsBand.y + 0.5,
        x2: width,
        y2: creditsBand.y + 0.5,
        stroke: BORDER,
        width: 1,
      },
      ...foot.shapes,
    ],
  });

  return {
    width,
    height,
    scale: size.scale,
    title,
    camera,
    mapArea,
    places,
    overlays,
    regions: {
      title: titleBand,
      credits: creditsBand,
      panel: panel.rect,
      legend: rectOf(panel.legend, columnTop(panel.legend)),
      callout: calloutRect,
    },
  };
}

import { exportCopy } from '../../copy/export';
import { CHINA_BOUNDS } from '../map/framing';
import type { Palette } from '../cartography/palette';
import { calloutContent, creditsText, type DrawnMarks, drawnMarks, subtitleText } from './content';
import { frameSlide } from './framing';
import { labelLines } from '../cartography/labels';
import { type Camera, type LngLat, projector } from '../cartography/projection';
import {
  Column,
  INKS,
  layoutPanel,
  type PanelLayout,
  shiftColumn,
  type Type,
  typeScale,
} from './panel';
import { type PlaceMark, placeMarks } from '../cartography/marks';
import {
  type ExportScene,
  framedPlaces,
  isMatch,
  isUserPlace,
  selectedPlace,
  slidePalette,
} from './scene';
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
  /** The size of the map's labels, px: larger than on screen, as every text of a slide is. */
  labelSize: number;
  /** The part of the image the map shows through: between the title band, the panel and the credits. */
  mapArea: Rect;
  /** The places inside the map area, in drawing order, with their labels (SVG only). */
  places: MapPlace[];
  /** Drawn over the map, in order. */
  overlays: Overlay[];
  regions: {
    title: Rect;
    credits: Rect;
    panel: Rect | null;
    legend: Rect;
    callout: Rect | null;
    /** The selected place's quotation and its source, above the credits. */
    quote: Rect | null;
  };
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

const MARKER_ROOM = 16;

/**
 * Lays out an export: bands, panel, quotation, framing, places and labels. Pure: text is measured
 * by `measure`. The map stops short of the panel, so that the legend and the callout never cover a
 * place, and the framing keeps every framed place and its label inside the map.
 */
export function composeExport(input: CompositionInput): Composition {
  const { scene, size, title, measure } = input;
  const c = input.palette ?? slidePalette(scene);
  const ink = INKS[scene.slide.theme];
  const { width, height } = size;
  const t = typeScale(width, height, scene.slide.text);
  const column = (y: number) => new Column(t.margin, y, width - 2 * t.margin, measure, ink);

  // Title band.
  const head = column(t.margin * 0.8);
  head.text(title, { size: t.title, weight: 700, lineHeight: 1.2, maxLines: 2 });
  head.gap(t.u * 2);
  head.text(subtitleText(scene), { size: t.subtitle, fill: ink.muted, maxLines: 1 });
  const titleBand: Rect = { x: 0, y: 0, width, height: Math.round(head.y + t.margin * 0.6) };

  // Credits band, measured at the top and then moved to the bottom.
  const foot = column(0);
  foot.gap(t.margin * 0.45);
  foot.text(creditsText(scene.data.sources), {
    size: t.credits,
    fill: ink.muted,
    maxLines: 3,
    lineHeight: 1.3,
  });
  const creditsHeight = Math.round(foot.y + t.margin * 0.45);
  const creditsBand: Rect = { x: 0, y: height - creditsHeight, width, height: creditsHeight };
  shiftColumn(foot, creditsBand.y);

  // The selected place's quotation, above the credits: whole, on one line, or left out (the
  // source still cited) - never broken or cut inside its quotation marks.
  const place = selectedPlace(scene);
  const content = place ? calloutContent(place, scene) : null;
  let quoteBand: Rect | null = null;
  const quote = column(0);
  if (content?.excerpt && content.citation) {
    quote.gap(t.margin * 0.5);
    const style = { size: t.body, weight: 400, lineHeight: 1.3, maxLines: 1 } as const;
    if (quote.fits(content.excerpt, style)) quote.text(content.excerpt, style);
    const citation = quote.shapes.length
      ? content.citation
      : `${exportCopy.image.source}: ${content.citation.replace(/^— /, '')}`;
    quote.text(citation, {
      size: t.small,
      fill: ink.muted,
      maxLines: 2,
      lineHeight: 1.25,
      keepQuotes: true,
    });
    const quoteHeight = Math.round(quote.y);
    quoteBand = { x: 0, y: creditsBand.y - quoteHeight, width, height: quoteHeight };
    shiftColumn(quote, quoteBand.y);
  }
  const bottom = quoteBand?.y ?? creditsBand.y;

  // The panel, and the map beside it (wide images) or above it (tall ones). The legend explains
  // the marks the map draws, which depend on its framing, which depends on the panel: laid out
  // again until the legend and the map agree (a map beside the panel keeps its frame).
  const between: Rect = { x: 0, y: titleBand.height, width, height: bottom - titleBand.height };
  const panelTypes: [Type, ...Type[]] =
    scene.slide.text === 'large' ? [t, typeScale(width, height)] : [t];
  const mapWith = (drawn: DrawnMarks) => {
    const panel = layoutPanel(scene, between, panelTypes, measure, c, ink, drawn);
    return { panel, ...frameMap(input, panel, between, t, c) };
  };
  let drawn = drawnMarks(framedPlaces(scene));
  let framedMap = mapWith(drawn);
  for (let pass = 0; pass < 3; pass++) {
    const shown = new Set(framedMap.places.map((p) => p.id));
    const now = drawnMarks(scene.places.filter((p) => shown.has(p.id)));
    if (sameMarks(now, drawn)) break;
    drawn = pass === 0 ? now : unionMarks(drawn, now);
    framedMap = mapWith(drawn);
  }
  const { panel, mapArea, camera, places } = framedMap;
  const panelRight = panel.beside;

  // Overlays.
  const rule = (y: number): Shape => ({
    kind: 'line',
    x1: 0,
    y1: y,
    x2: width,
    y2: y,
    stroke: ink.border,
    width: 1,
  });
  const beside: Rect = panelRight
    ? { x: mapArea.width, y: between.y, width: width - mapArea.width, height: between.height }
    : {
        x: 0,
        y: mapArea.y + mapArea.height,
        width,
        height: bottom - mapArea.y - mapArea.height,
      };
  const overlays: Overlay[] = [
    {
      id: 'title',
      shapes: [
        { kind: 'rect', rect: titleBand, fill: ink.paper },
        rule(titleBand.height - 0.5),
        ...head.shapes,
      ],
    },
    {
      id: 'panel',
      shapes: [
        { kind: 'rect', rect: beside, fill: ink.paper },
        {
          kind: 'rect',
          rect: panel.rect,
          fill: ink.paper,
          stroke: ink.border,
          strokeWidth: Math.max(1, t.u),
          radius: 8 * t.u,
        },
      ],
    },
    { id: 'legend', shapes: panel.legend.shapes },
  ];
  // The callout: the panel's part and the quotation band (one overlay: one place's words).
  const calloutShapes: Shape[] = [...(panel.callout?.shapes ?? [])];
  if (quoteBand)
    calloutShapes.push(
      { kind: 'rect', rect: quoteBand, fill: ink.paper },
      rule(quoteBand.y + 0.5),
      ...quote.shapes,
    );
  if (calloutShapes.length) overlays.push({ id: 'callout', shapes: calloutShapes });
  overlays.push({
    id: 'credits',
    shapes: [
      { kind: 'rect', rect: creditsBand, fill: ink.paper },
      rule(creditsBand.y + 0.5),
      ...foot.shapes,
    ],
  });

  return {
    width,
    height,
    scale: size.scale,
    title,
    camera,
    labelSize: t.label,
    mapArea,
    places,
    overlays,
    regions: {
      title: titleBand,
      credits: creditsBand,
      panel: panel.rect,
      legend: panel.legend.rect,
      callout: panel.callout?.rect ?? null,
      quote: quoteBand,
    },
  };
}

function sameMarks(a: DrawnMarks, b: DrawnMarks): boolean {
  const same = <T>(x: ReadonlySet<T>, y: ReadonlySet<T>) =>
    x.size === y.size && [...x].every((v) => y.has(v));
  return same(a.statuses, b.statuses) && same(a.precisions, b.precisions);
}

function unionMarks(a: DrawnMarks, b: DrawnMarks): DrawnMarks {
  return {
    statuses: new Set([...a.statuses, ...b.statuses]),
    precisions: new Set([...a.precisions, ...b.precisions]),
  };
}

/**
 * The map beside (or above) the panel: its area, the camera framing the places in it clear of the
 * bands and the panel, and the places drawn.
 */
function frameMap(
  input: CompositionInput,
  panel: PanelLayout,
  between: Rect,
  t: Type,
  c: Palette,
): { mapArea: Rect; camera: Camera; places: MapPlace[] } {
  const { scene, size, measure } = input;
  const { width, height } = size;
  const mapArea: Rect = panel.beside
    ? { ...between, width: panel.rect.x - t.margin }
    : { ...between, height: panel.rect.y - t.margin - between.y };
  const place = selectedPlace(scene);
  const framed = framedPlaces(scene);
  const labelsOf = (p: (typeof framed)[number]) =>
    labelLines(p, scene.labelLang, isUserPlace(scene, p.id));
  const labelRoom = Math.max(
    0,
    ...framed.map((p) => Math.max(...labelsOf(p).map((l) => measure(l, t.label, 400)))),
  );
  const labelHalf = Math.max(0, ...framed.map((p) => labelsOf(p).length)) * t.label * 0.6;
  const markerRoom = MARKER_ROOM * Math.max(1, t.u);
  const camera = frameSlide({
    framing: scene.slide.framing,
    places: framed.map((p): LngLat => [p.location.lon, p.location.lat]),
    selected: place ? [place.location.lon, place.location.lat] : null,
    current: scene.slide.current,
    fallback: [
      [CHINA_BOUNDS[0], CHINA_BOUNDS[1]],
      [CHINA_BOUNDS[2], CHINA_BOUNDS[3]],
    ],
    slide: { width, height },
    anchor: [(CHINA_BOUNDS[0] + CHINA_BOUNDS[2]) / 2, (CHINA_BOUNDS[1] + CHINA_BOUNDS[3]) / 2],
    keepOut: {
      top: mapArea.y + t.margin + Math.max(markerRoom, labelHalf),
      bottom: height - (mapArea.y + mapArea.height) + t.margin + Math.max(markerRoom, labelHalf),
      left: t.margin + markerRoom,
      right: width - mapArea.width + t.margin + MARKER_ROOM * Math.max(1, t.u) + labelRoom,
    },
  });
  const project = projector(camera, { width, height });
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
    // Labels at the slide's size: the cartography module places them (and their leader lines).
    labelSize: t.label,
  });
  return { mapArea, camera, places };
}

import type { Feature, Point } from 'geojson';
import type { LabelLang } from '../logic/urlState';
import { PROVINCE_LABEL, type ProvinceLabelProperties, provinceNameLines } from './basemap';
import { LABEL } from './labels';
import type { MeasureText } from './measure';
import type { Palette } from './palette';
import { grow, inside, intersects, type Rect, type TextBlock } from './shapes';

export interface ProvinceNamesInput {
  features: readonly Feature<Point, ProvinceLabelProperties>[];
  project: (lngLat: readonly [number, number]) => [number, number];
  /** The drawn area: a name that it would cut is left out (a slide cannot be panned). */
  area: Rect;
  /** What is already on the map and wins over a province's name: place labels and markers. */
  taken: readonly Rect[];
  labelLang: LabelLang;
  measure: MeasureText;
  palette: Palette;
  /** The names' size, px (PROVINCE_LABEL.size on screen). */
  size?: number;
}

/**
 * Province names where the live map's symbol placement puts them (`province-labels-symbol`):
 * centred on their point, in the order of the file, each left out where it would touch a place
 * label, a marker or a name already placed (MapLibre's collision, with its default padding), or
 * where the edge of the map would cut it.
 */
export function placeProvinceNames(input: ProvinceNamesInput): { id: string; block: TextBlock }[] {
  const { haloWidth, pad } = PROVINCE_LABEL;
  const size = input.size ?? PROVINCE_LABEL.size;
  const spacing = PROVINCE_LABEL.letterSpacing * size;
  const lineHeight = size * LABEL.lineHeight;
  const taken = [...input.taken];
  const placed: { id: string; block: TextBlock }[] = [];
  for (const feature of input.features) {
    const [lon, lat] = feature.geometry.coordinates;
    const [x, y] = input.project([lon!, lat!]);
    const lines = provinceNameLines(feature.properties, input.labelLang);
    const width = Math.max(
      ...lines.map((line) => input.measure(line, size, 400) + [...line].length * spacing),
    );
    const height = lines.length * lineHeight;
    const box = { x: x - width / 2, y: y - height / 2, width, height };
    const padded = grow(box, pad);
    if (!inside(box, input.area) || taken.some((rect) => intersects(padded, rect))) continue;
    taken.push(padded);
    placed.push({
      id: feature.properties.id,
      block: {
        lines,
        x,
        // The first baseline, as marks.ts sets a place label's lines in their box.
        y: box.y + (lineHeight - size) / 2 + size * 0.88,
        size,
        lineHeight,
        weight: 400,
        fill: input.palette.provinceLabel,
        halo: { color: input.palette.provinceFill, width: haloWidth },
        align: 'center',
        letterSpacing: spacing,
      },
    });
  }
  return placed;
}

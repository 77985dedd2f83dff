import type { FeatureCollection, LineString, Point } from 'geojson';
import type { PlaceMark } from './marks';

export interface LabelProperties {
  id: string;
  text: string;
  size: number;
  anchor: 'top-left' | 'top-right';
  /** From the place to the anchor, in ems. */
  offset: [number, number];
}

/**
 * The placed labels and leader lines as GeoJSON for the live map's `labels` and `leaders`
 * sources: each label anchored at its place, offset in ems to the box the placement chose, so
 * that MapLibre draws exactly that placement (and keeps it while the map pans).
 */
export function liveLabels(
  marks: readonly PlaceMark[],
  unproject: (pixel: readonly [number, number]) => [number, number],
): { labels: FeatureCollection<Point, LabelProperties>; leaders: FeatureCollection<LineString> } {
  const labelled = marks.filter((m) => m.label && m.labelBox);
  return {
    labels: {
      type: 'FeatureCollection',
      features: labelled.map((m) => {
        const box = m.labelBox!;
        const { size, align } = m.label!;
        const right = align === 'right';
        const anchorX = right ? box.x + box.width : box.x;
        return {
          type: 'Feature',
          id: m.id,
          geometry: { type: 'Point', coordinates: unproject([m.x, m.y]) },
          properties: {
            id: m.id,
            text: m.label!.lines.join('\n'),
            size,
            anchor: right ? 'top-right' : 'top-left',
            offset: [(anchorX - m.x) / size, (box.y - m.y) / size],
          },
        };
      }),
    },
    leaders: {
      type: 'FeatureCollection',
      features: labelled
        .filter((m) => m.leader)
        .map((m) => {
          const [x1, y1, x2, y2] = m.leader!;
          return {
            type: 'Feature',
            properties: { id: m.id },
            geometry: {
              type: 'LineString',
              coordinates: [unproject([x1, y1]), unproject([x2, y2])],
            },
          };
        }),
    },
  };
}

// The bare MapLibre page's label file (made by labelData.ts in Node), shared by page and bench.
import type { FeatureCollection, LineString, Point } from 'geojson';
import type { LabelProperties } from '../../../src/lib/cartography/liveLabels';

/** What the app sends to its `labels` and `leaders` sources. */
export interface BenchLabels {
  labels: FeatureCollection<Point, LabelProperties>;
  leaders: FeatureCollection<LineString>;
}

/**
 * The labels with no filter, and with the bench's filter on where they differ (the app sends new
 * labels only when one moved, appeared or went; else null).
 */
export interface BenchLabelFile extends BenchLabels {
  filtered: BenchLabels | null;
}

/** The file's name for a map box of `viewport` CSS px, as the page asks for it. */
export const labelFileName = ({ width, height }: { width: number; height: number }): string =>
  `labels-${width}x${height}.json`;

/**
 * The bare MapLibre page's labels and leader lines, made in Node before it is loaded: the app's own
 * placement (cartography/screenMarks.ts and liveLabels.ts, the code MapView.svelte runs) for the
 * bench's map box at the app's opening camera, as the GeoJSON the app sends to its `labels` and
 * `leaders` sources. The app measures label text with a font-free estimate (measure.ts), so Node
 * places them exactly as the browser does.
 */
import type { Place } from '../../../src/lib/data/schema';
import { labelZooms } from '../../../src/lib/cartography/labelZoom';
import { liveLabels } from '../../../src/lib/cartography/liveLabels';
import { palette } from '../../../src/lib/cartography/palette';
import { projector, unprojector, type Viewport } from '../../../src/lib/cartography/projection';
import { screenMarks } from '../../../src/lib/cartography/screenMarks';
import { labelArea, openingFit } from '../../../src/lib/map/framing';
import { openingCamera } from '../../../src/lib/staticMap/view';
import type { BenchLabelFile, BenchLabels } from './labelFile';

/** The place matched by the bench's filter (the red-list chip in the app, the button on the page). */
export const matchesBenchFilter = (place: Place): boolean => place.mechanisms.includes('red-list');

/**
 * The labels the app's live map holds for `places` in a map `viewport` (CSS px) at the opening
 * camera, with nothing selected, no user places, both languages, not presenting; `filtered`: with
 * the bench's filter on (labels of places that do not match are placed after the others).
 */
export function benchLabels(
  places: readonly Place[],
  viewport: Viewport,
  filtered = false,
): BenchLabels {
  // The app's opening camera on a wide screen, as its still and live maps compute it.
  const camera = openingCamera(viewport, null, openingFit(places, false));
  const matchIds = new Set(filtered ? places.filter(matchesBenchFilter).map((p) => p.id) : []);
  const marks = screenMarks(
    {
      places,
      filterActive: filtered,
      labelZooms: labelZooms(places),
      selection: { selectedId: null },
      user: { has: () => false },
      view: { labelLang: 'both' },
      presentation: { active: false },
    },
    matchIds,
    {
      project: projector(camera, viewport),
      zoom: camera.zoom,
      viewport,
      labelBounds: labelArea(viewport, false),
    },
    palette,
    null,
  );
  return liveLabels(marks, unprojector(camera, viewport));
}

/** The file the page loads (labelFile.ts). */
export function benchLabelFile(places: readonly Place[], viewport: Viewport): BenchLabelFile {
  const plain = benchLabels(places, viewport);
  const filtered = benchLabels(places, viewport, true);
  const same = JSON.stringify(filtered) === JSON.stringify(plain);
  return { ...plain, filtered: same ? null : filtered };
}

import { describe, expect, it } from 'vitest';
import { labelZooms } from '../../src/lib/cartography/labelZoom';
import { placeMarks } from '../../src/lib/cartography/marks';
import { estimateTextWidth } from '../../src/lib/cartography/measure';
import { palette } from '../../src/lib/cartography/palette';
import { projector } from '../../src/lib/cartography/projection';
import { intersects } from '../../src/lib/cartography/shapes';
import { PRINT_MAP, printCamera, printedPoints } from '../../src/lib/print/printFrame';
import { data } from './exportHelpers';

const place = (id: string) => data.places.find((p) => p.id === id)!;

/** The printed map's marks, placed as MapView places them for the printed camera. */
function printedMarks(selectedId: string | null) {
  const viewport = { width: PRINT_MAP.width, height: PRINT_MAP.height };
  const selected = selectedId ? place(selectedId) : undefined;
  const camera = printCamera(printedPoints(data.places, data.places, selected));
  const zooms = labelZooms(data.places);
  const marks = placeMarks({
    places: data.places,
    project: projector(camera, viewport),
    view: { x: -20, y: -20, width: viewport.width + 40, height: viewport.height + 40 },
    labelBounds: { x: 0, y: 0, ...viewport },
    matches: () => true,
    selectedId,
    zoom: camera.zoom,
    labelZoom: (id) => zooms.get(id) ?? 0,
    isUser: () => false,
    labelLang: 'both',
    measure: estimateTextWidth,
    palette,
  });
  const inside = (m: { x: number; y: number }) =>
    m.x >= 0 && m.y >= 0 && m.x <= viewport.width && m.y <= viewport.height;
  return marks.filter(inside);
}

describe('the printed map', () => {
  it.each([
    ['all places', null, data.places.map((p) => p.id)],
    ['Rongcheng in context', 'rongcheng', ['rongcheng', 'dongdao-lu-jia', 'teng-jia']],
    ['Wuhan in context', 'wuhan', ['wuhan', 'anqing']],
  ])('%s: names every place it shows, no label over another', (_, selectedId, framed) => {
    const marks = printedMarks(selectedId);
    const ids = marks.map((m) => m.id);
    for (const id of framed) expect(ids, `${id} on the printed map`).toContain(id);
    for (const m of marks) expect(m.labelBox, `${m.id} named`).not.toBeNull();
    for (const a of marks)
      for (const b of marks)
        if (a !== b)
          expect(intersects(a.labelBox!, b.labelBox!), `${a.id} over ${b.id}`).toBe(false);
  });
});

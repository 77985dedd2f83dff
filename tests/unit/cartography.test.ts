import { createExpression, latest, validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import type { LayerSpecification } from '@maplibre/maplibre-gl-style-spec';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { labelZooms } from '../../src/lib/cartography/labelZoom';
import { labelLayers, markerLayers } from '../../src/lib/cartography/layers';
import type { PlaceMark } from '../../src/lib/cartography/marks';
import { screenMarks } from '../../src/lib/cartography/screenMarks';
import { markerReach, markerStyle } from '../../src/lib/cartography/markers';
import { palette, paletteCss } from '../../src/lib/cartography/palette';
import { projector } from '../../src/lib/cartography/projection';
import { intersects, type Rect } from '../../src/lib/cartography/shapes';
import { toPilotFeature } from '../../src/lib/data/pilotsGeoJSON';
import { FOLDED_SHEET_HEIGHT, labelArea, openingFit } from '../../src/lib/map/framing';
import { openingCamera } from '../../src/lib/staticMap/view';
import { data } from './exportHelpers';
import { root } from './helpers';

/**
 * The map area of the app in a 1280×720 and a 1920×1080 window (header and sidebar taken off), and
 * on a 390×844 phone (the header taken off; its folded sheet covers the bottom of the map).
 */
export const OPENING_MAPS = [
  { window: '1280x720', width: 1000, height: 664, narrow: false },
  { window: '1920x1080', width: 1640, height: 1024, narrow: false },
  { window: '390x844 phone', width: 390, height: 797, narrow: true },
];

function openingMarks(viewport: { width: number; height: number; narrow: boolean }): PlaceMark[] {
  const camera = openingCamera(viewport, null, openingFit(data.places, viewport.narrow));
  const state = {
    places: data.places,
    filterActive: false,
    labelZooms: labelZooms(data.places),
    selection: { selectedId: null },
    user: { has: () => false },
    view: { labelLang: 'both' as const },
    presentation: { active: false },
  };
  return screenMarks(
    state,
    new Set(),
    {
      project: projector(camera, viewport),
      zoom: camera.zoom,
      viewport,
      labelBounds: labelArea(viewport, viewport.narrow),
    },
    palette,
  );
}

const markerBox = (m: PlaceMark): Rect => {
  const r = markerReach(m.marker);
  return { x: m.x - r, y: m.y - r, width: 2 * r, height: 2 * r };
};
const circleHitsBox = (m: PlaceMark, box: Rect) => {
  const r = markerReach(m.marker);
  const dx = m.x - Math.min(Math.max(m.x, box.x), box.x + box.width);
  const dy = m.y - Math.min(Math.max(m.y, box.y), box.y + box.height);
  return dx * dx + dy * dy < r * r;
};

describe('label placement at the opening view', () => {
  it.each(OPENING_MAPS)(
    'names all 12 places in a $window window, no label over another label or a marker',
    (viewport) => {
      const marks = openingMarks(viewport);
      expect(marks.map((m) => m.id).sort()).toEqual(data.places.map((p) => p.id).sort());
      const labelled = marks.filter((m) => m.labelBox);
      expect(labelled.map((m) => m.id).sort()).toEqual(marks.map((m) => m.id).sort());
      for (const a of labelled) {
        const box = a.labelBox!;
        expect(box.x >= 0 && box.y >= 0, `${a.id} inside the map`).toBe(true);
        expect(box.x + box.width <= viewport.width && box.y + box.height <= viewport.height).toBe(
          true,
        );
        for (const b of labelled)
          if (a !== b) expect(intersects(box, b.labelBox!), `${a.id} over ${b.id}`).toBe(false);
        for (const m of marks)
          expect(circleHitsBox(m, box), `${a.id}'s label over ${m.id}'s marker`).toBe(false);
      }
      // On a phone, every label shows above the folded sheet.
      if (viewport.narrow)
        for (const m of labelled)
          expect(m.labelBox!.y + m.labelBox!.height, `${m.id} above the sheet`).toBeLessThan(
            viewport.height - FOLDED_SHEET_HEIGHT,
          );
      // The crowded places get labels moved aside, joined to them by a line.
      expect(labelled.filter((m) => m.leader).length).toBeGreaterThan(0);
      void markerBox;
    },
  );
});

describe('the live map layers, generated from the same tables', () => {
  const layers = [
    ...markerLayers('pilots', palette),
    ...markerLayers('user', palette),
    ...labelLayers(palette),
  ];

  it('are valid MapLibre layers', () => {
    const style = {
      version: 8 as const,
      sources: {
        pilots: { type: 'geojson' as const, data: { type: 'FeatureCollection', features: [] } },
        user: { type: 'geojson' as const, data: { type: 'FeatureCollection', features: [] } },
        labels: { type: 'geojson' as const, data: { type: 'FeatureCollection', features: [] } },
        leaders: { type: 'geojson' as const, data: { type: 'FeatureCollection', features: [] } },
      },
      state: { matchIds: { default: [] }, filterActive: { default: false } },
      layers,
    };
    expect(validateStyleMin(style as never)).toEqual([]);
  });

  // One smoke test that the expressions and markerStyle read the same tables.
  it.each(data.places.map((p) => [p.id, p] as const))(
    "draw %s's marker as markerStyle describes it",
    (_, place) => {
      const circle = layers.find((l) => l.id === 'pilots-circle') as LayerSpecification & {
        paint: Record<string, unknown>;
      };
      const feature = toPilotFeature(place);
      const at = (property: string) => {
        const spec = (latest as unknown as Record<string, Record<string, unknown>>).paint_circle![
          property
        ];
        const result = createExpression(circle.paint[property], spec as never);
        if (result.result !== 'success') throw new Error(JSON.stringify(result.value));
        return result.value.evaluate(
          { zoom: 4, globalState: { filterActive: false, matchIds: [] } } as never,
          { type: 1, properties: feature.properties, id: place.id } as never,
          {},
        );
      };
      const style = markerStyle(place, { matches: true, selected: false }, palette);
      expect([at('circle-radius'), at('circle-stroke-width')]).toEqual([
        style.radius,
        style.strokeWidth,
      ]);
      expect([at('circle-color'), at('circle-stroke-color')]).toEqual([style.fill, style.stroke]);
    },
  );
});

describe('the palette', () => {
  it('is what the page CSS reads (run `npm run palette` after editing palette.ts)', () => {
    const committed = readFileSync(`${root}/src/palette.css`, 'utf8');
    const normalise = (css: string) => css.replace(/\s+/g, ' ').trim();
    expect(normalise(committed)).toBe(normalise(paletteCss()));
  });
});

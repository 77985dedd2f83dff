import { describe, expect, it } from 'vitest';
import { labelLines } from '../../src/lib/cartography/labels';
import { benchLabelFile, benchLabels } from '../bench/pages/labelData';
import { labelFileName } from '../bench/pages/labelFile';
import { data } from './exportHelpers';

// The app's map box in the bench (1280 × 800 window), and a phone-sized one.
const boxes = [
  { width: 976, height: 747 },
  { width: 390, height: 600 },
];

describe("the bare MapLibre page's labels (made by the bench in Node)", () => {
  it.each(boxes)(
    "anchor each label at its place, with the app's lines, in a $width × $height box",
    (viewport) => {
      const { labels, leaders } = benchLabels(data.places, viewport);
      expect(labels.features.length).toBeGreaterThan(0);
      const ids = labels.features.map((f) => f.properties.id);
      expect(new Set(ids).size).toBe(ids.length);
      for (const feature of labels.features) {
        const place = data.places.find((p) => p.id === feature.properties.id)!;
        expect(feature.geometry.coordinates[0]).toBeCloseTo(place.location.lon, 9);
        expect(feature.geometry.coordinates[1]).toBeCloseTo(place.location.lat, 9);
        expect(feature.properties.text).toBe(labelLines(place, 'both').join('\n'));
      }
      for (const leader of leaders.features) expect(ids).toContain(leader.properties!.id);
    },
  );

  it("labels Wuhan with its red-list share in the bench's box", () => {
    const { labels } = benchLabels(data.places, boxes[0]!);
    const wuhan = labels.features.find((f) => f.properties.id === 'wuhan');
    expect(wuhan?.properties.text).toMatch(/^Wuhan\n武汉市\nred list \d+%$/);
  });

  it('is the same file every time it is made', () => {
    const a = JSON.stringify(benchLabelFile(data.places, boxes[0]!));
    expect(JSON.stringify(benchLabelFile(data.places, boxes[0]!))).toBe(a);
  });

  it('names the file after the map box the page asks for', () => {
    expect(labelFileName({ width: 976, height: 747 })).toBe('labels-976x747.json');
  });
});

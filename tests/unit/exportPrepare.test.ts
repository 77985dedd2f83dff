import { describe, expect, it } from 'vitest';
import { previewSize } from '../../src/lib/export/previewSize';
import { identities, renderKey, type RenderOptions } from '../../src/lib/export/renderKey';

const base: RenderOptions = {
  scene: 1,
  size: { width: 1920, height: 1080, scale: 2 },
  title: 'Wuhan: red list 72%, black list 28%',
};

describe('renderKey: a prepared render is reused only for the options it was made for', () => {
  it.each<[string, Partial<RenderOptions>, boolean]>([
    ['the same options', {}, true],
    [
      'an equal size given as another object',
      { size: { width: 1920, height: 1080, scale: 2 } },
      true,
    ],
    ['another width', { size: { width: 1600, height: 1080, scale: 2 } }, false],
    ['another height', { size: { width: 1920, height: 1200, scale: 2 } }, false],
    ['another scale', { size: { width: 1920, height: 1080, scale: 3 } }, false],
    ['another title', { title: 'Wuhan' }, false],
    ['the title with a trailing space', { title: `${base.title} ` }, false],
    ['the title in another case', { title: base.title.toUpperCase() }, false],
    ['another scene (selection, filters, labels, data)', { scene: 2 }, false],
  ])('%s → reused: %s', (_, change, same) => {
    expect(renderKey({ ...base, ...change }) === renderKey(base)).toBe(same);
  });

  it('cannot be fooled by a title that looks like the other fields', () => {
    const a = renderKey({ ...base, title: '1920,1080' });
    const b = renderKey({ ...base, title: '1920' });
    expect(a).not.toBe(b);
    expect(renderKey({ scene: 1, size: { width: 1, height: 2, scale: 1 }, title: '3' })).not.toBe(
      renderKey({ scene: 1, size: { width: 1, height: 2, scale: 1 }, title: '3"' }),
    );
  });
});

describe('identities', () => {
  it('gives the same object the same number, and another object another', () => {
    const id = identities<object>();
    const a = {};
    const b = {};
    expect(id(a)).toBe(id(a));
    expect(id(b)).not.toBe(id(a));
    expect(id({ ...a })).not.toBe(id(a));
  });
});

describe('previewSize: the whole image, fitted into the dialog, sharp on the screen', () => {
  const box = { maxWidth: 480, maxHeight: 220, pixelRatio: 1 };
  it.each<
    [
      string,
      { width: number; height: number },
      Partial<typeof box>,
      [number, number, number, number],
    ]
  >([
    // [css width, css height, canvas width, canvas height]
    ['16:9 is held by the height', { width: 1920, height: 1080 }, {}, [391, 220, 391, 220]],
    [
      '16:9 in a low box is held by the width',
      { width: 1920, height: 1080 },
      { maxHeight: 400 },
      [480, 270, 480, 270],
    ],
    ['4:3', { width: 1600, height: 1200 }, {}, [293, 220, 293, 220]],
    ['square', { width: 1080, height: 1080 }, {}, [220, 220, 220, 220]],
    ['very wide', { width: 4000, height: 200 }, {}, [480, 24, 480, 24]],
    ['very tall', { width: 200, height: 4000 }, {}, [11, 220, 11, 220]],
    ['smaller than the box: never enlarged', { width: 300, height: 200 }, {}, [300, 200, 300, 200]],
    [
      'a 2× screen doubles the canvas, not the box',
      { width: 1920, height: 1080 },
      { pixelRatio: 2 },
      [391, 220, 782, 440],
    ],
    ['a 1.5× screen', { width: 1600, height: 1200 }, { pixelRatio: 1.5 }, [293, 220, 440, 330]],
  ])('%s', (_, image, change, expected) => {
    const size = previewSize(image, { ...box, ...change });
    expect([size.cssWidth, size.cssHeight, size.pixelWidth, size.pixelHeight]).toEqual(expected);
    expect(size.cssWidth).toBeLessThanOrEqual(Math.max(box.maxWidth, change.maxWidth ?? 0));
    expect(size.cssHeight).toBeLessThanOrEqual(change.maxHeight ?? box.maxHeight);
    // The drawing scale maps the image's width onto the canvas's.
    expect(size.scale * image.width).toBeCloseTo(size.pixelWidth, 6);
    // The shape is kept to within a pixel.
    expect(Math.abs(size.cssHeight - (size.cssWidth * image.height) / image.width)).toBeLessThan(1);
  });
});

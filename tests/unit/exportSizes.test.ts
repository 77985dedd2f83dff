import { describe, expect, it } from 'vitest';
import {
  type ExportScale,
  type PresetId,
  exportFileName,
  parseSide,
  pixelSize,
  resolveSize,
} from '../../src/lib/export/sizes';

const choice = (preset: PresetId, scale: ExportScale, customWidth = '', customHeight = '') => ({
  preset,
  scale,
  customWidth,
  customHeight,
});
const view = { width: 961.4, height: 760.6 };

describe('resolveSize', () => {
  it.each([
    ['1920x1080', 1, 1920, 1080],
    ['1920x1080', 2, 3840, 2160],
    ['1920x1080', 3, 5760, 3240],
    ['1600x1200', 1, 1600, 1200],
    ['1600x1200', 2, 3200, 2400],
    ['1600x1200', 3, 4800, 3600],
    ['1080x1080', 1, 1080, 1080],
    ['1080x1080', 2, 2160, 2160],
    ['1080x1080', 3, 3240, 3240],
    ['current', 2, 1922, 1522],
  ] as const)('%s at %i× is %i × %i pixels', (preset, scale, width, height) => {
    const result = resolveSize(choice(preset, scale), view);
    expect(result.ok && pixelSize(result.size)).toEqual({ width, height });
  });

  it.each([
    ['800', '600', 3, { width: 800, height: 600, scale: 3 }],
    [' 200 ', '4000', 2, { width: 200, height: 4000, scale: 2 }],
  ] as const)('accepts the custom size %s × %s at %i×', (w, h, scale, size) => {
    expect(resolveSize(choice('custom', scale, w, h), view)).toEqual({ ok: true, size });
  });

  it.each([
    ['', '600', 1, 'Width is missing.'],
    ['800', '12.5', 1, 'Height must be a whole number.'],
    ['-800', '600', 1, 'Width must be a whole number.'],
    ['1e3', '600', 1, 'Width must be a whole number.'],
    ['199', '600', 1, 'Width must be from 200 to 4000 px.'],
    ['800', '4001', 1, 'Height must be from 200 to 4000 px.'],
    ['abc', '600', 1, 'Width must be a whole number.'],
    ['4000', '600', 3, 'At 3× the image would be 12000 px wide; the largest is 8192 px.'],
  ] as const)('refuses %j × %j at %i× with an error, without throwing', (w, h, scale, error) => {
    const result = resolveSize(choice('custom', scale, w, h), view);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error).toContain(error);
  });

  it('refuses a current view that is too small', () => {
    const result = resolveSize(choice('current', 1), { width: 150, height: 500 });
    expect(!result.ok && result.error).toMatch(/150 px wide/);
  });
});

describe('parseSide', () => {
  it.each([
    ['200', 200],
    ['4000', 4000],
    ['0960', 960],
  ])('reads %j as %i', (text, value) => {
    expect(parseSide(text, 'Width')).toEqual({ ok: true, value });
  });
});

describe('exportFileName', () => {
  it.each([
    [
      'Wuhan: red list 72%, black list 28%',
      'png',
      'pilot-atlas-wuhan-red-list-72-black-list-28-1920x1080@2x.png',
    ],
    ['Places using red list', 'svg', 'pilot-atlas-places-using-red-list-1920x1080.svg'],
    ['荣成市', 'png', 'pilot-atlas-map-1920x1080@2x.png'],
  ] as const)('names %j as %s', (title, extension, name) => {
    expect(exportFileName(title, { width: 1920, height: 1080, scale: 2 }, extension)).toBe(name);
  });
});

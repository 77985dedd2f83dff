/** Export sizes: presets, the custom size's validation, and the pixel size of the image. */

export const MIN_SIDE = 200;
export const MAX_SIDE = 4000;
/** The largest canvas side the offscreen map is allowed (its `maxCanvasSize`). */
export const MAX_PIXEL_SIDE = 8192;
export const SCALES = [1, 2, 3] as const;
export type ExportScale = (typeof SCALES)[number];

export type PresetId = '1920x1080' | '1600x1200' | '1080x1080' | 'current' | 'custom';

export interface Preset {
  id: PresetId;
  label: string;
  width?: number;
  height?: number;
}

export const PRESETS: readonly Preset[] = [
  { id: '1920x1080', label: '1920 × 1080 (16:9)', width: 1920, height: 1080 },
  { id: '1600x1200', label: '1600 × 1200 (4:3)', width: 1600, height: 1200 },
  { id: '1080x1080', label: '1080 × 1080 (square)', width: 1080, height: 1080 },
  { id: 'current', label: 'Current view' },
  { id: 'custom', label: 'Custom' },
];

export interface SizeChoice {
  preset: PresetId;
  /** The custom width and height as typed. */
  customWidth: string;
  customHeight: string;
  scale: ExportScale;
}

export interface ExportSize {
  width: number;
  height: number;
  scale: ExportScale;
}

export type SizeResult = { ok: true; size: ExportSize } | { ok: false; error: string };

type SideResult = { ok: true; value: number } | { ok: false; error: string };

/** A side typed by the user: a whole number of CSS pixels from 200 to 4000. */
export function parseSide(text: string, name: 'Width' | 'Height'): SideResult {
  const trimmed = text.trim();
  if (trimmed === '') return { ok: false, error: `${name} is missing.` };
  if (!/^\d+$/.test(trimmed)) return { ok: false, error: `${name} must be a whole number.` };
  const value = Number(trimmed);
  if (value < MIN_SIDE || value > MAX_SIDE)
    return { ok: false, error: `${name} must be from ${MIN_SIDE} to ${MAX_SIDE} px.` };
  return { ok: true, value };
}

/** Checks that a size fits the canvas at the chosen scale. */
export function checkPixelSize(width: number, height: number, scale: ExportScale): SizeResult {
  for (const [name, side] of [
    ['wide', width],
    ['high', height],
  ] as const) {
    if (!Number.isInteger(side) || side < MIN_SIDE || side > MAX_SIDE)
      return {
        ok: false,
        error: `The view is ${side} px ${name}; exports take ${MIN_SIDE}–${MAX_SIDE} px.`,
      };
    if (side * scale > MAX_PIXEL_SIDE)
      return {
        ok: false,
        error: `At ${scale}× the image would be ${side * scale} px ${name}; the largest is ${MAX_PIXEL_SIDE} px. Choose a smaller size or scale.`,
      };
  }
  return { ok: true, size: { width, height, scale } };
}

/** The size a choice asks for; `currentView` is the map element's size in CSS px. */
export function resolveSize(
  choice: SizeChoice,
  currentView: { width: number; height: number },
): SizeResult {
  if (choice.preset === 'custom') {
    const width = parseSide(choice.customWidth, 'Width');
    if (!width.ok) return width;
    const height = parseSide(choice.customHeight, 'Height');
    if (!height.ok) return height;
    return checkPixelSize(width.value, height.value, choice.scale);
  }
  if (choice.preset === 'current')
    return checkPixelSize(
      Math.round(currentView.width),
      Math.round(currentView.height),
      choice.scale,
    );
  const preset = PRESETS.find((p) => p.id === choice.preset)!;
  return checkPixelSize(preset.width!, preset.height!, choice.scale);
}

/** The image's size in pixels. */
export function pixelSize(size: ExportSize): { width: number; height: number } {
  return { width: size.width * size.scale, height: size.height * size.scale };
}

/** "pilot-atlas-places-using-red-list-1920x1080@2x.png" */
export function exportFileName(title: string, size: ExportSize, extension: 'png' | 'svg'): string {
  const slug =
    title
      .normalize('NFKD')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 60)
      .replace(/-+$/, '') || 'map';
  const dims = `${size.width}x${size.height}`;
  return extension === 'png'
    ? `pilot-atlas-${slug}-${dims}@${size.scale}x.png`
    : `pilot-atlas-${slug}-${dims}.svg`;
}

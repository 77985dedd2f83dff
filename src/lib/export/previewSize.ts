/** The preview's size: the whole image, scaled down to fit the dialog, sharp on the screen. */

export interface PreviewSize {
  /** On the page, CSS px. */
  cssWidth: number;
  cssHeight: number;
  /** The preview canvas, device px. */
  pixelWidth: number;
  pixelHeight: number;
  /** Device px of the preview per CSS px of the image. */
  scale: number;
}

/**
 * Fits an image of `width` × `height` CSS px into a box `maxWidth` wide and at most `maxHeight`
 * high, keeping its shape, on a screen of `pixelRatio` device px per CSS px. Never larger than
 * the image itself.
 */
export function previewSize(
  image: { width: number; height: number },
  box: { maxWidth: number; maxHeight: number; pixelRatio: number },
): PreviewSize {
  const fit = Math.min(1, box.maxWidth / image.width, box.maxHeight / image.height);
  const cssWidth = Math.max(1, Math.floor(image.width * fit));
  const cssHeight = Math.max(1, Math.round((cssWidth * image.height) / image.width));
  const ratio = Math.max(1, box.pixelRatio);
  const pixelWidth = Math.round(cssWidth * ratio);
  const pixelHeight = Math.round(cssHeight * ratio);
  return { cssWidth, cssHeight, pixelWidth, pixelHeight, scale: pixelWidth / image.width };
}

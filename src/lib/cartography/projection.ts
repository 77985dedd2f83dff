/**
 * Web Mercator as MapLibre draws it (512 px tiles, no rotation or pitch), so that the PNG's map,
 * drawn by MapLibre, and the SVG's map, drawn here, put every point at the same pixel.
 */

export type LngLat = readonly [lon: number, lat: number];

export interface Camera {
  center: [lon: number, lat: number];
  zoom: number;
}

export interface Viewport {
  width: number;
  height: number;
}

export interface Padding {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

const TILE_SIZE = 512;
const MAX_LATITUDE = 85.051129;

function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value));
}

/** Position on the world at zoom 0, each axis 0..1, y downwards. */
export function toWorld([lon, lat]: LngLat): [number, number] {
  const phi = (clamp(lat, -MAX_LATITUDE, MAX_LATITUDE) * Math.PI) / 180;
  const x = (lon + 180) / 360;
  const y = 0.5 - Math.log(Math.tan(Math.PI / 4 + phi / 2)) / (2 * Math.PI);
  return [x, y];
}

export function fromWorld([x, y]: readonly [number, number]): [number, number] {
  const lon = x * 360 - 180;
  const lat = (Math.atan(Math.exp((0.5 - y) * 2 * Math.PI)) * 360) / Math.PI - 90;
  return [lon, lat];
}

export function worldSize(zoom: number): number {
  return TILE_SIZE * 2 ** zoom;
}

/**
 * World units (toWorld) to CSS px in a viewport showing `camera`: px = world × size + (tx, ty).
 * The one place the camera becomes pixels; the basemap's paths, the markers and the labels use it.
 */
export function pixelTransform(camera: Camera, viewport: Viewport) {
  const size = worldSize(camera.zoom);
  const [cx, cy] = toWorld(camera.center);
  return { size, tx: viewport.width / 2 - cx * size, ty: viewport.height / 2 - cy * size };
}

/** A function from world units to CSS px in a viewport showing `camera`. */
export function worldProjector(
  camera: Camera,
  viewport: Viewport,
): (world: readonly [number, number]) => [number, number] {
  const { size, tx, ty } = pixelTransform(camera, viewport);
  return ([x, y]) => [x * size + tx, y * size + ty];
}

/** A function from longitude and latitude to CSS px in a viewport showing `camera`. */
export function projector(camera: Camera, viewport: Viewport): (point: LngLat) => [number, number] {
  const project = worldProjector(camera, viewport);
  return (point) => project(toWorld(point));
}

/** The inverse of `projector`: CSS px to longitude and latitude. */
export function unprojector(
  camera: Camera,
  viewport: Viewport,
): (pixel: readonly [number, number]) => [number, number] {
  const { size, tx, ty } = pixelTransform(camera, viewport);
  return ([x, y]) => fromWorld([(x - tx) / size, (y - ty) / size]);
}

export interface FitOptions {
  padding: Padding;
  /** A cap, so that one place (or a tight cluster) is not shown at street level. */
  maxZoom: number;
  minZoom?: number;
}

/**
 * The camera that shows all `points` inside the viewport less its padding, as large as possible
 * (MapLibre's `cameraForBounds` for a bounding box, bearing 0). Where the padding leaves no room,
 * it is scaled down so that the points still get a third of each side.
 */
export function fitCamera(
  points: readonly LngLat[],
  viewport: Viewport,
  options: FitOptions,
): Camera {
  const minZoom = options.minZoom ?? 0;
  if (!points.length) return { center: [0, 0], zoom: minZoom };
  const world = points.map(toWorld);
  const xs = world.map((p) => p[0]);
  const ys = world.map((p) => p[1]);
  const [minX, maxX, minY, maxY] = [
    Math.min(...xs),
    Math.max(...xs),
    Math.min(...ys),
    Math.max(...ys),
  ];
  const padding = fitPadding(options.padding, viewport);
  const availableWidth = viewport.width - padding.left - padding.right;
  const availableHeight = viewport.height - padding.top - padding.bottom;
  const spanX = maxX - minX;
  const spanY = maxY - minY;
  const scale = Math.min(
    spanX > 0 ? availableWidth / (spanX * TILE_SIZE) : Infinity,
    spanY > 0 ? availableHeight / (spanY * TILE_SIZE) : Infinity,
  );
  const zoom = clamp(
    Number.isFinite(scale) ? Math.log2(scale) : options.maxZoom,
    minZoom,
    options.maxZoom,
  );
  const size = worldSize(zoom);
  // The box's middle goes to the middle of the padded area, not of the viewport.
  const offsetX = (padding.left - padding.right) / 2 / size;
  const offsetY = (padding.top - padding.bottom) / 2 / size;
  const center = fromWorld([(minX + maxX) / 2 - offsetX, (minY + maxY) / 2 - offsetY]);
  return { center, zoom };
}

/** Padding that leaves at least a third of each side for the points. */
function fitPadding(padding: Padding, viewport: Viewport): Padding {
  const shrink = (a: number, b: number, side: number) => {
    const room = side * (2 / 3);
    const total = Math.max(0, a) + Math.max(0, b);
    const k = total > room ? room / total : 1;
    return [Math.max(0, a) * k, Math.max(0, b) * k] as const;
  };
  const [left, right] = shrink(padding.left, padding.right, viewport.width);
  const [top, bottom] = shrink(padding.top, padding.bottom, viewport.height);
  return { top, right, bottom, left };
}

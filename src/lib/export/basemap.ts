// Browser-only: the basemap GeoJSON the app's map draws, read once for every export.
import type { FeatureCollection, Geometry, Point } from 'geojson';
import type { ProvinceLabelProperties } from '../cartography/basemap';
import { detailUrls } from '../map/basemapDetail';
import { geoUrls } from '../map/appStyle';
import { type Basemap, type BasemapDetail, splitLines, type WaterProperties } from './worldBasemap';

async function read<T>(url: string): Promise<T> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`could not read ${url} (${response.status})`);
  return (await response.json()) as T;
}

/** Read once; read again after a failure. */
function once<T>(load: () => Promise<T>): () => Promise<T> {
  let loaded: Promise<T> | null = null;
  return () =>
    (loaded ??= load().catch((error: unknown) => {
      loaded = null;
      throw error;
    }));
}

export const loadBasemap = once(async (): Promise<Basemap> => {
  const [provinces, neighbours] = await Promise.all([
    read<FeatureCollection<Geometry, never>>(geoUrls.provinces),
    read<FeatureCollection<Geometry, never>>(geoUrls.neighbours),
  ]);
  return { provinces, neighbours };
});

/** The lakes, rivers and province names of the zoomed-in map, for an export framed that close. */
export const loadBasemapDetail = once(async (): Promise<BasemapDetail> => {
  const [waters, provinceLabels] = await Promise.all([
    read<FeatureCollection<Geometry, WaterProperties>>(detailUrls.waters),
    read<FeatureCollection<Point, ProvinceLabelProperties>>(detailUrls['province-labels']),
  ]);
  return { waters: splitLines(waters), provinceLabels };
});

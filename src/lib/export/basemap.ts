// Browser-only: the basemap GeoJSON the app's map draws, read once for every export.
import type { FeatureCollection, Geometry } from 'geojson';
import { geoUrls } from '../map/appStyle';
import type { Basemap } from './worldBasemap';

let basemap: Promise<Basemap> | null = null;

export function loadBasemap(): Promise<Basemap> {
  const read = async (url: string) => {
    const response = await fetch(url);
    if (!response.ok) throw new Error(`could not read ${url} (${response.status})`);
    return (await response.json()) as FeatureCollection<Geometry, never>;
  };
  basemap ??= Promise.all([read(geoUrls.provinces), read(geoUrls.neighbours)]).then(
    ([provinces, neighbours]) => ({ provinces, neighbours }),
    (error: unknown) => {
      basemap = null;
      throw error;
    },
  );
  return basemap;
}

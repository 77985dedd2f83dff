import { readFileSync } from 'node:fs';
import type { FeatureCollection, Geometry } from 'geojson';
import type { Place } from '../../src/lib/data/schema';
import { validateData } from '../../src/lib/data/validate';
import { type MatchMode, filterPlaces, isFilterActive } from '../../src/lib/logic/filterPlaces';
import type { LabelLang } from '../../src/lib/logic/urlState';
import { type ExportScene, snapshotScene } from '../../src/lib/export/scene';
import { labelZoomsBySource } from '../../src/lib/cartography/labelZoom';
import type { Basemap } from '../../src/lib/export/svg';
import { type BasemapDetail, splitLines } from '../../src/lib/export/worldBasemap';
import { realRawData, root } from './helpers';

export const { data } = validateData(realRawData());

export interface SceneOptions {
  /** The user's own places, as an import would add them. */
  user?: Place[];
  selectedId?: string | null;
  mechanisms?: string[];
  mode?: MatchMode;
  search?: string;
  labelLang?: LabelLang;
}

/** An export scene over the real data, as the app's state would give it. */
export function sceneFor(options: SceneOptions = {}): ExportScene {
  const filters = {
    mechanisms: options.mechanisms ?? [],
    mode: options.mode ?? 'any',
    search: options.search ?? '',
  };
  const user = options.user ?? [];
  const places = [...data.places, ...user];
  return snapshotScene({
    data,
    places,
    user: { places: user },
    filters,
    filterActive: isFilterActive(filters),
    matching: filterPlaces(places, filters),
    selection: { selectedId: options.selectedId ?? null },
    view: { labelLang: options.labelLang ?? 'both' },
    labelZooms: labelZoomsBySource(data.places, user),
  });
}

export function realBasemap(): Basemap {
  const read = (name: string) =>
    JSON.parse(readFileSync(`${root}/geo/${name}.geojson`, 'utf8')) as FeatureCollection<
      Geometry,
      never
    >;
  return { provinces: read('provinces'), neighbours: read('neighbours') };
}

/** The real basemap with its zoomed-in detail, as the export loads it (export/basemap.ts). */
export function realBasemapWithDetail(): Basemap {
  const read = <T>(name: string) =>
    JSON.parse(readFileSync(`${root}/geo/${name}.geojson`, 'utf8')) as T;
  return {
    ...realBasemap(),
    detail: {
      waters: splitLines(read<BasemapDetail['waters']>('waters')),
      provinceLabels: read<BasemapDetail['provinceLabels']>('province-labels'),
    },
  };
}

import type { AtlasData } from '../data/schema';
import type { MatchMode } from './filterPlaces';
import { CORE_TOUR, clampStep } from './tour';

export type LabelLang = 'en' | 'zh' | 'both';

export interface MapView {
  lon: number;
  lat: number;
  zoom: number;
}

/** Everything a link restores. Each field falls back to its default on its own when invalid. */
export interface UrlState {
  place: string | null;
  mechanisms: string[];
  mode: MatchMode;
  search: string;
  lang: LabelLang;
  view: MapView | null;
  compare: [string, string] | null;
  /** Presentation mode: on or off, the tour's places (null: the default tour) and the 1-based step. */
  present: boolean;
  tour: string[] | null;
  step: number;
  /** The reading view: the source document open (null: none) and the 1-based passage in it. */
  doc: string | null;
  passage: number;
}

export interface KnownIds {
  places: ReadonlySet<string>;
  mechanisms: ReadonlySet<string>;
  /** The source documents a reading view can open; none when absent. */
  sources?: ReadonlySet<string>;
}

export function knownIdsOf(
  data: Pick<AtlasData, 'places' | 'mechanisms'> & Partial<Pick<AtlasData, 'sources'>>,
): KnownIds {
  return {
    places: new Set(data.places.map((p) => p.id)),
    mechanisms: new Set(data.mechanisms.map((m) => m.id)),
    sources: new Set((data.sources ?? []).map((s) => s.id)),
  };
}

export const defaultUrlState: UrlState = {
  place: null,
  mechanisms: [],
  mode: 'any',
  search: '',
  lang: 'both',
  view: null,
  compare: null,
  present: false,
  tour: null,
  step: 1,
  doc: null,
  passage: 1,
};

const MAX_SEARCH = 200;
const round = (n: number, digits: number) => Number(n.toFixed(digits));

function parseView(text: string | null): MapView | null {
  const parts = text?.split(',') ?? [];
  if (parts.length !== 3 || parts.some((p) => !/^-?\d+(\.\d+)?$/.test(p))) return null;
  const [lon, lat, zoom] = parts.map(Number) as [number, number, number];
  if (Math.abs(lon) > 180 || Math.abs(lat) > 85 || zoom < 0 || zoom > 22) return null;
  return { lon, lat, zoom };
}

/** Rounds a view to what a link stores: about a metre at the equator, and 1/100 of a zoom level. */
export function roundView(view: MapView): MapView {
  return { lon: round(view.lon, 4), lat: round(view.lat, 4), zoom: round(view.zoom, 2) };
}

export function decodeUrlState(search: string, known: KnownIds): UrlState {
  const params = new URLSearchParams(search);
  const get = (key: string) => params.get(key);
  const place = get('place');
  const mechanisms = [
    ...new Set((get('m') ?? '').split(',').filter((m) => known.mechanisms.has(m))),
  ];
  const mode = get('mode') === 'all' ? 'all' : 'any';
  const lang = get('lang');
  const compare = (get('compare') ?? '').split(',');
  const [a, b] = compare;
  const tour = [...new Set((get('tour') ?? '').split(',').filter((id) => known.places.has(id)))];
  const stepText = get('step') ?? '';
  // Within the tour, so that the address bar is corrected too (`step=9999` of 4 reads `step=4`).
  const step = clampStep(
    /^[1-9]\d{0,3}$/.test(stepText) ? Number(stepText) : 1,
    (tour.length ? tour : CORE_TOUR).length,
  );
  const doc = get('doc');
  const passageText = get('passage') ?? '';
  return {
    place: place !== null && known.places.has(place) ? place : null,
    mechanisms,
    mode,
    search: (get('q') ?? '').slice(0, MAX_SEARCH),
    lang: lang === 'en' || lang === 'zh' ? lang : 'both',
    view: parseView(get('view')),
    compare:
      compare.length === 2 && a && b && a !== b && known.places.has(a) && known.places.has(b)
        ? [a, b]
        : null,
    present: get('present') === '1',
    tour: tour.length ? tour : null,
    step,
    doc: doc !== null && known.sources?.has(doc) ? doc : null,
    // A number past the document's last passage falls back to 1 once the document has loaded.
    passage: /^[1-9]\d{0,3}$/.test(passageText) ? Number(passageText) : 1,
  };
}

/** Writes only what differs from the defaults, in a fixed order, so equal states give equal links. */
export function encodeUrlState(state: UrlState): string {
  const params = new URLSearchParams();
  if (state.place) params.set('place', state.place);
  if (state.mechanisms.length) params.set('m', state.mechanisms.join(','));
  if (state.mode !== 'any') params.set('mode', state.mode);
  if (state.search) params.set('q', state.search.slice(0, MAX_SEARCH));
  if (state.lang !== 'both') params.set('lang', state.lang);
  if (state.view) {
    const v = roundView(state.view);
    params.set('view', `${v.lon},${v.lat},${v.zoom}`);
  }
  if (state.compare) params.set('compare', state.compare.join(','));
  if (state.present) {
    params.set('present', '1');
    if (state.tour?.length) params.set('tour', state.tour.join(','));
    if (state.step !== 1) params.set('step', String(state.step));
  }
  if (state.doc) {
    params.set('doc', state.doc);
    if (state.passage !== 1) params.set('passage', String(state.passage));
  }
  // Lists read better with literal commas, which a query allows; decoding accepts either form.
  const text = params.toString().replaceAll('%2C', ',');
  return text ? `?${text}` : '';
}

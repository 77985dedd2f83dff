import { type UrlState, decodeUrlState, encodeUrlState, knownIdsOf } from '../logic/urlState';
import type { AtlasState } from './atlas.svelte';

function snapshot(atlas: AtlasState): UrlState {
  return {
    place: atlas.selection.selectedId,
    mechanisms: [...atlas.filters.mechanisms],
    mode: atlas.filters.mode,
    search: atlas.filters.search,
    lang: atlas.view.labelLang,
    view: atlas.view.mapView,
    compare: atlas.view.compare,
    present: atlas.presentation.active,
    tour: atlas.presentation.customTour,
    step: atlas.presentation.step,
  };
}

function apply(atlas: AtlasState, state: UrlState) {
  atlas.selection.selectedId = state.place;
  atlas.filters.mechanisms = state.mechanisms;
  atlas.filters.mode = state.mode;
  atlas.filters.search = state.search;
  atlas.view.labelLang = state.lang;
  atlas.view.compare = state.compare;
  atlas.view.requestedView = state.view;
  atlas.presentation.customTour = state.tour;
  atlas.presentation.step = state.step;
  atlas.presentation.active = state.present;
}

/**
 * Keeps the address bar in step with the state: a change of selection is a new history entry (so back
 * and forward step through selections); every other change replaces the current entry.
 */
export function syncWithUrl(atlas: AtlasState) {
  const known = knownIdsOf(atlas.data);
  const read = () => decodeUrlState(location.search, known);
  apply(atlas, read());
  let lastPlace = atlas.selection.selectedId;

  $effect(() => {
    const state = snapshot(atlas);
    const url = `${location.pathname}${encodeUrlState(state)}${location.hash}`;
    if (url === `${location.pathname}${location.search}${location.hash}`) return;
    if (state.place !== lastPlace) history.pushState(null, '', url);
    else history.replaceState(null, '', url);
    lastPlace = state.place;
  });

  $effect(() => {
    const onpopstate = () => {
      const state = read();
      lastPlace = state.place;
      apply(atlas, state);
    };
    addEventListener('popstate', onpopstate);
    return () => removeEventListener('popstate', onpopstate);
  });
}

import { type UrlState, decodeUrlState, encodeUrlState, knownIdsOf } from '../logic/urlState';
import { HeldWrite, TYPING_PAUSE, urlWriteFor } from '../logic/urlWrites';
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
    doc: atlas.reading.doc,
    passage: atlas.reading.passage,
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
  atlas.reading.passage = state.passage;
  atlas.reading.doc = state.doc;
}

/**
 * Keeps the address bar in step with the state: a change of selection is a new history entry (so back
 * and forward step through selections); every other change replaces the current entry — the search
 * box's once typing pauses, or at once when anything else changes or the page may be left or its
 * address copied (the window loses focus to the address bar).
 */
export function syncWithUrl(atlas: AtlasState) {
  const known = knownIdsOf(atlas.data);
  const read = () => decodeUrlState(location.search, known);
  apply(atlas, read());
  let last = snapshot(atlas);
  const writes = new HeldWrite(TYPING_PAUSE);

  $effect(() => {
    const state = snapshot(atlas);
    const kind = urlWriteFor(last, state);
    last = state;
    const url = `${location.pathname}${encodeUrlState(state)}${location.hash}`;
    if (url === `${location.pathname}${location.search}${location.hash}`) return writes.cancel();
    if (kind === 'push') writes.now(() => history.pushState(null, '', url));
    else if (kind === 'replace-after-typing')
      writes.later(() => history.replaceState(null, '', url));
    else writes.now(() => history.replaceState(null, '', url));
  });

  $effect(() => {
    const onpopstate = () => {
      writes.cancel();
      const state = read();
      last = state;
      apply(atlas, state);
    };
    const flush = () => writes.flush();
    addEventListener('popstate', onpopstate);
    addEventListener('blur', flush);
    addEventListener('pagehide', flush);
    document.addEventListener('visibilitychange', flush);
    return () => {
      writes.flush();
      removeEventListener('popstate', onpopstate);
      removeEventListener('blur', flush);
      removeEventListener('pagehide', flush);
      document.removeEventListener('visibilitychange', flush);
    };
  });
}

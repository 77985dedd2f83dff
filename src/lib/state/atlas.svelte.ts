import { getContext, setContext } from 'svelte';
import type { AtlasData, Place } from '../data/schema';
import { filterPlaces, isFilterActive } from '../logic/filterPlaces';
import { FilterState } from './filters.svelte';
import { PresentationState } from './presentation.svelte';
import { SelectionState } from './selection.svelte';
import { ThemeState } from './theme.svelte';
import { UserPlacesState } from './userPlaces.svelte';
import { ViewState } from './view.svelte';

/** The app's state, one instance shared through context by the map, panel, list and filters. */
export class AtlasState {
  readonly selection = new SelectionState();
  readonly filters = new FilterState();
  readonly view = new ViewState();
  readonly theme = new ThemeState();
  readonly presentation = new PresentationState();
  readonly user = new UserPlacesState();
  readonly data: AtlasData;
  /** The dataset's places followed by the user's own, if any: what the list, filters and map show. */
  readonly places: Place[];
  readonly matching: Place[];
  readonly filterActive: boolean;
  readonly selected: Place | undefined;

  constructor(data: AtlasData) {
    this.data = data;
    this.places = $derived([...this.data.places, ...this.user.places]);
    this.matching = $derived(filterPlaces(this.places, this.filters));
    this.filterActive = $derived(isFilterActive(this.filters));
    this.selected = $derived(this.placeById(this.selection.selectedId));
  }

  placeById(id: string | null): Place | undefined {
    return id === null ? undefined : this.places.find((p) => p.id === id);
  }
}

const KEY = Symbol('atlas');

export function setAtlas(state: AtlasState): AtlasState {
  return setContext(KEY, state);
}

export function getAtlas(): AtlasState {
  return getContext<AtlasState>(KEY);
}

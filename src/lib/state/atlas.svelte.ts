import { getContext, setContext } from 'svelte';
import { loadExcerpts } from 'virtual:atlas-data';
import { type PlaceExcerpts, withExcerpts } from '../data/excerptSplit';
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
  /** The data; until every excerpt has loaded, each place holds only its headline excerpt. */
  readonly data: AtlasData;
  /** Every place's excerpts, loaded right after the first paint (null until then). */
  #excerpts = $state.raw<PlaceExcerpts | null>(null);
  /** The dataset's places followed by the user's own, if any: what the list, filters and map show. */
  readonly places: Place[];
  readonly matching: Place[];
  readonly filterActive: boolean;
  readonly selected: Place | undefined;

  constructor(data: AtlasData, excerpts: () => Promise<PlaceExcerpts> = loadExcerpts) {
    this.data = $derived(this.#excerpts ? withExcerpts(data, this.#excerpts) : data);
    void excerpts().then((loaded) => (this.#excerpts = loaded));
    this.places = $derived([...this.data.places, ...this.user.places]);
    this.matching = $derived(filterPlaces(this.places, this.filters));
    this.filterActive = $derived(isFilterActive(this.filters));
    this.selected = $derived(this.placeById(this.selection.selectedId));
  }

  /** Whether every excerpt is there: the details and the search of excerpt text wait for it. */
  get excerptsLoaded(): boolean {
    return this.#excerpts !== null;
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

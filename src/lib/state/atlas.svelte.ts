import { getContext, setContext } from 'svelte';
import { loadContext, loadExcerpts } from 'virtual:atlas-data';
import { type PlaceExcerpts, fillContext, fillExcerpts } from '../data/excerptSplit';
import type { AtlasData, ContextFact, Place } from '../data/schema';
import { shareRepeatedStrings } from '../data/sharedStrings';
import { filterPlaces, forgetSearch, isFilterActive } from '../logic/filterPlaces';
import { labelZoomsBySource } from '../cartography/labelZoom';
import { FilterState } from './filters.svelte';
import { PresentationState } from './presentation.svelte';
import { ReadingState } from './reading.svelte';
import { SelectionState } from './selection.svelte';
import { SheetsState } from './sheet.svelte';
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
  readonly reading = new ReadingState();
  /** On narrow screens: how far each bottom sheet is open. */
  readonly sheets = new SheetsState();
  /**
   * The data. Until every excerpt has loaded (`excerptsLoaded`), each place holds only its headline
   * excerpt; then the same place objects get all of theirs, so that the places, the matching ones
   * and the map's state keep their identity (a new `matching` would make the map lay out every
   * label again) and only what shows excerpts is drawn again.
   */
  readonly data: AtlasData;
  readonly #fetchExcerpts: () => Promise<PlaceExcerpts>;
  #excerptsRequested = false;
  #excerptsLoaded = $state(false);
  #excerptsFailed = $state(false);
  readonly #fetchContext: () => Promise<ContextFact[]>;
  #contextRequested = false;
  #contextLoaded = $state(false);
  #contextFailed = $state(false);
  /** The dataset's places followed by the user's own, if any: what the list, filters and map show. */
  readonly places: Place[];
  readonly matching: Place[];
  readonly filterActive: boolean;
  readonly selected: Place | undefined;
  /** The lowest whole zoom at which the map labels each place (see src/lib/map/labelZoom.ts). */
  readonly labelZooms: ReadonlyMap<string, number>;

  constructor(
    data: AtlasData,
    excerpts: () => Promise<PlaceExcerpts> = loadExcerpts,
    context: () => Promise<ContextFact[]> = loadContext,
  ) {
    shareRepeatedStrings(data);
    this.data = data;
    this.#fetchExcerpts = excerpts;
    this.#fetchContext = context;
    this.places = $derived([...this.data.places, ...this.user.places]);
    this.matching = $derived.by(() => {
      // A search runs again once every excerpt can be searched; no search needs to.
      if (this.filters.search.trim()) void this.#excerptsLoaded;
      return filterPlaces(this.places, this.filters);
    });
    this.filterActive = $derived(isFilterActive(this.filters));
    this.selected = $derived(this.placeById(this.selection.selectedId));
    this.labelZooms = $derived(labelZoomsBySource(this.data.places, this.user.places));
  }

  /**
   * Fetches every place's excerpts, once (later calls do nothing). The page asks when the user is
   * about to need them (src/lib/logic/excerptIntent.ts), never on its own: at thousands of places
   * they are most of the atlas's bytes and, parsed, of its memory. After a failure the next call
   * tries again (the next place pointed at or picked), as the connection may be back.
   */
  loadExcerpts(): void {
    if (this.#excerptsRequested) return;
    this.#excerptsRequested = true;
    this.#fetchExcerpts().then(
      (loaded) => {
        shareRepeatedStrings(loaded);
        fillExcerpts(this.data, loaded);
        forgetSearch(this.places);
        this.#excerptsFailed = false;
        this.#excerptsLoaded = true;
      },
      () => {
        this.#excerptsRequested = false;
        this.#excerptsFailed = true;
      },
    );
  }

  /** Whether every excerpt is there: the details and the search of excerpt text wait for it. */
  get excerptsLoaded(): boolean {
    return this.#excerptsLoaded;
  }

  /** Whether the excerpts' file could not be fetched (the connection dropped at load). */
  get excerptsFailed(): boolean {
    return this.#excerptsFailed;
  }

  /**
   * Fetches the national context (`data.context`), once, when something shows it: the context
   * panel, the reading view, the excerpts' CSV. After a failure the next call tries again.
   */
  loadContext(): void {
    if (this.#contextRequested) return;
    this.#contextRequested = true;
    this.#contextFailed = false;
    this.#fetchContext().then(
      (loaded) => {
        fillContext(this.data, loaded);
        this.#contextLoaded = true;
      },
      () => {
        this.#contextRequested = false;
        this.#contextFailed = true;
      },
    );
  }

  /** Whether `data.context` is there. */
  get contextLoaded(): boolean {
    return this.#contextLoaded;
  }

  /** Whether the national context's file could not be fetched (the last time it was asked for). */
  get contextFailed(): boolean {
    return this.#contextFailed;
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

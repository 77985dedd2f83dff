import type { MatchMode, PlaceFilter } from '../logic/filterPlaces';
import { mark } from '../logic/marks';

/** The mechanism filter and the search box; the list and the map dim or hide what does not match. */
export class FilterState implements PlaceFilter {
  mechanisms = $state<string[]>([]);
  mode = $state<MatchMode>('any');
  search = $state('');
  /** The search box has had the focus: a search is coming (every excerpt loads for it). */
  searchFocused = $state(false);

  toggle(mechanism: string) {
    mark('filter');
    this.mechanisms = this.mechanisms.includes(mechanism)
      ? this.mechanisms.filter((m) => m !== mechanism)
      : [...this.mechanisms, mechanism];
  }

  clear() {
    mark('filter');
    this.mechanisms = [];
    this.search = '';
  }
}

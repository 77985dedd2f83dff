import type { MatchMode, PlaceFilter } from '../logic/filterPlaces';

/** The mechanism filter and the search box; the list and the map dim or hide what does not match. */
export class FilterState implements PlaceFilter {
  mechanisms = $state<string[]>([]);
  mode = $state<MatchMode>('any');
  search = $state('');

  toggle(mechanism: string) {
    this.mechanisms = this.mechanisms.includes(mechanism)
      ? this.mechanisms.filter((m) => m !== mechanism)
      : [...this.mechanisms, mechanism];
  }

  clear() {
    this.mechanisms = [];
    this.search = '';
  }
}

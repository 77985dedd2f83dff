import { mark } from '../logic/marks';

/** Which place is selected and which is under the pointer. The map and the panel both read it. */
export class SelectionState {
  selectedId = $state<string | null>(null);
  hoveredId = $state<string | null>(null);

  select(id: string | null) {
    mark('select');
    this.selectedId = id;
  }

  clear() {
    this.selectedId = null;
  }
}

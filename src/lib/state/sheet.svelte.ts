import { type Snap, nextSnap } from '../logic/sheet';

/** The media query under which panels are bottom sheets over the map (phones, portrait tablets). */
export const NARROW_QUERY = '(max-width: 800px), (max-height: 500px)';

/** One bottom sheet's state: how far it is open. */
export class SheetState {
  snap = $state<Snap>('peek');

  constructor(snap: Snap) {
    this.snap = snap;
  }

  cycle() {
    this.snap = nextSnap(this.snap);
  }
}

/** The two sheets of a narrow screen: places and filters, and the open panel (details and the like). */
export class SheetsState {
  readonly list = new SheetState('peek');
  readonly panel = new SheetState('half');
}

/** The reading view: which source document is open (null: none) and at which passage (1-based). */
export class ReadingState {
  doc = $state<string | null>(null);
  passage = $state(1);
  /** The control that opened the view: it gets the focus back when the view closes. */
  opener: HTMLElement | null = null;

  open(doc: string, passage: number, opener: HTMLElement | null = null) {
    this.opener = opener;
    this.passage = passage;
    this.doc = doc;
  }

  close() {
    this.doc = null;
    this.passage = 1;
  }
}

import { CORE_TOUR, clampStep } from '../logic/tour';

/** Presentation mode: a tour of places stepped through with the arrow keys. */
export class PresentationState {
  active = $state(false);
  /** The places of the tour, in order; null means the default tour of the core pilots. */
  customTour = $state<string[] | null>(null);
  step = $state(1);
  readonly tour: string[];
  readonly currentId: string | null;

  constructor() {
    this.tour = $derived(this.customTour ?? [...CORE_TOUR]);
    this.currentId = $derived(
      this.active ? (this.tour[clampStep(this.step, this.tour.length) - 1] ?? null) : null,
    );
  }

  start(tour: string[] | null) {
    this.customTour = tour;
    this.step = 1;
    this.active = true;
  }

  next() {
    this.step = clampStep(this.step + 1, this.tour.length);
  }

  previous() {
    this.step = clampStep(this.step - 1, this.tour.length);
  }

  stop() {
    this.active = false;
  }
}

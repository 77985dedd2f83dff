import type { LabelLang, MapView } from '../logic/urlState';

/** Display settings shared by the map and the controls. */
export class ViewState {
  labelLang = $state<LabelLang>('both');
  contextOpen = $state(false);
  /** A national-context fact that a link asked for: the context panel brings it into view once. */
  contextFact = $state<string | null>(null);
  /** The map's camera as last reported by the map; null until it has moved. */
  mapView = $state<MapView | null>(null);
  /** A camera asked for by a link or by history, for the map to move to. */
  requestedView = $state<MapView | null>(null);
  compare = $state<[string, string] | null>(null);
}

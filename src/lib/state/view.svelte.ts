export type LabelLang = 'en' | 'zh' | 'both';

/** Display settings shared by the map and the controls. */
export class ViewState {
  labelLang = $state<LabelLang>('both');
  contextOpen = $state(false);
}

/**
 * What the user is doing that will soon need every place's excerpts (one file: at thousands of
 * places the largest the atlas has). Nothing on the first load needs them — each place's headline
 * excerpt comes with the first data — so they load on intent, not once the map is up.
 */
export interface ExcerptIntent {
  /** The place under the pointer, on the map or in the list. */
  pointedAt: string | null;
  /** The selected place: its details list every excerpt. */
  selected: string | null;
  /** The search as typed (or linked): it searches the excerpts too. */
  search: string;
  /**
   * The focus has entered the list's side by the keyboard (the filters, the list) or the search
   * box: a pick or a search is coming.
   */
  listFocused: boolean;
  /** The search box has had the focus. */
  searchFocused: boolean;
}

/** Whether to fetch every place's excerpts now. */
export function wantsExcerpts(intent: ExcerptIntent): boolean {
  return (
    intent.pointedAt !== null ||
    intent.selected !== null ||
    intent.listFocused ||
    wantsSearchIndex(intent)
  );
}

/**
 * Whether to fold every name and excerpt for the search now (prepareSearch: the costly step, and
 * a copy of every excerpt in memory): only for a search, typed or about to be.
 */
export function wantsSearchIndex(intent: ExcerptIntent): boolean {
  return intent.searchFocused || intent.search.trim() !== '';
}

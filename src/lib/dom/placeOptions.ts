import type { Place } from '../data/schema';

/** One `<option>` per place of a list, built once per list and cloned for each picker. */
const templates = new WeakMap<readonly Place[], DocumentFragment>();

/**
 * `<option value="<id>">` elements named in English for every place but `exclude`. Built with
 * the DOM rather than an `{#each}` block: at 3,000 places a block of options took ~90 ms of every
 * selection (the details panel, where the picker is, is made anew for each place); a clone of
 * ready elements takes a few. Names go in as text, never as HTML.
 */
export function placeOptions(places: readonly Place[], exclude: string): DocumentFragment {
  let template = templates.get(places);
  if (!template) {
    template = document.createDocumentFragment();
    for (const place of places) {
      const option = document.createElement('option');
      option.value = place.id;
      option.textContent = place.name.en;
      template.append(option);
    }
    templates.set(places, template);
  }
  const options = template.cloneNode(true) as DocumentFragment;
  const index = places.findIndex((place) => place.id === exclude);
  if (index !== -1) options.children[index]!.remove();
  return options;
}

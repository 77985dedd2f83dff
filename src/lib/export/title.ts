import type { Mechanism, Place } from '../data/schema';
import type { PlaceFilter } from '../logic/filterPlaces';

export const ALL_PLACES_TITLE = "Regional pilots of China's social credit system";

export interface TitleInput {
  selected: Place | undefined;
  filter: PlaceFilter;
  mechanisms: readonly Mechanism[];
}

const statusPhrase: Record<Place['status'], string> = {
  pilot: 'a social credit pilot',
  'model city': 'a social credit model city',
  'local system': 'a local social credit system',
  mentioned: 'mentioned in the sources',
  'not a pilot': 'not a social credit pilot',
};

/** "Red list" → "red list"; acronyms ("AAA grades") keep their capitals. */
function lowerFirst(text: string): string {
  return /^[A-Z][a-z]/.test(text) ? text.charAt(0).toLowerCase() + text.slice(1) : text;
}

/** "a", "a or b", "a, b or c" */
export function joinWords(words: readonly string[], conjunction: 'and' | 'or'): string {
  if (words.length <= 1) return words[0] ?? '';
  return `${words.slice(0, -1).join(', ')} ${conjunction} ${words.at(-1)}`;
}

function placeTitle(place: Place): string {
  const { red, black } = place.shares;
  if (red !== null && black !== null)
    return `${place.name.en}: red list ${red}%, black list ${black}%`;
  return `${place.name.en}: ${statusPhrase[place.status]}`;
}

/**
 * The export's default title, in words: the selected place and its red/black list shares, else
 * the active filters, else the atlas's subject.
 */
export function defaultTitle({ selected, filter, mechanisms }: TitleInput): string {
  if (selected) return placeTitle(selected);
  const labels = filter.mechanisms.map((id) =>
    lowerFirst(mechanisms.find((m) => m.id === id)?.label ?? id),
  );
  const search = filter.search.trim().replace(/\s+/g, ' ');
  const parts: string[] = [];
  if (labels.length) parts.push(`using ${joinWords(labels, filter.mode === 'all' ? 'and' : 'or')}`);
  if (search) parts.push(`matching “${search}”`);
  return parts.length ? `Places ${parts.join(', ')}` : ALL_PLACES_TITLE;
}

// Where the places of the dataset are named in a passage, so that a number can be tied to the
// place named last before it. Trying every name on every passage made the data check quadratic
// (at 3,000 places, one regular expression per name per passage: about a minute). A name matched
// between \b and \b has each of its words (runs of the characters \b counts as word characters)
// as a whole word of the passage, so a passage tries only the names all of whose words it has,
// found by each name's rarest word: it leaves out only names that cannot match.
export interface Named {
  id: string;
  name: { en: string };
}

export interface Mention {
  id: string;
  name: string;
  start: number;
  end: number;
}

interface Name {
  id: string;
  name: string;
  words: string[];
  /** Compiled when a passage first holds the name's first word. */
  pattern?: RegExp;
}

/** The place names of a dataset, longest first, indexed by their rarest word. */
export interface PlaceNames {
  names: Name[];
  /** Positions in `names` by the name's word that fewest names have, ascending. */
  byRarestWord: Map<string, number[]>;
  /** Names without a word character: tried on every passage. */
  unindexed: number[];
}

/** What `\b` counts as word characters (without the `u` flag): ASCII letters, digits and "_". */
const WORD = /[A-Za-z0-9_]+/g;

export function placeNames(places: readonly Named[]): PlaceNames {
  // A longer name wins over a shorter one it contains ("Shanghai Pudong" over "Shanghai").
  const names: Name[] = places
    .map((p) => ({ id: p.id, name: p.name.en, words: [...new Set(p.name.en.match(WORD))] }))
    .sort((a, b) => b.name.length - a.name.length);
  const namesWith = new Map<string, number>();
  for (const { words } of names)
    for (const word of words) namesWith.set(word, (namesWith.get(word) ?? 0) + 1);
  const byRarestWord = new Map<string, number[]>();
  const unindexed: number[] = [];
  names.forEach(({ words }, i) => {
    if (!words.length) {
      unindexed.push(i);
      return;
    }
    const rarest = words.reduce((a, b) => (namesWith.get(b)! < namesWith.get(a)! ? b : a));
    const list = byRarestWord.get(rarest);
    if (list) list.push(i);
    else byRarestWord.set(rarest, [i]);
  });
  return { names, byRarestWord, unindexed };
}

const patternOf = (entry: Name) =>
  (entry.pattern ??= new RegExp(`\\b${entry.name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`, 'g'));

/** The places named in `quote`, a longer name first; a name inside an earlier mention is not one. */
export function placeMentions(
  quote: string,
  { names, byRarestWord, unindexed }: PlaceNames,
): Mention[] {
  const words = new Set(quote.match(WORD));
  const tried = new Set(unindexed);
  for (const word of words)
    for (const i of byRarestWord.get(word) ?? [])
      if (names[i]!.words.every((w) => words.has(w))) tried.add(i);
  const mentions: Mention[] = [];
  // In the order of `names`, as if every name were tried: the same mentions win.
  for (const i of [...tried].sort((a, b) => a - b)) {
    const entry = names[i]!;
    for (const match of quote.matchAll(patternOf(entry))) {
      const start = match.index;
      const end = start + entry.name.length;
      if (!mentions.some((m) => start < m.end && end > m.start))
        mentions.push({ id: entry.id, name: entry.name, start, end });
    }
  }
  return mentions;
}

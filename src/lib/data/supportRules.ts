// A number shown must be one its passage gives, tied to the same thing: a share to its list, a
// bound to its place's scale, a context figure to its fact. Passages are read as they are written
// ("Wuhan's red list distribution is 72%"): a number belongs to the place and the list named
// last before it.
import type { DataIssue } from './errors.ts';
import { formatNumber, type NumberInText, numbersIn, numberValues } from './numbers.ts';
import { type Mention, type PlaceNames, placeMentions } from './placeMentions.ts';
import type { ContextFact, Excerpt, Place } from './schema.ts';

type List = 'red' | 'black';
type Kind = 'share' | 'bound' | 'year';

interface Shown {
  field: string;
  value: number;
  kind: Kind;
  /** The field of `supports` whose passages must give the value. */
  supportedAs: string;
  list?: List;
}

function shownNumbers(place: Place): Shown[] {
  const shown: Shown[] = [];
  if (place.startYear !== null)
    shown.push({
      field: 'startYear',
      value: place.startYear,
      kind: 'year',
      supportedAs: 'startYear',
    });
  for (const list of ['red', 'black'] as const) {
    const value = place.shares[list];
    if (value !== null)
      shown.push({
        field: `shares.${list}`,
        value,
        kind: 'share',
        supportedAs: `shares.${list}`,
        list,
      });
  }
  if (place.scale) {
    for (const key of ['min', 'max', 'base'] as const) {
      const value = place.scale[key];
      if (value !== null)
        shown.push({ field: `scale.${key}`, value, kind: 'bound', supportedAs: `scale.${key}` });
    }
    place.scale.tiers.forEach((tier, i) => {
      for (const key of ['min', 'max'] as const) {
        const value = tier[key];
        if (value !== null)
          shown.push({
            field: `scale.tiers[${i}].${key}`,
            value,
            kind: 'bound',
            supportedAs: 'scale.tiers',
          });
      }
    });
  }
  return shown;
}

const lastBefore = <T extends { start: number }>(items: T[], at: number) =>
  items.filter((item) => item.start < at).sort((a, b) => b.start - a.start)[0];

/** The list a share is given for: the list named last before it, else the first after it. */
function listOf(quote: string, number: NumberInText): List | undefined {
  const lists = [...quote.matchAll(/\b(red|black)[\s-]?list/gi)].map((m) => ({
    list: m[1]!.toLowerCase() as List,
    start: m.index,
  }));
  return lastBefore(lists, number.start)?.list ?? lists.find((l) => l.start > number.start)?.list;
}

const SCALE_WORDS = /\bpoints?\b|\brang(?:e|es|ing)\b|\bbetween\b|\bscale\b|\d\s*[-–]\s*\d/i;

function snippet(quote: string, number: NumberInText): string {
  // Widened to whole words, so the snippet reads as the passage does.
  let from = Math.max(0, number.start - 45);
  while (from > 0 && /\S/.test(quote[from - 1]!)) from--;
  let to = Math.min(quote.length, number.end + 15);
  while (to < quote.length && /\S/.test(quote[to]!)) to++;
  return `"${from ? '…' : ''}${quote.slice(from, to).trim()}${to < quote.length ? '…' : ''}"`;
}

/** Why this occurrence of the number does not say the shown value, or null when it does. */
function mismatch(
  shown: Shown,
  quote: string,
  number: NumberInText,
  place: Place,
  mentions: Mention[],
): string | null {
  const shownText = shown.kind === 'share' ? `${shown.value}%` : formatNumber(shown.value);
  const other = lastBefore(mentions, number.start);
  if (other && other.id !== place.id)
    return (
      `${shownText} is given for ${other.name}, not ${place.name.en}, in its passage ` +
      `(${snippet(quote, number)}); expected a passage that ties ${shownText} to ${place.name.en}`
    );
  if (shown.kind === 'share') {
    if (!number.percent)
      return (
        `${shown.value} appears in its passage (${snippet(quote, number)}) but not as a share; ` +
        `expected a passage that gives ${shownText} for the ${shown.list} list`
      );
    const list = listOf(quote, number);
    if (list !== shown.list)
      return (
        `${shownText} is the ${list ?? 'unnamed'}-list share in its passage (${snippet(quote, number)}), ` +
        `not the ${shown.list}-list share; expected a passage that ties ${shownText} to the ${shown.list} list`
      );
  }
  if (
    shown.kind === 'bound' &&
    !mentions.some((m) => m.id === place.id) &&
    !SCALE_WORDS.test(quote)
  )
    return (
      `${shownText} appears in its passage (${snippet(quote, number)}) but not as points or a range, ` +
      `and the passage does not name ${place.name.en}; expected a passage that gives ${shownText} ` +
      `as a bound of ${place.name.en}'s scale`
    );
  return null;
}

function checkShown(place: Place, shown: Shown, names: PlaceNames): string | null {
  const excerpts: Excerpt[] = place.excerpts.filter((e) => e.supports.includes(shown.supportedAs));
  if (!excerpts.length) return null; // "no excerpt supports this value" is reported by rules.ts.
  let firstProblem: string | null = null;
  for (const excerpt of excerpts) {
    const mentions = placeMentions(excerpt.quote, names);
    for (const number of numbersIn(excerpt.quote)) {
      if (number.value !== shown.value) continue;
      const problem = mismatch(shown, excerpt.quote, number, place, mentions);
      if (problem === null) return null;
      firstProblem ??= problem;
    }
  }
  const shownText = shown.kind === 'share' ? `${shown.value}%` : formatNumber(shown.value);
  return (
    firstProblem ??
    `${shownText} does not appear in any passage supporting "${shown.supportedAs}"; expected a ` +
      `supporting passage that gives ${shownText} (or set the value to null: "not reported")`
  );
}

/**
 * Every number a place shows is one of its supporting passages gives, tied to the same thing.
 * `names`: placeNames() of every place of the dataset, made once.
 */
export function checkPlaceNumbers(
  place: Place,
  names: PlaceNames,
  file: string,
  issues: DataIssue[],
) {
  for (const shown of shownNumbers(place)) {
    const message = checkShown(place, shown, names);
    if (message) issues.push({ file, entry: place.id, field: shown.field, message });
  }
}

/** Every number in a context fact's label and value, and its year, appears in one of its passages. */
export function checkContextNumbers(fact: ContextFact, file: string, issues: DataIssue[]) {
  const given = new Set(fact.excerpts.flatMap((e) => numberValues(e.quote)));
  const givenList = given.size ? [...given].map(formatNumber).join(', ') : 'no numbers';
  const check = (field: string, values: number[]) => {
    for (const value of values)
      if (!given.has(value))
        issues.push({
          file,
          entry: fact.id,
          field,
          message:
            `${formatNumber(value)} does not appear in any of its passages (they give ${givenList}); ` +
            `expected each number of the ${field} as a whole number in one of its passages`,
        });
  };
  check('label', numberValues(fact.label));
  check('value', numberValues(fact.value));
  if (fact.year !== null) check('year', [fact.year]);
}

// The numbers a passage (or a value) states, so the data check can tell whether a number shown is
// one its passage gives: "1,000" is 1000, "200.000.000" and "200 million" are both 200000000.

export interface NumberInText {
  value: number;
  /** Where the number starts and ends in the text (the end includes "million" and "%" if any). */
  start: number;
  end: number;
  /** Followed by "%" or "per cent". */
  percent: boolean;
}

const MULTIPLIERS: Record<string, number> = { thousand: 1e3, million: 1e6, billion: 1e9 };

/** The number a run of digits and separators stands for, or null when it is none (a date such as 1.10.2021). */
function parseDigits(token: string): number | null {
  if (/^\d{1,3}(,\d{3})+(\.\d+)?$/.test(token)) return Number(token.replace(/,/g, ''));
  // Dots as thousands separators only when there are at least two groups: "200.000.000".
  if (/^\d{1,3}(\.\d{3}){2,}$/.test(token)) return Number(token.replace(/\./g, ''));
  if (/^\d+(\.\d+)?$/.test(token)) return Number(token);
  return null;
}

export function numbersIn(text: string): NumberInText[] {
  const found: NumberInText[] = [];
  for (const match of text.matchAll(/\d+(?:[.,]\d+)*/g)) {
    const start = match.index;
    const parsed = parseDigits(match[0]);
    if (parsed === null) {
      // Not one number: take each run of digits on its own.
      for (const part of match[0].matchAll(/\d+/g))
        found.push({
          value: Number(part[0]),
          start: start + part.index,
          end: start + part.index + part[0].length,
          percent: false,
        });
      continue;
    }
    let end = start + match[0].length;
    let value = parsed;
    const word = /^\s*(thousand|million|billion)\b/i.exec(text.slice(end));
    if (word) {
      value = Math.round(value * MULTIPLIERS[word[1]!.toLowerCase()]!);
      end += word[0].length;
    }
    const percent = /^\s*(%|per ?cent\b)/i.exec(text.slice(end));
    if (percent) end += percent[0].length;
    found.push({ value, start, end, percent: !!percent });
  }
  return found;
}

/** The numbers of `text`, each once, as an editor would write them ("1,000", "20.47 million"). */
export function numberValues(text: string): number[] {
  return [...new Set(numbersIn(text).map((n) => n.value))];
}

export function formatNumber(value: number): string {
  if (value >= 1e6 && value % 1e4 === 0) return `${value / 1e6} million`;
  // Below 10,000 as written, so that a year stays 2014.
  if (value < 1e4) return String(value);
  return value.toLocaleString('en-US', { maximumFractionDigits: 4 });
}

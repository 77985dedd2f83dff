/** "inner-mongolia" → "Inner Mongolia": province ids are their English names in kebab case. */
export function provinceName(id: string): string {
  return id
    .split('-')
    .map((w) => w.charAt(0).toUpperCase() + w.slice(1))
    .join(' ');
}

export function orNotReported<T>(value: T | null | undefined, notReported: string): string {
  return value === null || value === undefined ? notReported : String(value);
}

/**
 * `n` to at most `digits` decimals, without trailing zeros (114.30 → "114.3", 5 → "5"), as
 * String(n) writes a number so rounded. Written with toFixed: numbers with a fraction turned into
 * strings by String() or a template go through V8's number-to-string cache, which grows to its
 * full 48 kB for the page's life once two of them collide (the map's view and the labels' font
 * sizes did, at load).
 */
export function decimalText(n: number, digits: number): string {
  const text = n.toFixed(digits);
  const short = text.includes('.') ? text.replace(/\.?0+$/, '') : text;
  return short === '-0' ? '0' : short;
}

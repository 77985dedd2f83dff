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

/** Whether a render prepared earlier is the image that given options would produce. */
import type { ExportSize } from './sizes';

export interface RenderOptions {
  /** Identifies the app's state the export shows (a new snapshot gets a new id). */
  scene: number;
  size: ExportSize;
  title: string;
}

/** Equal keys, same image: everything the pixels depend on, and nothing else. */
export function renderKey({ scene, size, title }: RenderOptions): string {
  return JSON.stringify([scene, size.width, size.height, size.scale, title]);
}

/** Numbers objects by identity, for keys: the same object always gets the same number. */
export function identities<T extends object>(): (value: T) => number {
  const ids = new WeakMap<T, number>();
  let next = 1;
  return (value) => {
    let id = ids.get(value);
    if (id === undefined) ids.set(value, (id = next++));
    return id;
  };
}

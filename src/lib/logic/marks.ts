/** User Timing marks read by `npm run bench` and by anyone profiling the app. */
export type MarkName =
  | 'first-paint'
  | 'idle'
  | 'select'
  | 'panel'
  | 'filter'
  | 'repainted'
  /** A keystroke in the place list's search box (its `beforeinput` event). */
  | 'search'
  /** The place list's DOM reflects the current filters and search. */
  | 'listed';

export function mark(name: MarkName): void {
  performance.mark(`pilot-atlas:${name}`);
}

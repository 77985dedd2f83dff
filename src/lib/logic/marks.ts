/** User Timing marks read by `npm run bench` and by anyone profiling the app. */
export type MarkName = 'first-paint' | 'idle' | 'select' | 'panel' | 'filter' | 'repainted';

export function mark(name: MarkName): void {
  performance.mark(`pilot-atlas:${name}`);
}

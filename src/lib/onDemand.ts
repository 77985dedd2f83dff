/**
 * The parts of the app the first paint does not need, each loaded on first use, or a moment
 * before it: when the pointer or the focus reaches the button that opens it (`preload`); the
 * details panel when a place is pointed at on the map or in the list, or the focus enters the
 * list (App.svelte), so that a click finds it there. Nothing is fetched on its own after the
 * first load: offline use after the first visit is the service worker's, which caches every part
 * once it is installed (src/build/offlinePlugin.ts).
 */
let detailsPanel: typeof import('../components/DetailsPanel.svelte') | null = null;

export const onDemand = {
  detailsPanel: () => import('../components/DetailsPanel.svelte').then((m) => (detailsPanel = m)),
  contextPanel: () => import('../components/ContextPanel.svelte'),
  comparePanel: () => import('../components/ComparePanel.svelte'),
  exportDialog: () => import('../components/export/ExportDialog.svelte'),
  presentationView: () => import('../components/presentation/PresentationView.svelte'),
  tourEditor: () => import('../components/presentation/TourEditor.svelte'),
  userDataImport: () => import('./userData/importJob'),
  readingView: () => import('../components/reading/ReadingView.svelte'),
  dataCsv: () => import('./data/dataCsv'),
};

/**
 * Starts loading a part, for a pointer entering or the focus reaching the button that opens it
 * (`onpointerenter`, `onfocus`): by the click it has often arrived.
 */
export function preload(load: () => Promise<unknown>): () => void {
  return () =>
    void load().catch(() => {
      // Nothing lost: the click loads it again and reports a failure then.
    });
}

/**
 * The details panel's module once it has arrived, else null: code that answers a click in the
 * click's own task (MapView) must not wait a turn for a promise when it is there.
 */
export const loadedDetailsPanel = () => detailsPanel;

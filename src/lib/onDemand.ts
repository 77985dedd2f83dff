/**
 * The parts of the app the first paint does not need, each loaded on first use. Once the map is up,
 * `prefetchOnDemand` loads them all quietly, so that they still open if the network goes away
 * afterwards (a lecture hall whose Wi-Fi drops after the page has loaded).
 */
export const onDemand = {
  contextPanel: () => import('../components/ContextPanel.svelte'),
  comparePanel: () => import('../components/ComparePanel.svelte'),
  exportDialog: () => import('../components/export/ExportDialog.svelte'),
  presentationView: () => import('../components/presentation/PresentationView.svelte'),
  tourEditor: () => import('../components/presentation/TourEditor.svelte'),
  userDataImport: () => import('./userData/importJob'),
  readingView: () => import('../components/reading/ReadingView.svelte'),
  dataCsv: () => import('./data/dataCsv'),
};

export function prefetchOnDemand(): void {
  for (const load of Object.values(onDemand))
    load().catch(() => {
      // Nothing lost: a later use loads it again and reports a failure then.
    });
}

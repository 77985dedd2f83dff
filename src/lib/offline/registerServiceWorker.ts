// Browser-only: registers the build's service worker (src/build/offlinePlugin.ts) without
// competing with the first load: after the live map's first idle, or a while after `load` where
// the live map never comes (no WebGL).

const WITHOUT_LIVE_MAP_MS = 10_000;

function mapSettled(): Promise<void> {
  return new Promise((resolve) => {
    const root = document.documentElement;
    if (root.dataset.map === 'idle') return resolve();
    const observer = new MutationObserver(() => {
      if (root.dataset.map !== 'idle') return;
      observer.disconnect();
      resolve();
    });
    observer.observe(root, { attributes: true, attributeFilter: ['data-map'] });
    const afterLoad = () => setTimeout(resolve, WITHOUT_LIVE_MAP_MS);
    if (document.readyState === 'complete') afterLoad();
    else window.addEventListener('load', afterLoad, { once: true });
  });
}

export function registerServiceWorker(file: string): void {
  if (!('serviceWorker' in navigator)) return;
  void mapSettled().then(() =>
    navigator.serviceWorker
      .register(`${import.meta.env.BASE_URL}${file}`, { scope: import.meta.env.BASE_URL })
      // Without it the atlas works as before, online; nothing for the user to do.
      .catch((error: unknown) => console.warn('Pilot Atlas: no offline copy:', error)),
  );
}

// Noto Sans SC cut to the atlas's characters, regular and bold (src/build/fontSubsetPlugin.ts);
// other characters load Fontsource's files when shown (src/lib/fonts/fallbackFonts.ts).
import 'virtual:atlas-fonts.css';
import { mount } from 'svelte';
import { loadData } from 'virtual:atlas-data';
import App from './App.svelte';
import { copy } from './copy/en';
import './palette.css';
import { registerServiceWorker } from './lib/offline/registerServiceWorker';
import { SERVICE_WORKER_FILE } from './lib/offline/serviceWorkerFile';
import './app.css';

const target = document.getElementById('app')!;

// The data is fetched as JSON (the page preloads it while the scripts load), then the app starts.
loadData().then(
  (data) => {
    mount(App, { target, props: { data } });
    if (import.meta.env.PROD) registerServiceWorker(SERVICE_WORKER_FILE);
  },
  (error: unknown) => {
    const alert = document.createElement('p');
    alert.className = 'load-error';
    alert.setAttribute('role', 'alert');
    alert.textContent = copy.dataFailed;
    target.replaceChildren(alert);
    console.error(error);
  },
);

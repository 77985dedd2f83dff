import '@fontsource/noto-sans-sc/400.css';
import { mount } from 'svelte';
import { loadData } from 'virtual:atlas-data';
import App from './App.svelte';
import { copy } from './copy/en';
import './palette.css';
import './app.css';

const target = document.getElementById('app')!;

// The data is fetched as JSON (the page preloads it while the scripts load), then the app starts.
loadData().then(
  (data) => mount(App, { target, props: { data } }),
  (error: unknown) => {
    const alert = document.createElement('p');
    alert.className = 'load-error';
    alert.setAttribute('role', 'alert');
    alert.textContent = copy.dataFailed;
    target.replaceChildren(alert);
    console.error(error);
  },
);

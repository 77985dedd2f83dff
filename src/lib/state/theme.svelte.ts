import type { Theme } from '../cartography/palette';

export type ThemeChoice = Theme | 'system';

const STORAGE_KEY = 'pilot-atlas:theme';

function storedChoice(): ThemeChoice {
  try {
    const value = localStorage.getItem(STORAGE_KEY);
    return value === 'light' || value === 'dark' ? value : 'system';
  } catch {
    return 'system';
  }
}

/** Light or dark: follows the system unless the user picks one, which is remembered. */
export class ThemeState {
  choice = $state<ThemeChoice>(storedChoice());
  // Read at once, so that the first paint is already in the right theme.
  systemDark = $state(
    typeof matchMedia === 'function' && matchMedia('(prefers-color-scheme: dark)').matches,
  );
  readonly resolved: Theme;

  constructor() {
    this.resolved = $derived(
      this.choice === 'system' ? (this.systemDark ? 'dark' : 'light') : this.choice,
    );
  }

  /** Tracks the system setting and mirrors the theme onto <html data-theme>. Call from a component. */
  follow() {
    $effect(() => {
      const query = matchMedia('(prefers-color-scheme: dark)');
      this.systemDark = query.matches;
      const onchange = () => (this.systemDark = query.matches);
      query.addEventListener('change', onchange);
      return () => query.removeEventListener('change', onchange);
    });
    $effect(() => {
      document.documentElement.dataset.theme = this.resolved;
      try {
        if (this.choice === 'system') localStorage.removeItem(STORAGE_KEY);
        else localStorage.setItem(STORAGE_KEY, this.choice);
      } catch {
        // Storage can be unavailable (private mode); the choice then lasts for the session.
      }
    });
  }
}

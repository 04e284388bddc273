/** Themes the user can choose; "system" follows the operating system's light/dark preference. */
export const THEMES = ['system', 'light', 'dark', 'contrast'] as const;
export type Theme = (typeof THEMES)[number];

const KEY = 'tsd-theme';

export function readTheme(): Theme {
  try {
    const t = localStorage.getItem(KEY);
    return (THEMES as readonly string[]).includes(t ?? '') ? (t as Theme) : 'system';
  } catch {
    return 'system';
  }
}

/** Applies a theme to <html data-theme> and remembers it. */
export function applyTheme(theme: Theme): void {
  if (theme === 'system') delete document.documentElement.dataset.theme;
  else document.documentElement.dataset.theme = theme;
  try {
    if (theme === 'system') localStorage.removeItem(KEY);
    else localStorage.setItem(KEY, theme);
  } catch {
    // Private mode: the theme still applies for this visit.
  }
}

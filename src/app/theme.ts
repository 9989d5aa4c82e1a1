/**
 * Colour themes: 'system' follows prefers-color-scheme; light, dark and projector (high contrast, large type)
 * are set on <html data-theme>. The choice made in the app is remembered; a ?theme= link parameter wins.
 */
export type ThemeChoice = 'system' | 'light' | 'dark' | 'projector';
export const THEMES: ThemeChoice[] = ['system', 'light', 'dark', 'projector'];
const KEY = 'restaking-lab:theme:v1';

export function storedTheme(): ThemeChoice {
  try {
    const t = localStorage.getItem(KEY);
    return THEMES.includes(t as ThemeChoice) ? (t as ThemeChoice) : 'system';
  } catch {
    return 'system';
  }
}

export function applyTheme(theme: ThemeChoice, remember = true): void {
  const root = document.documentElement;
  if (theme === 'system') delete root.dataset.theme;
  else root.dataset.theme = theme;
  if (remember) {
    try {
      localStorage.setItem(KEY, theme);
    } catch {
      /* storage may be disabled; the theme still applies for this visit */
    }
  }
}

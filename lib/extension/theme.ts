import { readSettings, settingsItem, type Theme } from './settings';

/** Applies the reader's theme to an extension page and follows later changes from the options page. */
export async function applyTheme(root: HTMLElement = document.documentElement): Promise<void> {
  const set = (theme: Theme) => {
    if (theme === 'system') delete root.dataset.theme;
    else root.dataset.theme = theme;
  };
  set((await readSettings()).theme);
  settingsItem.watch((s) => set(s?.theme ?? 'system'));
}

import { readSettings, settingsItem, withDefaults, type Settings } from '@/lib/extension/settings';

let current: Promise<Settings> | null = null;
let watching = false;

/**
 * The reader's settings as the background keeps them: read from storage once, then kept up to date by its
 * change events (the options page saves there). Every page's glance, analysis and sidebar asks for them, and
 * a storage read is a round trip to the browser process: 2 to 20 ms of the glance's answer while the page
 * loads beside it on 2 cores (probe with marks in each context, 47 news pages, 2026-12-07).
 */
export function currentSettings(): Promise<Settings> {
  if (!watching) {
    // Watching before the first read: a change that lands while it is under way replaces it.
    watching = true;
    settingsItem.watch((saved) => {
      current = Promise.resolve(withDefaults(saved));
    });
  }
  if (!current) {
    current = readSettings().catch((error: unknown) => {
      current = null;
      throw error;
    });
  }
  return current;
}

/** Changes some settings, kept in memory at once (the change event comes a moment later). */
export async function changeSettings(change: Partial<Settings>): Promise<void> {
  const next = { ...(await currentSettings()), ...change };
  current = Promise.resolve(next);
  await settingsItem.setValue(next);
}

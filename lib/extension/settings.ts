import { storage } from 'wxt/utils/storage';

export type SidebarMode = 'auto' | 'toggle' | 'off';
export type Theme = 'system' | 'light' | 'dark';

export interface Settings {
  /** Open the sidebar by itself on related pages, only show a small toggle, or stay off. */
  sidebarMode: SidebarMode;
  /** Hosts where Crosscheck never runs ("example.com" also covers its subdomains). */
  neverRunOn: string[];
  theme: Theme;
  /** Keep news articles the reader stayed on (off by default; never in private windows or excluded sites). */
  rememberRead: boolean;
  /** Dock the sidebar beside the page, which then makes room for it, instead of floating it over the page. */
  dockSidebar: boolean;
}

export const DEFAULT_SETTINGS: Settings = { sidebarMode: 'auto', neverRunOn: [], theme: 'system', rememberRead: false, dockSidebar: false };

/** Versioned so a later release can migrate the shape (WXT storage `version` + `migrations`). */
export const settingsItem = storage.defineItem<Settings>('local:settings', {
  fallback: DEFAULT_SETTINGS,
  version: 1,
});

export async function readSettings(): Promise<Settings> {
  return withDefaults(await settingsItem.getValue());
}

/** Stored settings completed with the defaults of any a later release added. */
export function withDefaults(saved: Partial<Settings> | null): Settings {
  return { ...DEFAULT_SETTINGS, ...saved };
}

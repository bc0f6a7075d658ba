import { browser } from 'wxt/browser';
import type { SidebarAnalysis } from '@/lib/extension/messages';
import type { Article } from '@/lib/types';

/** What the sidebar of a tab shows, and the article it can save. */
export interface TabState extends SidebarAnalysis {
  extracted: Article | null;
}

const memory = new Map<number, TabState>();
const key = (tabId: number) => `tab:${tabId}`;

/**
 * Kept in memory and in session storage: the service worker may be stopped between the page's analysis and
 * the sidebar asking for it. Session storage is cleared when the browser closes and is not readable by pages.
 */
export async function setTabState(tabId: number, state: TabState): Promise<void> {
  memory.set(tabId, state);
  await browser.storage.session?.set({ [key(tabId)]: state }).catch(() => undefined);
}

export async function getTabState(tabId: number): Promise<TabState | null> {
  const known = memory.get(tabId);
  if (known) return known;
  const stored = (await browser.storage.session?.get(key(tabId)).catch(() => ({}))) as Record<string, TabState> | undefined;
  return stored?.[key(tabId)] ?? null;
}

export function forgetTab(tabId: number): void {
  memory.delete(tabId);
  void browser.storage.session?.remove(key(tabId)).catch(() => undefined);
}

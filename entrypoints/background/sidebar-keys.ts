import { browser } from 'wxt/browser';

const memory = new Map<number, string>();
const storageKey = (tabId: number) => `sidebar-key:${tabId}`;

/**
 * The key of the sidebar our content script opened in a tab. Kept in session storage too: the service worker
 * may stop while the sidebar is open. A new sidebar in the tab replaces the key.
 */
export async function rememberSidebarKey(tabId: number, key: string): Promise<void> {
  memory.set(tabId, key);
  await browser.storage.session?.set({ [storageKey(tabId)]: key }).catch(() => undefined);
}

/** True only for the sidebar our content script opened in this tab (a framed copy has no key). */
export async function isOurSidebar(tabId: number, key: unknown): Promise<boolean> {
  if (typeof key !== 'string' || key.length < 16) return false;
  const known = memory.get(tabId) ?? ((await browser.storage.session?.get(storageKey(tabId)).catch(() => ({}))) as Record<string, string> | undefined)?.[storageKey(tabId)];
  return known === key;
}

export function forgetSidebarKey(tabId: number): void {
  memory.delete(tabId);
  void browser.storage.session?.remove(storageKey(tabId)).catch(() => undefined);
}

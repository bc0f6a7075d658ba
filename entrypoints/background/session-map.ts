import { browser } from 'wxt/browser';

/**
 * Per-tab values kept in memory and in session storage: the service worker may be stopped at any moment, and
 * session storage outlives it (it is cleared when the browser closes, and pages cannot read it).
 */
export function sessionMap<T>(prefix: string) {
  const memory = new Map<number, T>();
  const key = (tabId: number) => `${prefix}:${tabId}`;
  return {
    async set(tabId: number, value: T): Promise<void> {
      // Already kept (the sidebar's key comes with the glance and again with the page): no second write.
      if (memory.get(tabId) === value) return;
      memory.set(tabId, value);
      await browser.storage.session?.set({ [key(tabId)]: value }).catch(() => undefined);
    },
    async get(tabId: number): Promise<T | null> {
      const known = memory.get(tabId);
      if (known !== undefined) return known;
      const stored = (await browser.storage.session?.get(key(tabId)).catch(() => ({}))) as Record<string, T> | undefined;
      return stored?.[key(tabId)] ?? null;
    },
    forget(tabId: number): void {
      memory.delete(tabId);
      void browser.storage.session?.remove(key(tabId)).catch(() => undefined);
    },
  };
}

import type { Page } from 'playwright-core';

/**
 * How many articles and index records the extension's IndexedDB holds, read from one of its own pages. Equal
 * counts mean the store is consistent: every article has its index record and nothing is left over.
 */
export function storedCounts(extensionPage: Page): Promise<{ articles: number; index: number }> {
  return extensionPage.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const q = indexedDB.open('crosscheck-archive');
      q.onsuccess = () => resolve(q.result);
      q.onerror = () => reject(q.error);
    });
    const count = (store: string) =>
      new Promise<number>((resolve, reject) => {
        const q = db.transaction(store).objectStore(store).count();
        q.onsuccess = () => resolve(q.result);
        q.onerror = () => reject(q.error);
      });
    const result = { articles: await count('articles'), index: await count('index') };
    db.close();
    return result;
  });
}

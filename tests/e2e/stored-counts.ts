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

/**
 * Whether the index records are packed, with none written since (lib/archive/stored-records.ts): then a
 * restarted background reads the packs. `forget` drops the packs' mark instead, so that the next start reads
 * the records one by one, as before packing (and packs them again a few seconds later).
 */
export function recordPacks(extensionPage: Page, action: 'check' | 'forget' = 'check'): Promise<boolean> {
  return extensionPage.evaluate(async (forget) => {
    const read = <T>(q: IDBRequest<T>) =>
      new Promise<T>((resolve, reject) => {
        q.onsuccess = () => resolve(q.result);
        q.onerror = () => reject(q.error);
      });
    const db = await read(indexedDB.open('crosscheck-archive'));
    const tx = db.transaction(['meta', 'unpacked'], forget ? 'readwrite' : 'readonly');
    if (forget) await read(tx.objectStore('meta').delete('packs'));
    const whole = (await read(tx.objectStore('meta').get('packs'))) === 'whole' && (await read(tx.objectStore('unpacked').count())) === 0;
    db.close();
    return whole;
  }, action === 'forget');
}

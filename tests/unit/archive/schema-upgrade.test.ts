import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { ArchiveStore, DB_VERSION } from '@/lib/archive/archive-store';
import { bundledArchive } from '../support/engine';

/** A database exactly as schema version 1 wrote it, made with the plain IndexedDB API. */
async function writeVersion1(factory: IDBFactory, name: string, articles: object[]): Promise<void> {
  await new Promise<void>((resolve, reject) => {
    const request = factory.open(name, 1);
    request.onupgradeneeded = () => {
      const store = request.result.createObjectStore('articles', { keyPath: 'id' });
      store.createIndex('by-url', 'url');
      store.createIndex('by-hash', 'contentHash');
      store.createIndex('by-origin', 'origin');
      request.result.createObjectStore('meta');
    };
    request.onsuccess = () => {
      const tx = request.result.transaction(['articles', 'meta'], 'readwrite');
      for (const a of articles) tx.objectStore('articles').put(a);
      tx.objectStore('meta').put('v1-build', 'bundledVersion');
      tx.oncomplete = () => {
        request.result.close();
        resolve();
      };
      tx.onerror = () => reject(tx.error);
    };
    request.onerror = () => reject(request.error);
  });
}

describe('archive schema upgrade', () => {
  it('from version 1 keeps every article and adds the new indexes', async () => {
    const factory = new IDBFactory();
    const seed = bundledArchive().articles[0]!;
    const saved = { ...seed, id: 'saved-1', contentHash: 'saved-1', origin: 'saved', url: 'https://example.com/a', publisher: 'Example Times', addedAt: '2026-01-02T00:00:00Z' };
    await writeVersion1(factory, 'upgrade-test', [seed, saved]);

    const store = await ArchiveStore.open(factory, 'upgrade-test');
    expect(DB_VERSION).toBe(2);
    expect((await store.all()).map((a) => a.id).sort()).toEqual([seed.id, 'saved-1'].sort());
    expect(await store.get('saved-1')).toEqual(saved);
    store.close();

    const version = await new Promise<number>((resolve) => {
      const r = factory.open('upgrade-test');
      r.onsuccess = () => {
        const names = [...r.result.transaction('articles').objectStore('articles').indexNames];
        expect(names).toEqual(expect.arrayContaining(['by-added', 'by-publisher', 'by-url', 'by-hash', 'by-origin']));
        resolve(r.result.version);
        r.result.close();
      };
    });
    expect(version).toBe(2);
  });
});

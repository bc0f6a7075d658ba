import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { ArchiveStore, DB_VERSION } from '@/lib/archive/archive-store';
import { articleTerms } from '@/lib/match/features';
import { bundledArchive } from '../support/engine';

/** A database exactly as schema version 1 or 2 wrote it, made with the plain IndexedDB API. */
async function writeOldVersion(factory: IDBFactory, name: string, version: 1 | 2, articles: object[]): Promise<void> {
  await new Promise<void>((resolve, reject) => {
    const request = factory.open(name, version);
    request.onupgradeneeded = () => {
      const store = request.result.createObjectStore('articles', { keyPath: 'id' });
      store.createIndex('by-url', 'url');
      store.createIndex('by-hash', 'contentHash');
      store.createIndex('by-origin', 'origin');
      if (version === 2) {
        store.createIndex('by-added', 'addedAt');
        store.createIndex('by-publisher', 'publisher');
      }
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
  it.each([1, 2] as const)('from version %i keeps every article, adds the new indexes and an index record per article', async (old) => {
    const factory = new IDBFactory();
    const seed = bundledArchive().articles[0]!;
    const saved = { ...seed, id: 'saved-1', contentHash: 'saved-1', origin: 'saved', url: 'https://example.com/a', publisher: 'Example Times', addedAt: '2026-01-02T00:00:00Z' };
    await writeOldVersion(factory, 'upgrade-test', old, [seed, saved]);

    const store = await ArchiveStore.open(factory, 'upgrade-test');
    expect(DB_VERSION).toBe(3);
    expect((await store.all()).map((a) => a.id).sort()).toEqual([seed.id, 'saved-1'].sort());
    expect(await store.get('saved-1')).toEqual(saved);
    // Version 3: the restarted background loads from these, so each article must have one, matching it.
    const records = await store.indexRecords();
    expect(records.map((r) => r.id).sort()).toEqual([seed.id, 'saved-1'].sort());
    expect(records.find((r) => r.id === 'saved-1')).toMatchObject({ title: seed.title, publisher: 'Example Times', origin: 'saved' });
    // Their word numbers read back, through the stored lexicon, as the article's own words.
    const words = (r: (typeof records)[number]) => [...r.terms].map((n) => store.lexicon.names[n]).sort();
    expect(words(records.find((r) => r.id === 'saved-1')!)).toEqual([...articleTerms(seed).keys()].sort());
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
    expect(version).toBe(3);
  });
});

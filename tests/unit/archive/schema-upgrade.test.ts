import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { ArchiveStore, DB_VERSION } from '@/lib/archive/archive-store';
import { articleKeyTerms } from '@/lib/analyze-text';
import { articleTerms } from '@/lib/match/features';
import { indexRecordOf } from '@/lib/match/index-record';
import { Lexicon } from '@/lib/match/lexicon';
import { bundledArchive } from '../support/engine';

/**
 * A database exactly as schema version 1, 2 or 3 wrote it, made with the plain IndexedDB API. Version 3's
 * index records and lexicon are stale on purpose: version 4 must make them again.
 */
async function writeOldVersion(factory: IDBFactory, name: string, version: 1 | 2 | 3, articles: Array<{ id: string }>): Promise<void> {
  await new Promise<void>((resolve, reject) => {
    const request = factory.open(name, version);
    request.onupgradeneeded = () => {
      const store = request.result.createObjectStore('articles', { keyPath: 'id' });
      store.createIndex('by-url', 'url');
      store.createIndex('by-hash', 'contentHash');
      store.createIndex('by-origin', 'origin');
      if (version >= 2) {
        store.createIndex('by-added', 'addedAt');
        store.createIndex('by-publisher', 'publisher');
      }
      request.result.createObjectStore('meta');
      if (version === 3) {
        request.result.createObjectStore('index', { keyPath: 'id' });
        request.result.createObjectStore('lexicon');
      }
    };
    request.onsuccess = () => {
      const stores = version === 3 ? ['articles', 'meta', 'index', 'lexicon'] : ['articles', 'meta'];
      const tx = request.result.transaction(stores, 'readwrite');
      for (const a of articles) tx.objectStore('articles').put(a);
      if (version === 3) {
        tx.objectStore('lexicon').put(['stale'], 0);
        for (const a of articles) tx.objectStore('index').put({ id: a.id, terms: new Uint32Array([0]), counts: new Uint8Array([1]) });
      }
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
  it.each([1, 2, 3] as const)('from version %i keeps every article, adds the new indexes and an index record per article', async (old) => {
    const factory = new IDBFactory();
    const seed = bundledArchive().articles[0]!;
    const saved = { ...seed, id: 'saved-1', contentHash: 'saved-1', origin: 'saved', url: 'https://example.com/a', publisher: 'Example Times', addedAt: '2026-01-02T00:00:00Z' };
    // Saved before version 4, a Chinese article had no key terms and no words to match by.
    const chinese = { ...saved, id: 'saved-zh', contentHash: 'saved-zh', url: 'https://example.cn/a', lang: 'zh', title: '澳大利亚总理访问中国', standfirst: null, paragraphs: ['澳大利亚总理今天抵达北京，开始对中国进行正式访问。', '澳大利亚总理表示，两国将加强贸易合作。'], entities: [], statements: [], keyTerms: [] };
    await writeOldVersion(factory, 'upgrade-test', old, [seed, saved, chinese]);

    const store = await ArchiveStore.open(factory, 'upgrade-test');
    expect(DB_VERSION).toBe(5);
    expect((await store.all()).map((a) => a.id).sort()).toEqual([seed.id, 'saved-1', 'saved-zh'].sort());
    expect(await store.get('saved-1')).toEqual(saved);
    // Version 4: key terms in every script, written back to the article.
    const upgraded = (await store.get('saved-zh'))!;
    expect(upgraded.keyTerms).toEqual(articleKeyTerms(chinese));
    expect(upgraded.keyTerms).toContain('澳大');
    expect(upgraded).toEqual({ ...chinese, keyTerms: upgraded.keyTerms });
    // Version 3: the restarted background loads from these, so each article must have one, matching it.
    const records = await store.indexRecords();
    expect(records.map((r) => r.id).sort()).toEqual([seed.id, 'saved-1', 'saved-zh'].sort());
    expect(store.lexicon.names).not.toContain('stale');
    expect(records.find((r) => r.id === 'saved-1')).toMatchObject({ title: seed.title, publisher: 'Example Times', origin: 'saved' });
    // Their word numbers read back, through the stored lexicon, as the article's own words.
    const words = (r: (typeof records)[number]) => [...r.terms].map((n) => store.lexicon.names[n]).sort();
    expect(words(records.find((r) => r.id === 'saved-1')!)).toEqual([...articleTerms(seed).keys()].sort());
    expect(words(records.find((r) => r.id === 'saved-zh')!)).toEqual([...articleTerms(chinese).keys()].sort());
    expect(records.find((r) => r.id === 'saved-zh')!.keyTerms).toEqual(upgraded.keyTerms);
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
    expect(version).toBe(5);
  });

  it('from version 4 keeps the index records, reads them one by one until they are first packed', async () => {
    const factory = new IDBFactory();
    const seed = bundledArchive().articles[0]!;
    const saved = { ...seed, id: 'saved-1', contentHash: 'saved-1', origin: 'saved' as const, url: 'https://example.com/a' };
    const lexicon = new Lexicon();
    const records = [seed, saved].map((a) => indexRecordOf(a, lexicon));
    // Version 4's stores are version 3's, with index records and a lexicon that match the articles.
    await new Promise<void>((resolve, reject) => {
      const request = factory.open('from-4', 4);
      request.onupgradeneeded = () => {
        const store = request.result.createObjectStore('articles', { keyPath: 'id' });
        const indexes = { 'by-url': 'url', 'by-hash': 'contentHash', 'by-origin': 'origin', 'by-added': 'addedAt', 'by-publisher': 'publisher' };
        for (const [name, keyPath] of Object.entries(indexes)) store.createIndex(name, keyPath);
        for (const name of ['meta', 'lexicon']) request.result.createObjectStore(name);
        request.result.createObjectStore('index', { keyPath: 'id' });
      };
      request.onsuccess = () => {
        const tx = request.result.transaction(['articles', 'index', 'lexicon', 'meta'], 'readwrite');
        for (const a of [seed, saved]) tx.objectStore('articles').put(a);
        for (const r of records) tx.objectStore('index').put(r);
        tx.objectStore('lexicon').put(lexicon.names, 0);
        tx.objectStore('meta').put('v4-build', 'bundledVersion');
        tx.oncomplete = () => {
          request.result.close();
          resolve();
        };
        tx.onerror = () => reject(tx.error);
      };
    });
    const store = await ArchiveStore.open(factory, 'from-4');
    expect(await store.indexRecords()).toEqual(records);
    expect(await store.packIfDue()).toBe(true);
    store.close();
    const again = await ArchiveStore.open(factory, 'from-4');
    expect(await again.indexRecords()).toEqual(records);
    expect(await again.packIfDue()).toBe(false);
    expect(await again.get('saved-1')).toEqual(saved);
    again.close();
  });

  it('leaves a version 3 database as it was when an article cannot be indexed again', async () => {
    const factory = new IDBFactory();
    const seed = bundledArchive().articles[0]!;
    // Damaged on disk: no paragraphs to find words in.
    const damaged = { ...seed, id: 'damaged', contentHash: 'damaged', paragraphs: undefined };
    await writeOldVersion(factory, 'damaged-test', 3, [seed, damaged]);
    await expect(ArchiveStore.open(factory, 'damaged-test')).rejects.toThrow();
    const { version, ids } = await new Promise<{ version: number; ids: IDBValidKey[] }>((resolve) => {
      const r = factory.open('damaged-test');
      r.onsuccess = () => {
        const all = r.result.transaction('articles').objectStore('articles').getAllKeys();
        all.onsuccess = () => {
          resolve({ version: r.result.version, ids: all.result });
          r.result.close();
        };
      };
    });
    expect(version).toBe(3);
    expect(ids.sort()).toEqual([seed.id, 'damaged'].sort());
  });
});

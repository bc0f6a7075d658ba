import { wrap, type DBSchema, type IDBPDatabase } from 'idb';
import type { ArchivedArticle } from '../types';

interface ArchiveSchema extends DBSchema {
  articles: {
    key: string;
    value: ArchivedArticle;
    indexes: { 'by-url': string; 'by-hash': string; 'by-origin': string; 'by-added': string; 'by-publisher': string };
  };
  meta: { key: string; value: string };
}

export const DB_NAME = 'crosscheck-archive';
export const DB_VERSION = 2;

/** Explicit steps per schema version: a later version adds a case and keeps every article. */
function upgrade(db: IDBPDatabase<ArchiveSchema>, oldVersion: number, transaction: IDBTransaction): void {
  if (oldVersion < 1) {
    const articles = db.createObjectStore('articles', { keyPath: 'id' });
    articles.createIndex('by-url', 'url');
    articles.createIndex('by-hash', 'contentHash');
    articles.createIndex('by-origin', 'origin');
    db.createObjectStore('meta');
  }
  if (oldVersion < 2) {
    // Version 2: the archive manager sorts by when an article was added and filters by publisher.
    const articles = transaction.objectStore('articles');
    articles.createIndex('by-added', 'addedAt');
    articles.createIndex('by-publisher', 'publisher');
  }
}

/**
 * The archive in IndexedDB, in the extension's origin only (a content script's IndexedDB would be the page's).
 * Takes the IDBFactory as a parameter so tests run it on fake-indexeddb in Node and on the real one in Chromium.
 */
export class ArchiveStore {
  private constructor(private readonly db: IDBPDatabase<ArchiveSchema>) {}

  static async open(factory: IDBFactory, name = DB_NAME): Promise<ArchiveStore> {
    // idb's openDB reaches for the global indexedDB; opening through the given factory and wrapping the request
    // keeps the store testable on fake-indexeddb.
    const request = factory.open(name, DB_VERSION);
    request.addEventListener('upgradeneeded', (event) => {
      const db = wrap(request.result) as unknown as IDBPDatabase<ArchiveSchema>;
      upgrade(db, event.oldVersion, request.transaction!);
    });
    const db = (await wrap(request)) as unknown as IDBPDatabase<ArchiveSchema>;
    return new ArchiveStore(db);
  }

  close(): void {
    this.db.close();
  }

  all(): Promise<ArchivedArticle[]> {
    return this.db.getAll('articles');
  }

  get(id: string): Promise<ArchivedArticle | undefined> {
    return this.db.get('articles', id);
  }

  count(): Promise<number> {
    return this.db.count('articles');
  }

  /**
   * Adds articles in one transaction (all or none). An article already stored under the same URL or the same
   * text is merged: the stored one keeps its id and origin (bundled stays bundled), the newer text wins.
   * Returns the stored versions.
   */
  async putMany(articles: ArchivedArticle[]): Promise<ArchivedArticle[]> {
    const tx = this.db.transaction('articles', 'readwrite');
    const stored: ArchivedArticle[] = [];
    for (const article of articles) {
      const same =
        (await tx.store.get(article.id)) ??
        (await tx.store.index('by-hash').get(article.contentHash)) ??
        (article.url ? await tx.store.index('by-url').get(article.url) : undefined);
      const merged = same ? { ...article, id: same.id, origin: same.origin, addedAt: same.addedAt } : article;
      await tx.store.put(merged);
      stored.push(merged);
    }
    await tx.done;
    return stored;
  }

  async deleteMany(ids: string[]): Promise<void> {
    const tx = this.db.transaction('articles', 'readwrite');
    await Promise.all(ids.map((id) => tx.store.delete(id)));
    await tx.done;
  }

  /**
   * Brings the bundled articles in line with this build: adds new ones, refreshes changed ones, removes bundled
   * ones the build no longer ships. What the reader saved or imported is never touched.
   */
  async syncBundled(bundled: ArchivedArticle[], version: string): Promise<{ added: number; removed: number; skipped: boolean }> {
    if ((await this.db.get('meta', 'bundledVersion')) === version) return { added: 0, removed: 0, skipped: true };
    const shipped = new Set(bundled.map((a) => a.id));
    const tx = this.db.transaction(['articles', 'meta'], 'readwrite');
    const articles = tx.objectStore('articles');
    let removed = 0;
    for (const old of await articles.index('by-origin').getAll('bundled')) {
      if (!shipped.has(old.id)) {
        await articles.delete(old.id);
        removed++;
      }
    }
    let added = 0;
    for (const article of bundled) {
      const existing = await articles.get(article.id);
      if (!existing) added++;
      // A reader's own copy of a bundled article stays theirs.
      if (existing && existing.origin !== 'bundled') continue;
      await articles.put(existing ? { ...article, addedAt: existing.addedAt } : article);
    }
    await tx.objectStore('meta').put(version, 'bundledVersion');
    await tx.done;
    return { added, removed, skipped: false };
  }
}

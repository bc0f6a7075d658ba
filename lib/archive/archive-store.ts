import { wrap, type DBSchema, type IDBPDatabase, type IDBPTransaction } from 'idb';
import { articleKeyTerms } from '../analyze-text';
import { indexRecordOf, type IndexRecord } from '../match/index-record';
import { Lexicon } from '../match/lexicon';
import type { ArchivedArticle } from '../types';
import { packRecords, type RecordPack } from './record-packs';
import { PACKS_WHOLE, readRecords, REPACK_AFTER } from './stored-records';
import { explainWriteError, WriteCancelled } from './write-errors';

interface ArchiveSchema extends DBSchema {
  articles: {
    key: string;
    value: ArchivedArticle;
    indexes: { 'by-url': string; 'by-hash': string; 'by-origin': string; 'by-added': string; 'by-publisher': string };
  };
  /** What the in-memory indexes need of each article (see match/index-record.ts), kept in step with articles. */
  index: { key: string; value: IndexRecord };
  /** The word lexicon the index records' numbers refer to, in chunks of LEXICON_CHUNK words, append-only. */
  lexicon: { key: number; value: string[] };
  meta: { key: string; value: string };
  /**
   * The index records again, many to a value (see record-packs.ts), so that a restarted background reads
   * tens of values instead of one per article. With `unpacked`, they hold what `index` holds whenever meta's
   * `packs` entry says so (see stored-records.ts).
   */
  packs: { key: number; value: RecordPack };
  /** The ids whose index record was written or removed since the packs were made. */
  unpacked: { key: string; value: 1 };
}

/** Reports how far a long write has got, and lets the reader cancel it (nothing of it is then kept). */
export interface WriteProgress {
  onProgress?: (done: number, total: number) => void;
  signal?: AbortSignal;
}

export const DB_NAME = 'crosscheck-archive';
export const DB_VERSION = 5;
const LEXICON_CHUNK = 4096;
/** Articles written per round of lookups (and per progress report). */
const WRITE_BATCH = 100;

type Stores = Array<'articles' | 'index' | 'lexicon' | 'meta' | 'packs' | 'unpacked'>;
export type ArchiveTransaction<Mode extends IDBTransactionMode = 'readonly'> = IDBPTransaction<ArchiveSchema, Stores, Mode>;

/** Writes an article's index record, and notes that the packs no longer hold it as it is. */
function putRecord(tx: ArchiveTransaction<'readwrite'>, record: IndexRecord): Array<Promise<unknown>> {
  return [tx.objectStore('index').put(record), tx.objectStore('unpacked').put(1, record.id)];
}

function deleteRecord(tx: ArchiveTransaction<'readwrite'>, id: string): Array<Promise<unknown>> {
  return [tx.objectStore('index').delete(id), tx.objectStore('unpacked').put(1, id)];
}

/** Writes the lexicon's words from `from` on (the chunks they fall in), in the caller's transaction. */
async function storeNewWords(put: (words: string[], chunk: number) => Promise<unknown>, lexicon: Lexicon, from: number): Promise<void> {
  for (let c = Math.floor(from / LEXICON_CHUNK); c * LEXICON_CHUNK < lexicon.size; c++) {
    await put(lexicon.names.slice(c * LEXICON_CHUNK, (c + 1) * LEXICON_CHUNK), c);
  }
}

/** Explicit steps per schema version: a later version adds a case and keeps every article. */
function upgrade(db: IDBPDatabase<ArchiveSchema>, oldVersion: number, transaction: IDBTransaction): void {
  const tx = wrap(transaction) as unknown as IDBPTransaction<ArchiveSchema, Stores, 'versionchange'>;
  if (oldVersion < 1) {
    const articles = db.createObjectStore('articles', { keyPath: 'id' });
    articles.createIndex('by-url', 'url');
    articles.createIndex('by-hash', 'contentHash');
    articles.createIndex('by-origin', 'origin');
    db.createObjectStore('meta');
  }
  if (oldVersion < 2) {
    // Version 2: the archive manager sorts by when an article was added and filters by publisher.
    const articles = tx.objectStore('articles');
    articles.createIndex('by-added', 'addedAt');
    articles.createIndex('by-publisher', 'publisher');
  }
  if (oldVersion < 3) {
    // Version 3: a compact index record per article and the word lexicon its numbers refer to, so a restarted
    // background loads without reading text (filled by the version 4 step below).
    db.createObjectStore('index', { keyPath: 'id' });
    db.createObjectStore('lexicon');
  }
  if (oldVersion < 4) {
    // Version 4: matching reads the words of every script, not only Latin ones (a Chinese or Russian article
    // had no words to be matched by), so each article's key terms and index record are made again. A failure
    // aborts the upgrade: the database stays as it was, every article kept.
    rebuildIndex(tx).catch((error: unknown) => {
      // The caller sees only the abort; the cause is for whoever opens the background's console.
      console.error('Crosscheck: the archive upgrade failed and was undone', error);
      tx.done.catch(() => undefined);
      tx.abort();
    });
  }
  if (oldVersion < 5) {
    // Version 5: the index records packed many to a value. Until the first packing, meta has no `packs`
    // entry, and the records are read one by one as before.
    db.createObjectStore('packs');
    db.createObjectStore('unpacked');
  }
}

/** Recomputes every article's key terms, index record and the lexicon, inside the upgrade's transaction. */
async function rebuildIndex(tx: IDBPTransaction<ArchiveSchema, Stores, 'versionchange'>): Promise<void> {
  const index = tx.objectStore('index');
  const words = tx.objectStore('lexicon');
  await index.clear();
  await words.clear();
  const lexicon = new Lexicon();
  for (let cursor = await tx.objectStore('articles').openCursor(); cursor; cursor = await cursor.continue()) {
    const keyTerms = articleKeyTerms(cursor.value);
    let article = cursor.value;
    // Only an article whose key terms changed is written again (English ones keep theirs).
    if (keyTerms.join('\n') !== article.keyTerms.join('\n')) {
      article = { ...article, keyTerms };
      await cursor.update(article);
    }
    await index.put(indexRecordOf(article, lexicon));
  }
  await storeNewWords((w, c) => words.put(w, c), lexicon, 0);
}

/**
 * The archive in IndexedDB, in the extension's origin only (a content script's IndexedDB would be the page's).
 * Takes the IDBFactory as a parameter so tests run it on fake-indexeddb in Node and on the real one in Chromium.
 */
export class ArchiveStore {
  /** Writes that add words run one at a time, so a rolled-back one can take its words back out. */
  private writes: Promise<unknown> = Promise.resolve();
  /** The last read found the packs missing or wrong: the next packIfDue makes them, due or not. */
  private mustPack = false;
  private closed = false;

  private constructor(
    private readonly db: IDBPDatabase<ArchiveSchema>,
    /** The stored word lexicon, in memory: the index records' word numbers refer to it. */
    readonly lexicon: Lexicon,
  ) {}

  static async open(factory: IDBFactory, name = DB_NAME): Promise<ArchiveStore> {
    // idb's openDB reaches for the global indexedDB; opening through the given factory and wrapping the request
    // keeps the store testable on fake-indexeddb.
    const request = factory.open(name, DB_VERSION);
    request.addEventListener('upgradeneeded', (event) => {
      const db = wrap(request.result) as unknown as IDBPDatabase<ArchiveSchema>;
      upgrade(db, event.oldVersion, request.transaction!);
    });
    const db = (await wrap(request)) as unknown as IDBPDatabase<ArchiveSchema>;
    // getAll returns the chunks in key order.
    return new ArchiveStore(db, new Lexicon((await db.getAll('lexicon')).flat()));
  }

  close(): void {
    this.closed = true;
    this.db.close();
  }

  all(): Promise<ArchivedArticle[]> {
    return this.db.getAll('articles');
  }

  get(id: string): Promise<ArchivedArticle | undefined> {
    return this.db.get('articles', id);
  }

  async getMany(ids: string[]): Promise<Array<ArchivedArticle | undefined>> {
    const tx = this.db.transaction('articles');
    return Promise.all(ids.map((id) => tx.store.get(id)));
  }

  /** Every article's index record, in id order: what a starting background reads instead of whole articles. */
  async indexRecords(): Promise<IndexRecord[]> {
    const { records, packed } = await readRecords(this.readOnly());
    this.mustPack = !packed;
    return records;
  }

  private readOnly(): ArchiveTransaction {
    return this.db.transaction(['index', 'packs', 'unpacked', 'meta']);
  }

  /**
   * Packs the index records again if there are no packs yet, the last read found them wrong, or REPACK_AFTER
   * records were written since. Read and written in one transaction, so a write meanwhile waits and the packs
   * always match `index`. Returns whether it packed.
   */
  async packIfDue(): Promise<boolean> {
    if (this.closed || !(this.mustPack || (await this.packsDue(this.readOnly())))) return false;
    return this.allOrNothing(['index', 'packs', 'unpacked', 'meta'], async (tx) => {
      if (!(this.mustPack || (await this.packsDue(tx)))) return false;
      const { records } = await readRecords(tx);
      await tx.objectStore('packs').clear();
      await Promise.all(packRecords(records).map((pack, i) => tx.objectStore('packs').put(pack, i)));
      await tx.objectStore('unpacked').clear();
      await tx.objectStore('meta').put(PACKS_WHOLE, 'packs');
      this.mustPack = false;
      return true;
    });
  }

  private async packsDue(tx: ArchiveTransaction<IDBTransactionMode>): Promise<boolean> {
    const [packs, unpacked] = await Promise.all([tx.objectStore('meta').get('packs'), tx.objectStore('unpacked').count()]);
    return packs !== PACKS_WHOLE || unpacked >= REPACK_AFTER;
  }

  count(): Promise<number> {
    return this.db.count('articles');
  }

  /**
   * Adds articles in one transaction (all or none), each with its index record. An article already stored under
   * the same URL or the same text is merged: the stored one keeps its id and origin (bundled stays bundled),
   * the newer text wins. Cancelling through `signal` aborts the transaction, so nothing is kept. Returns the
   * stored versions.
   */
  putMany(articles: ArchivedArticle[], progress: WriteProgress = {}): Promise<Array<{ article: ArchivedArticle; record: IndexRecord }>> {
    return this.addingWords((lexicon, words) =>
      this.allOrNothing(['articles', 'index', 'lexicon', 'unpacked'], async (tx) => {
        const store = tx.objectStore('articles');
        const stored: Array<{ article: ArchivedArticle; record: IndexRecord }> = [];
        // What this write has stored so far, by id, text and address: later duplicates in the same file merge
        // into it (the lookups of a batch go out before its writes, so they cannot see them).
        const written = new Map<string, ArchivedArticle>();
        // A batch at a time: its lookups go out together, then its writes, instead of one round trip each.
        for (let start = 0; start < articles.length; start += WRITE_BATCH) {
          if (progress.signal?.aborted) throw new WriteCancelled();
          const batch = articles.slice(start, start + WRITE_BATCH);
          const found = await Promise.all(
            batch.map((a) => Promise.all([store.get(a.id), store.index('by-hash').get(a.contentHash), a.url ? store.index('by-url').get(a.url) : undefined])),
          );
          const writes: Array<Promise<unknown>> = [];
          batch.forEach((article, i) => {
            const same =
              written.get(`id ${article.id}`) ?? written.get(`hash ${article.contentHash}`) ?? (article.url ? written.get(`url ${article.url}`) : undefined) ??
              found[i]![0] ?? found[i]![1] ?? found[i]![2];
            const merged = same ? { ...article, id: same.id, origin: same.origin, addedAt: same.addedAt } : article;
            written.set(`id ${merged.id}`, merged).set(`hash ${merged.contentHash}`, merged);
            if (merged.url) written.set(`url ${merged.url}`, merged);
            const record = indexRecordOf(merged, lexicon);
            writes.push(store.put(merged), ...putRecord(tx, record));
            stored.push({ article: merged, record });
          });
          await Promise.all(writes);
          if (stored.length < articles.length) progress.onProgress?.(stored.length, articles.length);
        }
        await storeNewWords((w, c) => tx.objectStore('lexicon').put(w, c), lexicon, words);
        return stored;
      }),
    ).then((stored) => {
      progress.onProgress?.(articles.length, articles.length);
      return stored;
    });
  }

  /**
   * Runs `body` in one read-write transaction and waits for it to commit: all of it is kept, or on any error
   * (a cancel, a full disk, a failed request) none of it, and the error says why in the reader's words.
   */
  private async allOrNothing<Names extends Stores, T>(names: Names, body: (tx: IDBPTransaction<ArchiveSchema, Names, 'readwrite'>) => Promise<T>): Promise<T> {
    const tx = this.db.transaction(names, 'readwrite');
    try {
      const result = await body(tx);
      await tx.done;
      return result;
    } catch (error) {
      try {
        tx.abort();
      } catch {
        // Already aborted by IndexedDB itself (quota, or the error came from a request), or already committed.
      }
      await tx.done.catch(() => undefined);
      throw explainWriteError(error, tx);
    }
  }

  /**
   * Runs a write that may add words to the lexicon, after any other such write. If it fails (or is cancelled),
   * the words it added are taken back out, as its transaction kept none of them.
   */
  private addingWords<T>(write: (lexicon: Lexicon, wordsBefore: number) => Promise<T>): Promise<T> {
    const run = this.writes.then(async () => {
      const before = this.lexicon.size;
      try {
        return await write(this.lexicon, before);
      } catch (error) {
        this.lexicon.truncate(before);
        throw error;
      }
    });
    this.writes = run.catch(() => undefined);
    return run;
  }

  async deleteMany(ids: string[]): Promise<void> {
    await this.allOrNothing(['articles', 'index', 'unpacked'], (tx) =>
      Promise.all(ids.flatMap((id) => [tx.objectStore('articles').delete(id), ...deleteRecord(tx, id)])),
    );
  }

  /**
   * Brings the bundled articles in line with this build: adds new ones, refreshes changed ones, removes bundled
   * ones the build no longer ships. What the reader saved or imported is never touched.
   */
  async syncBundled(bundled: ArchivedArticle[], version: string): Promise<{ added: number; removed: number; skipped: boolean }> {
    if ((await this.db.get('meta', 'bundledVersion')) === version) return { added: 0, removed: 0, skipped: true };
    const shipped = new Set(bundled.map((a) => a.id));
    return this.addingWords((lexicon, words) =>
      this.allOrNothing(['articles', 'index', 'lexicon', 'meta', 'unpacked'], async (tx) => {
        const articles = tx.objectStore('articles');
        let removed = 0;
        for (const old of await articles.index('by-origin').getAll('bundled')) {
          if (!shipped.has(old.id)) {
            await Promise.all([articles.delete(old.id), ...deleteRecord(tx, old.id)]);
            removed++;
          }
        }
        let added = 0;
        for (const article of bundled) {
          const existing = await articles.get(article.id);
          if (!existing) added++;
          // A reader's own copy of a bundled article stays theirs.
          if (existing && existing.origin !== 'bundled') continue;
          const stored = existing ? { ...article, addedAt: existing.addedAt } : article;
          await Promise.all([articles.put(stored), ...putRecord(tx, indexRecordOf(stored, lexicon))]);
        }
        await storeNewWords((w, c) => tx.objectStore('lexicon').put(w, c), lexicon, words);
        await tx.objectStore('meta').put(version, 'bundledVersion');
        return { added, removed, skipped: false };
      }),
    );
  }
}

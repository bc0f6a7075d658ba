import { analyzeArticle, analyzeGlance, analyzeHtml, analyzeQuery, type AnalysisProgress, type EngineContext } from '../analyze';
import type { ArchiveListItem, ImportResult, SearchHit } from '../extension/messages';
import { ArchiveIndex } from '../match/archive-index';
import type { AliasBook } from '../nlp/aliases';
import type { StanceModel } from '../stance/stance-model';
import { ArchiveSearch } from '../search/archive-search';
import type { IndexRecord } from '../match/index-record';
import type { PageExtractor } from '../extract/page-extractor';
import type { PageGlance } from '../extract/page-glance';
import type { ArchivedArticle, Article, PageAnalysis } from '../types';
import { parseArchiveFile, toArchiveFile, type ArchiveFile } from './archive-file';
import type { ArchiveStore, WriteProgress } from './archive-store';
import { StorageFull, WriteCancelled } from './write-errors';
import type { BundledArchive } from './bundled-archive';
import { prepareArticle } from './prepare';

/**
 * A start or write is followed by the page's analysis, the sidebar, or more writes: packing waits until they
 * are likely over (the background stays up 30 s after its last event).
 */
const PACK_AFTER_MS = 5_000;
/**
 * A page's glance is followed within a second or so by the analysis its sidebar waits for, on the same
 * thread: building the popup's index (a few hundred milliseconds at 10,000 articles) in between would hold
 * that answer. A search before then builds it at once.
 */
const OTHER_INDEX_AFTER_MS = 3_000;

/**
 * The archive as the background serves it: the IndexedDB store for durability, and in memory the matching
 * index and the search index, kept in step with every write. Pure TypeScript: the browser supplies the store,
 * the page extractor (its HTML parser) and the clock.
 */
export class ArchiveService {
  /** The stored index records, kept only until both indexes are built from them. */
  private records: IndexRecord[] = [];
  private builtIndex: ArchiveIndex | null = null;
  private builtSearch: ArchiveSearch | null = null;
  private packing: ReturnType<typeof setTimeout> | undefined;

  private constructor(
    private readonly store: ArchiveStore,
    private readonly aliases: AliasBook,
    private readonly extractPage: PageExtractor,
    private readonly now: () => Date,
    private readonly stance: (() => StanceModel) | undefined,
    private readonly packAfterMs: number,
  ) {}

  /** Opens the archive: brings bundled articles up to date (new install or update), then loads the indexes. */
  static async start(options: {
    store: ArchiveStore;
    bundled: BundledArchive;
    aliases: AliasBook;
    /** Where pages are parsed: the browser's own parser where there is one, linkedom elsewhere. */
    extractPage: PageExtractor;
    now?: () => Date;
    /**
     * The trained stance model, asked for when an analysis first weighs a related article's stance. Decoding
     * the shipped one took 250 ms in Node on a slow day of this machine: a restarted background's first glance
     * would otherwise wait for it before it could even count the related articles, and a search, which never
     * weighs a stance, would pay for it too (docs/page-cost-log.md, 2026-12-07).
     */
    stance?: () => StanceModel;
    /** How long after a start or a write the index records are packed, if due (see packSoon). */
    packAfterMs?: number;
  }): Promise<ArchiveService> {
    const service = new ArchiveService(options.store, options.aliases, options.extractPage, options.now ?? (() => new Date()), options.stance, options.packAfterMs ?? PACK_AFTER_MS);
    try {
      await options.store.syncBundled(options.bundled.articles, options.bundled.version);
    } catch (error) {
      // A full disk must not lock the reader out of the archive they have: the new bundled articles wait for
      // the next start (the bundled version is only recorded once they are in).
      if (!(error instanceof StorageFull)) throw error;
    }
    await service.reload();
    return service;
  }

  /**
   * Only the compact index records are read: whole articles stay in IndexedDB until one is shown. The two
   * indexes are built when first needed, so a restarted background answers a page without waiting for the
   * popup's index, or a search without waiting for matching; the other is built a few seconds later
   * (OTHER_INDEX_AFTER_MS), or at once if asked for first.
   */
  private async reload(): Promise<void> {
    this.records = await this.store.indexRecords();
    this.packSoon();
  }

  /**
   * Packs the stored index records for the next start if they are due (store.packIfDue), a while after a start
   * or the last write: never while a page waits for its answer, and once after a burst of saves.
   */
  private packSoon(): void {
    clearTimeout(this.packing);
    this.packing = setTimeout(() => {
      this.store.packIfDue().catch((error: unknown) => {
        // Only the next start's speed is at stake: it reads the records one by one instead.
        console.warn('Crosscheck: the index records could not be packed', error);
      });
    }, this.packAfterMs);
  }

  /** Matching's index (built on first use). */
  private get index(): ArchiveIndex {
    if (!this.builtIndex) {
      this.builtIndex = new ArchiveIndex(this.records, this.store.lexicon);
      this.buildTheOtherSoon();
    }
    return this.builtIndex;
  }

  /** The popup search's index (built on first use). */
  private get search(): ArchiveSearch {
    if (!this.builtSearch) {
      this.builtSearch = new ArchiveSearch(this.records);
      this.buildTheOtherSoon();
    }
    return this.builtSearch;
  }

  private buildTheOtherSoon(): void {
    if (this.builtIndex && this.builtSearch) {
      this.records = [];
      return;
    }
    setTimeout(() => {
      if (!this.builtIndex) void this.index;
      if (!this.builtSearch) void this.search;
    }, OTHER_INDEX_AFTER_MS);
  }

  private get engine(): EngineContext {
    const stance = this.stance;
    return {
      index: this.index,
      aliases: this.aliases,
      get stance() {
        return stance?.();
      },
      articles: { get: (ids) => this.store.getMany(ids) },
    };
  }

  analyzeHtml(html: string, url: string, progress?: AnalysisProgress): Promise<PageAnalysis & { extracted: Article }> {
    return analyzeHtml(html, url, this.engine, this.extractPage, progress);
  }

  /** The analysis of the page's opening (see analyzeGlance). */
  analyzeGlance(glance: PageGlance, url: string, progress?: Pick<AnalysisProgress, 'ranked'>): Promise<PageAnalysis> {
    return analyzeGlance(glance, url, this.engine, progress);
  }

  analyzeText(text: string): Promise<PageAnalysis> {
    return analyzeQuery(text, this.engine);
  }

  analyzeArticle(article: Article): Promise<PageAnalysis> {
    return analyzeArticle(article, this.engine);
  }

  find(query: string): SearchHit[] {
    return this.search.search(query);
  }

  get(id: string): Promise<ArchivedArticle | undefined> {
    return this.store.get(id);
  }

  /** From memory: listing 100,000 articles must not read their text. */
  list(): ArchiveListItem[] {
    return [...this.index.all()]
      .map(({ id, title, publisher, publishedAt, origin, addedAt, url }) => ({ id, title, publisher, publishedAt, origin, addedAt, url }))
      .sort((a, b) => (b.publishedAt ?? '').localeCompare(a.publishedAt ?? ''));
  }

  /** Saves an extracted article; saving the same page twice updates it instead of adding a copy. */
  async save(article: Article, origin: 'saved' | 'remembered' = 'saved'): Promise<ArchivedArticle> {
    const [stored] = await this.store.putMany([prepareArticle(article, origin, this.aliases, this.now())]);
    this.index.add(stored!.record);
    this.search.add(stored!.record);
    this.packSoon();
    return stored!.article;
  }

  async delete(ids: string[]): Promise<void> {
    await this.store.deleteMany(ids);
    for (const id of ids) {
      this.index.remove(id);
      this.search.remove(id);
    }
    this.packSoon();
  }

  /** The whole archive, or the articles of `ids` (read alone: exporting three articles reads three). */
  async exportFile(ids?: string[]): Promise<ArchiveFile> {
    if (!ids) return toArchiveFile(await this.store.all(), this.now());
    const unique = [...new Set(ids)];
    const found = (await this.store.getMany(unique)).filter((a): a is ArchivedArticle => a !== undefined);
    return toArchiveFile(found, this.now());
  }

  /**
   * All or nothing: a file with any bad record changes nothing and says which records are wrong; a cancelled
   * import (or a background stopped mid-way) keeps nothing of it either, as it is one transaction.
   */
  async importFile(text: string, progress: WriteProgress = {}): Promise<ImportResult> {
    const parsed = parseArchiveFile(text);
    if (!parsed.ok) return parsed;
    const before = await this.store.count();
    // Origins travel with the file: export then import gives back the same archive.
    let stored;
    try {
      stored = await this.store.putMany(parsed.articles, progress);
    } catch (error) {
      if (error instanceof WriteCancelled || error instanceof StorageFull) return { ok: false, error: error.message, problems: [] };
      throw error;
    }
    const after = await this.store.count();
    for (const { record } of stored) {
      this.index.add(record);
      this.search.add(record);
    }
    this.packSoon();
    return { ok: true, added: after - before, merged: stored.length - (after - before) };
  }
}

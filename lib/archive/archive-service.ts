import { analyzeArticle, analyzePage, analyzeQuery, type EngineContext } from '../analyze';
import type { ArchiveListItem, ImportResult, SearchHit } from '../extension/messages';
import { ArchiveIndex } from '../match/archive-index';
import type { AliasBook } from '../nlp/aliases';
import type { StanceModel } from '../stance/stance-model';
import { ArchiveSearch } from '../search/archive-search';
import type { ArchivedArticle, Article, PageAnalysis } from '../types';
import { parseArchiveFile, toArchiveFile, type ArchiveFile } from './archive-file';
import type { ArchiveStore } from './archive-store';
import type { BundledArchive } from './bundled-archive';
import { prepareArticle } from './prepare';

/**
 * The archive as the background serves it: the IndexedDB store for durability, and in memory the matching
 * index and the search index, kept in step with every write. Pure TypeScript: the browser supplies the store,
 * the HTML parser and the clock.
 */
export class ArchiveService {
  private index = new ArchiveIndex();
  private search = new ArchiveSearch([]);

  private constructor(
    private readonly store: ArchiveStore,
    private readonly aliases: AliasBook,
    private readonly parseHtml: (html: string) => Document,
    private readonly now: () => Date,
    private readonly stance: StanceModel | undefined,
  ) {}

  /** Opens the archive: brings bundled articles up to date (new install or update), then loads the indexes. */
  static async start(options: {
    store: ArchiveStore;
    bundled: BundledArchive;
    aliases: AliasBook;
    parseHtml: (html: string) => Document;
    now?: () => Date;
    stance?: StanceModel;
  }): Promise<ArchiveService> {
    const service = new ArchiveService(options.store, options.aliases, options.parseHtml, options.now ?? (() => new Date()), options.stance);
    await options.store.syncBundled(options.bundled.articles, options.bundled.version);
    await service.reload();
    return service;
  }

  private async reload(): Promise<void> {
    const all = await this.store.all();
    this.index = new ArchiveIndex(all);
    this.search = new ArchiveSearch(all);
  }

  private get engine(): EngineContext {
    return { index: this.index, aliases: this.aliases, stance: this.stance };
  }

  analyzeHtml(html: string, url: string): PageAnalysis & { extracted: Article } {
    return analyzePage(this.parseHtml(html), url, this.engine);
  }

  analyzeText(text: string): PageAnalysis {
    return analyzeQuery(text, this.engine);
  }

  analyzeArticle(article: Article): PageAnalysis {
    return analyzeArticle(article, this.engine);
  }

  find(query: string): SearchHit[] {
    return this.search.search(query);
  }

  get(id: string): Promise<ArchivedArticle | undefined> {
    return this.store.get(id);
  }

  async list(): Promise<ArchiveListItem[]> {
    const all = await this.store.all();
    return all
      .map(({ id, title, publisher, publishedAt, origin, addedAt, url }) => ({ id, title, publisher, publishedAt, origin, addedAt, url }))
      .sort((a, b) => (b.publishedAt ?? '').localeCompare(a.publishedAt ?? ''));
  }

  /** Saves an extracted article; saving the same page twice updates it instead of adding a copy. */
  async save(article: Article, origin: 'saved' | 'remembered' = 'saved'): Promise<ArchivedArticle> {
    const [stored] = await this.store.putMany([prepareArticle(article, origin, this.aliases, this.now())]);
    this.index.add(stored!);
    this.search.add(stored!);
    return stored!;
  }

  async delete(ids: string[]): Promise<void> {
    await this.store.deleteMany(ids);
    for (const id of ids) {
      this.index.remove(id);
      this.search.remove(id);
    }
  }

  async exportFile(ids?: string[]): Promise<ArchiveFile> {
    const all = await this.store.all();
    const wanted = ids && new Set(ids);
    return toArchiveFile(wanted ? all.filter((a) => wanted.has(a.id)) : all, this.now());
  }

  /** All or nothing: a file with any bad record changes nothing and says which records are wrong. */
  async importFile(text: string): Promise<ImportResult> {
    const parsed = parseArchiveFile(text);
    if (!parsed.ok) return parsed;
    const before = await this.store.count();
    // Origins travel with the file: export then import gives back the same archive.
    const stored = await this.store.putMany(parsed.articles);
    const after = await this.store.count();
    for (const a of stored) {
      this.index.add(a);
      this.search.add(a);
    }
    return { ok: true, added: after - before, merged: stored.length - (after - before) };
  }
}

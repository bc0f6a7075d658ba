import type { ArchivedArticle } from '../types';
import { matchFeatures, type MatchFeatures } from './features';

export interface IndexedArticle {
  article: ArchivedArticle;
  features: MatchFeatures;
}

/**
 * The archive held in memory for matching: features computed once per article, and an inverted index from
 * entity names and terms to articles, so a page is compared only with articles that share something with it.
 */
export class ArchiveIndex {
  private readonly byId = new Map<string, IndexedArticle>();
  private readonly postings = new Map<string, Set<string>>();
  /** Document frequency of each term, for IDF weighting. */
  readonly termFrequency = new Map<string, number>();
  private readonly norms = new Map<string, { version: number; norm: number }>();
  private version = 0;

  constructor(articles: Iterable<ArchivedArticle> = []) {
    for (const a of articles) this.add(a);
  }

  get size(): number {
    return this.byId.size;
  }

  add(article: ArchivedArticle): void {
    if (this.byId.has(article.id)) this.remove(article.id);
    this.version++;
    const features = matchFeatures(article, '', article.entities, article.keyTerms);
    this.byId.set(article.id, { article, features });
    for (const key of postingKeys(features)) {
      let set = this.postings.get(key);
      if (!set) this.postings.set(key, (set = new Set()));
      set.add(article.id);
    }
    for (const term of features.terms.keys()) this.termFrequency.set(term, (this.termFrequency.get(term) ?? 0) + 1);
  }

  remove(id: string): void {
    const entry = this.byId.get(id);
    if (!entry) return;
    this.version++;
    this.norms.delete(id);
    for (const key of postingKeys(entry.features)) this.postings.get(key)?.delete(id);
    for (const term of entry.features.terms.keys()) {
      const n = (this.termFrequency.get(term) ?? 1) - 1;
      if (n <= 0) this.termFrequency.delete(term);
      else this.termFrequency.set(term, n);
    }
    this.byId.delete(id);
  }

  get(id: string): IndexedArticle | undefined {
    return this.byId.get(id);
  }

  all(): IterableIterator<IndexedArticle> {
    return this.byId.values();
  }

  /**
   * Articles that share a name or one of the page's weightiest words (frequent on the page, rare in the
   * archive: the words that carry the similarity). Words or names found in more than a fifth of the archive
   * are skipped: they cannot tell a story apart, and they would make every article a candidate.
   */
  candidates(features: MatchFeatures): IndexedArticle[] {
    const ids = new Set<string>();
    const common = Math.max(50, this.byId.size * 0.2);
    const usable = (key: string) => {
      const n = this.postings.get(key)?.size ?? 0;
      return n > 0 && n <= common;
    };
    const names = [...features.entities.keys()].map((e) => `e:${e}`).filter(usable);
    const n = this.byId.size + 1;
    const words = [...features.terms]
      .filter(([t]) => usable(`t:${t}`))
      .map(([t, c]) => [t, (c >= 1 ? 1 + Math.log(c) : c) * Math.log(1 + n / (this.termFrequency.get(t) ?? 1))] as const)
      .sort((a, b) => b[1] - a[1])
      .slice(0, CANDIDATE_WORDS)
      .map(([t]) => `t:${t}`);
    for (const key of [...names, ...words]) for (const id of this.postings.get(key)!) ids.add(id);
    return [...ids].map((id) => this.byId.get(id)!);
  }

  /** The TF-IDF norm of an article, cached until the archive (and so every IDF) changes. */
  norm(entry: IndexedArticle, compute: () => number): number {
    const cached = this.norms.get(entry.article.id);
    if (cached && cached.version === this.version) return cached.norm;
    const norm = compute();
    this.norms.set(entry.article.id, { version: this.version, norm });
    return norm;
  }
}

/** How many of the page's weightiest words are looked up to find candidates. */
const CANDIDATE_WORDS = 30;

function postingKeys(f: MatchFeatures): string[] {
  return [...[...f.entities.keys()].map((e) => `e:${e}`), ...[...f.terms.keys()].map((t) => `t:${t}`)];
}

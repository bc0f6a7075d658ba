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

  constructor(articles: Iterable<ArchivedArticle> = []) {
    for (const a of articles) this.add(a);
  }

  get size(): number {
    return this.byId.size;
  }

  add(article: ArchivedArticle): void {
    if (this.byId.has(article.id)) this.remove(article.id);
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

  /** Articles that share at least one entity or rare-enough term with the features. */
  candidates(features: MatchFeatures): IndexedArticle[] {
    const ids = new Set<string>();
    const limit = Math.max(50, this.byId.size * 0.2);
    for (const key of postingKeys(features)) {
      const set = this.postings.get(key);
      if (!set || (key.startsWith('t:') && set.size > limit)) continue;
      for (const id of set) ids.add(id);
    }
    return [...ids].map((id) => this.byId.get(id)!);
  }
}

function postingKeys(f: MatchFeatures): string[] {
  return [...[...f.entities.keys()].map((e) => `e:${e}`), ...[...f.terms.keys()].map((t) => `t:${t}`)];
}

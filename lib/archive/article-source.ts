import { ArchiveIndex } from '../match/archive-index';
import type { ArchivedArticle } from '../types';

/**
 * Where whole archive articles come from once matching has picked the few a page shows: IndexedDB in the
 * extension, an array in the command-line tools and tests. Missing ids (deleted meanwhile) come back undefined.
 */
export interface ArticleSource {
  get(ids: string[]): Promise<Array<ArchivedArticle | undefined>>;
}

/** An archive held whole in memory, with its matching index: for Node tools and tests. */
export function archiveInMemory(articles: ArchivedArticle[]): { index: ArchiveIndex; articles: ArticleSource } {
  const byId = new Map(articles.map((a) => [a.id, a]));
  return {
    index: ArchiveIndex.ofArticles(articles),
    articles: { get: (ids) => Promise.resolve(ids.map((id) => byId.get(id))) },
  };
}

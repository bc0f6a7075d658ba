import type { ArchivedArticle, ArticleOrigin, Entity } from '../types';
import { articleTerms } from './features';

/**
 * What the background keeps of an article in memory, and stores beside it in IndexedDB so that a restarted
 * service worker loads the indexes without reading (or re-analysing) whole articles. The text, statements and
 * paragraphs stay in the store and are read only for the few articles a page is shown.
 */
export interface IndexRecord {
  id: string;
  title: string;
  publisher: string | null;
  publishedAt: string | null;
  url: string | null;
  origin: ArticleOrigin;
  addedAt: string;
  contentHash: string;
  /** The article's distinct stemmed content words, space-separated (one string clones and parses fast). */
  terms: string;
  /** How often each of those words occurs, capped at 255. */
  counts: Uint8Array;
  entities: Entity[];
  keyTerms: string[];
}

/** Computed when an article is written, so matching never analyses archive text again. */
export function indexRecordOf(article: ArchivedArticle): IndexRecord {
  const terms = articleTerms(article);
  const counts = new Uint8Array(terms.size);
  let i = 0;
  for (const c of terms.values()) counts[i++] = Math.min(255, c);
  return {
    id: article.id,
    title: article.title,
    publisher: article.publisher,
    publishedAt: article.publishedAt,
    url: article.url,
    origin: article.origin,
    addedAt: article.addedAt,
    contentHash: article.contentHash,
    terms: [...terms.keys()].join(' '),
    counts,
    entities: article.entities,
    keyTerms: article.keyTerms,
  };
}

import type { ArchivedArticle, ArticleOrigin, EntityType } from '../types';
import { articleTerms } from './features';
import type { Lexicon } from './lexicon';

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
  /** The article's distinct stemmed content words, as numbers of the archive's word lexicon. */
  terms: Uint32Array;
  /** How often each of those words occurs, capped at 255. */
  counts: Uint8Array;
  /**
   * The names in the article as parallel lists rather than one object each: IndexedDB reads 10,000 records
   * about twice as fast this way.
   */
  names: string[];
  /** One letter per name: its type (see NAME_TYPES). */
  nameTypes: string;
  nameMentions: Uint16Array;
  /** Per name, its other spellings joined by "|" ("" for none). */
  nameAliases: string[];
  keyTerms: string[];
}

export const NAME_TYPES: Record<EntityType, string> = { person: 'p', organization: 'o', place: 'l', other: 'x' };
const TYPE_OF: Record<string, EntityType> = { p: 'person', o: 'organization', l: 'place', x: 'other' };

/** The type of a record's i-th name. */
export function nameType(record: Pick<IndexRecord, 'nameTypes'>, i: number): EntityType {
  return TYPE_OF[record.nameTypes[i]!] ?? 'other';
}

/**
 * Computed when an article is written, so matching never analyses archive text again. New words join the
 * lexicon, which must be stored with the record.
 */
export function indexRecordOf(article: ArchivedArticle, lexicon: Lexicon): IndexRecord {
  const words = articleTerms(article);
  const terms = new Uint32Array(words.size);
  const counts = new Uint8Array(words.size);
  let i = 0;
  for (const [word, c] of words) {
    terms[i] = lexicon.intern(word);
    counts[i++] = Math.min(255, c);
  }
  return {
    id: article.id,
    title: article.title,
    publisher: article.publisher,
    publishedAt: article.publishedAt,
    url: article.url,
    origin: article.origin,
    addedAt: article.addedAt,
    contentHash: article.contentHash,
    terms,
    counts,
    names: article.entities.map((e) => e.name),
    nameTypes: article.entities.map((e) => NAME_TYPES[e.type]).join(''),
    nameMentions: Uint16Array.from(article.entities, (e) => Math.min(65535, e.mentions)),
    nameAliases: article.entities.map((e) => e.aliases.join('|')),
    keyTerms: article.keyTerms,
  };
}

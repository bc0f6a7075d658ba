import { analyzeArticleText, articleParagraphs } from '../analyze-text';
import type { AliasBook } from '../nlp/aliases';
import { contentHash } from '../text/hash';
import { foldCase } from '../text/normalize';
import type { ArchivedArticle, Article, ArticleOrigin } from '../types';

/** The text that identifies an article for deduplication: same words, same article, whatever the markup. */
export function articleFingerprint(article: Article): string {
  return contentHash(foldCase(articleParagraphs(article).join('\n')).replace(/\s+/g, ' '));
}

/** An article made ready for the archive: id, origin and the analysis that matching needs. */
export function prepareArticle(article: Article, origin: ArticleOrigin, aliases: AliasBook, now: Date): ArchivedArticle {
  const hash = articleFingerprint(article);
  return {
    ...article,
    id: hash,
    origin,
    addedAt: now.toISOString(),
    contentHash: hash,
    ...analyzeArticleText(article, aliases),
  };
}

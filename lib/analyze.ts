import { analyzeArticleText, articleParagraphs } from './analyze-text';
import { articleFingerprint } from './archive/prepare';
import { foldCase } from './text/normalize';
import { findConflicts } from './conflicts/find-conflicts';
import { extractArticle } from './extract/extract-article';
import type { ArchiveIndex } from './match/archive-index';
import { matchFeatures } from './match/features';
import { PAGE_THRESHOLD, QUERY_THRESHOLD, rankRelated } from './match/rank-related';
import type { AliasBook } from './nlp/aliases';
import { findEntities } from './nlp/entities';
import { findKeyTerms } from './nlp/key-terms';
import { stanceOf } from './stance/stance';
import type { StanceModel } from './stance/stance-model';
import { snippet } from './text/normalize';
import type { Article, Entity, PageAnalysis, RelatedArticle, Statement } from './types';

export interface EngineContext {
  index: ArchiveIndex;
  aliases: AliasBook;
  /** The trained stance model (assets/models/stance-model.json); without it, stance comes from statements alone. */
  stance?: StanceModel;
}

const RELATED_LIMIT = 10;

/** The sidebar's analysis of a page: is it news, what it says, what the archive says about the same story. */
export function analyzePage(doc: Document, url: string | null, ctx: EngineContext): PageAnalysis & { extracted: Article } {
  const { article, verdict } = extractArticle(doc, url);
  const empty = { isArticle: false, article: summary(article), entities: [], statements: [], related: [], conflicts: [], extracted: article };
  if (!verdict.isArticle) return empty;
  return { ...analyzeArticle(article, ctx), extracted: article };
}

/** Analysis of an already extracted article (a saved page, a seed file, the reader page). */
export function analyzeArticle(article: Article, ctx: EngineContext): PageAnalysis {
  const text = analyzeArticleText(article, ctx.aliases);
  const features = matchFeatures(article, '', text.entities, text.keyTerms);
  const ranked = rankRelated(ctx.index, features, {
    threshold: PAGE_THRESHOLD,
    limit: RELATED_LIMIT,
    isSamePage: samePageTest(article),
  });
  return { isArticle: true, article: summary(article), entities: text.entities, statements: text.statements, ...relatedAndConflicts(ranked, text.statements, article.title, ctx.stance) };
}

/** Related coverage for a few words: a selection, a link's text and address (the context menu). */
export function analyzeQuery(query: string, ctx: EngineContext): PageAnalysis {
  const entities: Entity[] = findEntities(query, ctx.aliases);
  const keyTerms = findKeyTerms(query);
  const features = matchFeatures(null, query, entities, keyTerms);
  const ranked = rankRelated(ctx.index, features, { threshold: QUERY_THRESHOLD, limit: RELATED_LIMIT });
  const statements: Statement[] = [];
  return {
    isArticle: false,
    article: null,
    entities,
    statements,
    ...relatedAndConflicts(ranked, statements, query, ctx.stance),
  };
}

function relatedAndConflicts(ranked: ReturnType<typeof rankRelated>, statements: Statement[], claim: string, model: StanceModel | undefined) {
  const conflicts = findConflicts(
    statements,
    ranked.map((r) => ({ articleId: r.entry.article.id, title: r.entry.article.title, publisher: r.entry.article.publisher, statements: r.entry.article.statements })),
  );
  const related: RelatedArticle[] = ranked.map((r) => {
    const a = r.entry.article;
    const own = conflicts.filter((c) => c.archive.articleId === a.id).length;
    return {
      id: a.id,
      title: a.title,
      publisher: a.publisher,
      publishedAt: a.publishedAt,
      url: a.url,
      snippet: snippet(a.standfirst || articleParagraphs(a)[1] || ''),
      score: r.score,
      stance: stanceOf({ claim, pageStatements: statements, archived: a, conflicts: own, model }),
      why: r.why,
    };
  });
  return { related, conflicts };
}

/** The page itself, already in the archive (saved earlier, or bundled): same address, same text or same headline. */
function samePageTest(page: Article): (archived: { url: string | null; title: string; contentHash: string }) => boolean {
  const fingerprint = articleFingerprint(page);
  const title = foldCase(page.title).trim();
  return (archived) => (page.url !== null && archived.url === page.url) || archived.contentHash === fingerprint || foldCase(archived.title).trim() === title;
}

function summary(article: Article): PageAnalysis['article'] {
  return {
    title: article.title,
    byline: article.byline,
    publisher: article.publisher,
    publishedAt: article.publishedAt,
    url: article.url,
    textLength: article.paragraphs.reduce((n, p) => n + p.length, 0),
  };
}

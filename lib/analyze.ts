import { analyzeArticleText, articleNames, articleParagraphs, articleStatements, type TextAnalysis } from './analyze-text';
import type { ArticleSource } from './archive/article-source';
import { articleFingerprint } from './archive/prepare';
import { foldCase } from './text/normalize';
import { findConflicts } from './conflicts/find-conflicts';
import { extractArticle, type Extraction } from './extract/extract-article';
import type { PageExtractor } from './extract/page-extractor';
import type { PageGlance } from './extract/page-glance';
import type { ArchiveIndex } from './match/archive-index';
import { matchFeatures } from './match/features';
import { PAGE_THRESHOLD, QUERY_THRESHOLD, rankRelated } from './match/rank-related';
import type { AliasBook } from './nlp/aliases';
import { findEntities } from './nlp/entities';
import { findKeyTerms } from './nlp/key-terms';
import { detectLanguage } from './nlp/language';
import { stanceOf } from './stance/stance';
import type { StanceModel } from './stance/stance-model';
import { collapseSpace, snippet } from './text/normalize';
import type { ArchivedArticle, Article, Entity, PageAnalysis, RelatedArticle, Statement } from './types';
import { nextTask } from './next-task';

export interface EngineContext {
  index: ArchiveIndex;
  /** The whole articles, read only for the few the analysis shows (statements, text for stance, snippet). */
  articles: ArticleSource;
  aliases: AliasBook;
  /** The trained stance model (assets/models/stance-model.json); without it, stance comes from statements alone. */
  stance?: StanceModel;
}

const RELATED_LIMIT = 10;

/**
 * The tagger reads the glance's first 1,000 characters (a whole page's first 4,000: TAGGER_BUDGET). The glance
 * is tagged while its page is still loading beside the worker, and the sidebar waits for it; an opening names
 * its story in its first lines. The 47 news pages' glances, in Node: 6.0 ms to tag (p50; p90 8.4) against
 * 10.6 (15.0) for all of them. In the worker while the page loads (2026-12-07, slow machine, three runs side
 * by side): 6, −2 and 10 ms less per page (medians; less on 31, 22 and 32 of 47). Ranked from the glance,
 * ECB+ MAP 0.9313 against 0.9314, NewsWCL50 0.9823 against 0.9823 (npm run eval).
 */
export const GLANCE_TAGGER_BUDGET = 1_000;

/**
 * Told as the analysis goes, so that the sidebar can start loading while the rest is worked out.
 * `extracted`: the page was parsed and judged (news or not), before its text is analysed; the text analysis
 * waits for the promise it may return (the background lets the sidebar's first request be answered first).
 * `ranked`: the archive articles on the same story are known (how many), before they are read whole for their
 * statements and stance. Not called for a page that is not a news article.
 */
export interface AnalysisProgress {
  extracted?: (isArticle: boolean) => void | Promise<unknown>;
  ranked?: (count: number) => void;
}

/**
 * Pages beyond this many characters of HTML are not parsed: parsing alone would take seconds, and no news page
 * needs it (the largest of Readability's 130 test pages is under 2 MB).
 */
export const MAX_PAGE_HTML = 10_000_000;

/** A page as the content script sends it: its HTML, parsed off the page (by `extract`) unless it is too large. */
export async function analyzeHtml(html: string, url: string | null, ctx: EngineContext, extract: PageExtractor, progress: AnalysisProgress = {}): Promise<PageAnalysis & { extracted: Article }> {
  if (html.length > MAX_PAGE_HTML) {
    const extracted: Article = { title: 'Untitled page', standfirst: null, byline: null, publisher: null, publishedAt: null, section: null, url, lang: null, paragraphs: [] };
    return { isArticle: false, article: summary(extracted), entities: [], statements: [], related: [], conflicts: [], extracted };
  }
  return analyzeExtraction(await extract(html, url), ctx, progress);
}

/** The sidebar's analysis of a page: is it news, what it says, what the archive says about the same story. */
export function analyzePage(doc: Document, url: string | null, ctx: EngineContext): Promise<PageAnalysis & { extracted: Article }> {
  return analyzeExtraction(extractArticle(doc, url), ctx);
}

async function analyzeExtraction({ article, verdict }: Extraction, ctx: EngineContext, progress: AnalysisProgress = {}): Promise<PageAnalysis & { extracted: Article }> {
  const empty = { isArticle: false, article: summary(article), entities: [], statements: [], related: [], conflicts: [], extracted: article };
  await progress.extracted?.(verdict.isArticle);
  if (!verdict.isArticle) return empty;
  return { ...(await analyzeArticle(article, ctx, progress)), extracted: article };
}

/** Analysis of an already extracted article (a saved page, a seed file, the reader page). */
export async function analyzeArticle(article: Article, ctx: EngineContext, progress: AnalysisProgress = {}): Promise<PageAnalysis> {
  const text = analyzeArticleText(article, ctx.aliases);
  const found = await relateToArchive(article, text, ctx, progress);
  return { isArticle: true, article: summary(article), entities: text.entities, statements: text.statements, ...found };
}

/** The archive half of an analysis: related reporting and conflicting statements for an analysed article. */
export async function relateToArchive(article: Article, text: TextAnalysis, ctx: EngineContext, progress: AnalysisProgress = {}): Promise<Pick<PageAnalysis, 'related' | 'conflicts'>> {
  const ranked = rankForPage(article, text, ctx);
  progress.ranked?.(ranked.length);
  return relatedAndConflicts(ranked, ctx, text.statements, article.title);
}

/**
 * The analysis of a page's opening (its glance): related reporting, and the conflicts of the opening's statements
 * with it. The sidebar shows it first, while the whole page is sent, parsed and analysed, and the whole page's
 * analysis then takes its place. On ECB+ the opening's ranking found a document's story as well as its whole
 * text did (MAP 0.9315 against 0.9310: see page-glance.ts). `ranked` is told how many archive articles are on
 * the story as soon as that is known, before the opening's statements are read and the related articles loaded.
 */
export async function analyzeGlance(glance: PageGlance, url: string | null, ctx: EngineContext, progress: Pick<AnalysisProgress, 'ranked'> = {}): Promise<PageAnalysis> {
  const { article, paragraphs, names } = glanceNames(glance, url, ctx.aliases);
  const ranked = rankForPage(article, names, ctx);
  progress.ranked?.(ranked.length);
  // The count goes out to the content script before the rest is worked out (one task later).
  await nextTask();
  const statements = ranked.length > 0 ? articleStatements(article, paragraphs, names.entities, ctx.aliases) : [];
  return { isArticle: true, article: summary(article), entities: names.entities, statements, ...(await relatedAndConflicts(ranked, ctx, statements, article.title)) };
}

/**
 * A glance as an article, and the names and key terms the archive is ranked by. The tagger reads only its
 * first GLANCE_TAGGER_BUDGET characters (names the alias book knows are found in all of it).
 */
export function glanceNames(glance: PageGlance, url: string | null, aliases: AliasBook): { article: Article; paragraphs: string[]; names: Pick<TextAnalysis, 'entities' | 'keyTerms'> } {
  const article = openingOf(glance, url);
  const paragraphs = articleParagraphs(article);
  return { article, paragraphs, names: articleNames(article, aliases, paragraphs, GLANCE_TAGGER_BUDGET) };
}

/** A glance as an article: its title, description and opening paragraphs (whitespace collapsed), in the page's language. */
function openingOf(glance: PageGlance, url: string | null): Article {
  const opening: Article = { title: glance.title, standfirst: glance.description, byline: null, publisher: null, publishedAt: null, section: null, url, lang: null, paragraphs: glance.paragraphs.map(collapseSpace) };
  return { ...opening, lang: glance.lang?.slice(0, 2).toLowerCase() || detectLanguage(articleParagraphs(opening).join('\n\n')) };
}

/** The archive articles on a page's story, best first: the one ranking a page gets, from its glance or whole. */
function rankForPage(article: Article, names: Pick<TextAnalysis, 'entities' | 'keyTerms'>, ctx: EngineContext) {
  const features = matchFeatures(article, '', names.entities, names.keyTerms);
  return rankRelated(ctx.index, features, { threshold: PAGE_THRESHOLD, limit: RELATED_LIMIT, isSamePage: samePageTest(article) });
}

/** Related coverage for a few words: a selection, a link's text and address (the context menu). */
export async function analyzeQuery(query: string, ctx: EngineContext): Promise<PageAnalysis> {
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
    ...(await relatedAndConflicts(ranked, ctx, statements, query)),
  };
}

async function relatedAndConflicts(ranked: ReturnType<typeof rankRelated>, ctx: EngineContext, statements: Statement[], claim: string) {
  // Only the articles shown are read whole; one deleted since the ranking is left out.
  const loaded = await ctx.articles.get(ranked.map((r) => r.entry.id));
  const shown = ranked.flatMap((r, i) => (loaded[i] ? [{ ...r, article: loaded[i] as ArchivedArticle }] : []));
  const conflicts = findConflicts(
    statements,
    shown.map(({ article: a }) => ({ articleId: a.id, title: a.title, publisher: a.publisher, statements: a.statements })),
  );
  const related: RelatedArticle[] = shown.map((r) => {
    const a = r.article;
    const own = conflicts.filter((c) => c.archive.articleId === a.id).length;
    return {
      id: a.id,
      title: a.title,
      publisher: a.publisher,
      publishedAt: a.publishedAt,
      url: a.url,
      snippet: snippet(a.standfirst || articleParagraphs(a)[1] || ''),
      score: r.score,
      stance: stanceOf({ claim, pageStatements: statements, archived: a, conflicts: own, model: ctx.stance }),
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

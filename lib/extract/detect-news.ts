import type { PageMetadata } from './metadata';
import { isNewsType } from './metadata';

/** The evidence that a page is one news article, and the verdict. */
export interface NewsVerdict {
  isArticle: boolean;
  score: number;
  reasons: string[];
}

export interface PageShape {
  url: URL | null;
  metadata: PageMetadata;
  /** Characters of prose Readability kept as the article body. */
  textLength: number;
  paragraphCount: number;
  /** Share of the page's visible text that sits inside links: high on home pages and section fronts. */
  linkDensity: number;
  /** Separate <article> elements: a front lists many. */
  articleElements: number;
  readerable: boolean;
}

/**
 * Stricter than "readable": a news article has a dated, single story with a body of prose.
 * Home pages, section fronts, search results, product and about pages are turned down.
 */
export function detectNewsArticle(shape: PageShape): NewsVerdict {
  const reasons: string[] = [];
  let score = 0;
  const add = (points: number, why: string) => {
    score += points;
    reasons.push(`${points > 0 ? '+' : ''}${points} ${why}`);
  };
  const { metadata: m, url } = shape;
  if (m.jsonLdTypes.some(isNewsType)) add(3, 'JSON-LD news article');
  else if (m.jsonLdTypes.some((t) => /Article|BlogPosting/.test(t))) add(1.5, 'JSON-LD article');
  if (m.jsonLdTypes.some((t) => /^(?:Product|SearchResultsPage|CollectionPage|AboutPage|ProfilePage|WebSite)$/.test(t)) &&
    !m.jsonLdTypes.some((t) => /Article/.test(t))) add(-3, 'JSON-LD says not an article');
  if (m.ogType === 'article') add(2, 'og:type article');
  if (m.ogType && /product|website|profile|video/.test(m.ogType)) add(-1, `og:type ${m.ogType}`);
  if (m.publishedAt) add(1, 'publication date');
  if (m.byline) add(0.5, 'byline');
  if (shape.readerable) add(1, 'readable');
  if (shape.textLength >= 1500) add(1, 'long body');
  else if (shape.textLength < 600) add(-3, 'short body');
  if (shape.paragraphCount >= 4) add(0.5, 'several paragraphs');
  if (shape.linkDensity > 0.45) add(-2, 'mostly links');
  if (shape.articleElements > 3) add(-2, 'lists many articles');
  if (url) {
    if (url.pathname === '/' || url.pathname === '') add(-3, 'home page');
    if (/[?&](?:q|query|search|s)=/.test(url.search) || /\/search\b/.test(url.pathname)) add(-3, 'search page');
    if (/\/(?:19|20)\d\d\/\d\d?\//.test(url.pathname)) add(1, 'dated URL');
    if (/\/(?:product|products|shop|cart|about|contact|tag|tags|category|topics?|section)(?:\/|$)/.test(url.pathname)) add(-2, 'non-article URL');
    if (/[a-z0-9]+(?:-[a-z0-9]+){3,}/.test(url.pathname)) add(0.5, 'headline slug');
  }
  return { isArticle: score >= 3 && shape.textLength >= 500, score, reasons };
}

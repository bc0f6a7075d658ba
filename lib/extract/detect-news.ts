import type { PageMetadata } from './metadata';
import { isBlogOrWiki } from './blog-or-wiki';
import { isHomePage } from './cheap-check';
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
  /** Characters of body text, counted in English-equivalent characters (dense scripts weigh more). */
  textLength: number;
  paragraphCount: number;
  meanParagraphLength: number;
  /** Share of the page's visible text that sits inside links: high on home pages and section fronts. */
  linkDensity: number;
  /** The same inside the article Readability kept: a front's "article" is its list of teasers. */
  articleLinkDensity: number;
  /** Separate <article> elements: a front lists many. */
  articleElements: number;
  readerable: boolean;
  /** Attribution ("said", "told", "according to") per 1,000 words; null when the language is not English. */
  attributionRate: number | null;
  /** A publication date or a dateline ("WASHINGTON (AP) —") at the top of the body text. */
  datedText: boolean;
  /** "I", "my", "me" per 1,000 words outside quotations; null when the language is not English. */
  firstPersonRate: number | null;
  /** "you", "your" per 1,000 words outside quotations; null when the language is not English. */
  secondPersonRate: number | null;
  /** Share of the body text inside <pre> and <code>: documentation, specs and engineering posts. */
  codeShare: number;
}

const THRESHOLD = 3;


/**
 * Stricter than "readable": a news article is a dated, single story with a body of prose, and news prose
 * attributes what it reports. Home pages, section fronts, search results, product and about pages are turned
 * down. Each signal is a general property of news pages, weighed by hand; `npm run eval` measures the result
 * on Mozilla Readability's 130 test pages.
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
  if (m.jsonLdTypes.some((t) => /^(?:Product|SearchResultsPage|CollectionPage|AboutPage|ProfilePage)$/.test(t)) &&
    !m.jsonLdTypes.some((t) => /Article/.test(t))) add(-3, 'JSON-LD says not an article');
  if (m.ogType === 'article') add(2, 'og:type article');
  // Many news sites leave og:type at "website"; only products and profiles say something.
  else if (m.ogType && /product|profile/.test(m.ogType)) add(-2, `og:type ${m.ogType}`);
  else if (m.ogType === 'website') add(-0.5, 'og:type website');
  if (m.publishedAt) add(1, 'publication date');
  if (m.byline) add(0.5, 'byline');
  if (shape.readerable) add(1, 'readable');
  if (shape.textLength >= 4000) add(1.5, 'long body');
  else if (shape.textLength >= 1500) add(1, 'body of prose');
  else if (shape.textLength < 600) add(-1.5, 'short body');
  if (shape.paragraphCount >= 4) add(0.5, 'several paragraphs');
  if (shape.attributionRate !== null && shape.attributionRate >= 8) add(1.5, 'attributes what it reports');
  else if (shape.attributionRate !== null && shape.attributionRate >= 3) add(1, 'some attribution');
  if (shape.datedText) add(1, 'dated text');
  // Reporters write in the third person; bloggers and essayists in the first.
  if (shape.firstPersonRate !== null && shape.firstPersonRate >= 10) add(-1.5, 'written in the first person');
  // How-tos and documentation address the reader; news reports rarely do outside quotations.
  if (shape.secondPersonRate !== null && shape.secondPersonRate >= 60) add(-3, 'addresses the reader throughout');
  else if (shape.secondPersonRate !== null && shape.secondPersonRate >= 25) add(-1.5, 'addresses the reader');
  if (/^\s*how to\b/i.test(m.title ?? '')) add(-1.5, 'how-to title');
  if (shape.codeShare >= 0.05) add(-2, 'code listings');
  // A front is links through and through, down to the "article" Readability keeps from it (its teasers); an
  // article page may sit among as many links (heise's menus) while its own text has few.
  if (shape.linkDensity > 0.45 && shape.articleLinkDensity > 0.2) add(-2, 'mostly links');
  // A front lists stories as short teasers; an article with a "related stories" rail has long paragraphs.
  if (shape.articleElements > 3 && shape.meanParagraphLength < 90) add(-2.5, 'lists many teasers');
  // Where the page says it lives (its canonical address and site name) tells blogs and wikis from newsrooms.
  const home = `${m.canonicalUrl ?? ''} ${url?.href ?? ''} ${m.publisher ?? ''}`;
  if (isBlogOrWiki(home)) add(-3.5, 'blog or wiki address');
  if (url) {
    if (isHomePage(url.href)) add(-3, 'home page');
    if (/[?&](?:q|query|search|s)=/.test(url.search) || /\/search\b/.test(url.pathname)) add(-3, 'search page');
    if (/\/(?:19|20)\d\d\/\d\d?\//.test(url.pathname)) add(1, 'dated URL');
    if (/\/(?:product|products|shop|cart|about|contact|tag|tags|category|topics?|section)(?:\/|$)/.test(url.pathname)) add(-2, 'non-article URL');
    if (/[a-z0-9]+(?:-[a-z0-9]+){3,}/.test(url.pathname)) add(0.5, 'headline slug');
  }
  return { isArticle: score >= THRESHOLD && shape.textLength >= 500, score, reasons };
}

const MONTHS = 'jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?';
const DATE_PATTERNS = [
  new RegExp(`\\b(?:${MONTHS})\\.? \\d{1,2},? (?:19|20)\\d\\d\\b`, 'i'),
  new RegExp(`\\b\\d{1,2}\\.? (?:${MONTHS})\\.? (?:19|20)\\d\\d\\b`, 'i'),
  /\b(?:19|20)\d\d-\d\d-\d\d\b/,
  /(?:19|20)\d\d年\d{1,2}月\d{1,2}日|\d{1,2}月\d{1,2}日/,
  /\b\d{1,2}\.\s?\d{1,2}\.\s?(?:19|20)\d\d\b/,
  // Datelines: "WASHINGTON (AP) —", "LONDON, Nov 20 (Reuters) -", "KYIV —".
  /^[A-Z][A-Z .'-]{2,30}(?:,[^—–-]{0,30})?\s*(?:\([A-Za-z. ]{2,20}\))?\s*[—–-]{1,2}\s/,
];

/** True if the first lines of the body carry a date or a dateline. */
export function hasDatedText(text: string): boolean {
  const top = text.slice(0, 600);
  return DATE_PATTERNS.some((re) => re.test(top));
}

const FIRST_PERSON = /\b(?:I|my|me|mine|I'm|I've|I'd|I'll)\b/g;

export function firstPersonRate(text: string): number {
  return rateOutsideQuotes(text, FIRST_PERSON);
}

/** Matches of a word pattern per 1,000 words, quotations left out (a quoted "I" or "you" is the source's). */
function rateOutsideQuotes(text: string, pattern: RegExp): number {
  const unquoted = text.replace(/[“"][^”"]{0,400}[”"]/g, ' ');
  const words = unquoted.split(/\s+/).filter(Boolean).length;
  if (words < 50) return 0;
  return ((unquoted.match(pattern)?.length ?? 0) / words) * 1000;
}

const SECOND_PERSON = /\b(?:you|your|yours|yourself|you're|you've|you'll|you'd)\b/gi;

export function secondPersonRate(text: string): number {
  return rateOutsideQuotes(text, SECOND_PERSON);
}

const ATTRIBUTION = /\b(?:said|says|told|according to|stated|added|announced|confirmed|denied)\b/gi;

export function attributionRate(text: string): number {
  const words = text.split(/\s+/).filter(Boolean).length;
  if (words < 50) return 0;
  return ((text.match(ATTRIBUTION)?.length ?? 0) / words) * 1000;
}

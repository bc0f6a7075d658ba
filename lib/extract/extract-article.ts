import { Readability, isProbablyReaderable } from '@mozilla/readability';
import type { Article } from '../types';
import { collapseSpace } from '../text/normalize';
import { detectLanguage, isDenseScript } from '../nlp/language';
import { attributionRate, detectNewsArticle, firstPersonRate, hasDatedText, secondPersonRate, type NewsVerdict } from './detect-news';
import { readMetadata } from './metadata';

export interface Extraction {
  article: Article;
  verdict: NewsVerdict;
}

/**
 * Extracts the article of a page with Readability and the page's own metadata. The caller passes the Document
 * (a browser one, or linkedom's in a service worker and in Node); it is cloned because Readability mutates.
 */
export function extractArticle(doc: Document, url: string | null): Extraction {
  const metadata = readMetadata(doc);
  const parsedUrl = safeUrl(url);
  const tree = measureTree(doc);
  if (tree.depth > TREE_LIMITS.depth || tree.elements > TREE_LIMITS.elements || tree.work > TREE_LIMITS.work) {
    // Readability's time grows with elements times their depth: a hostile page could hold the background
    // for minutes. No news page comes near these limits.
    const reason = `too large or too deeply nested to be an article (${tree.elements} elements, ${tree.depth} deep)`;
    return { article: emptyArticle(metadata, url), verdict: { isArticle: false, score: 0, reasons: [reason] } };
  }
  const articleElements = doc.querySelectorAll('article').length;
  const linkDensity = measureLinkDensity(doc.body);
  let parsed: ReturnType<Readability<string>['parse']> = null;
  try {
    parsed = new Readability(doc.cloneNode(true) as Document).parse();
  } catch {
    parsed = null;
  }
  const body = doc.createElement('div');
  if (parsed?.content) body.innerHTML = parsed.content;
  const paragraphs = parsed?.content ? paragraphsOf(body, parsed.textContent ?? '') : [];
  const text = paragraphs.join('\n');
  const lang = metadata.lang ?? parsed?.lang?.slice(0, 2).toLowerCase() ?? detectLanguage(text);
  const measuredLang = detectLanguage(text) ?? lang;
  const readerable = safeReaderable(doc, isDenseScript(measuredLang));
  const verdict = detectNewsArticle({
    url: parsedUrl,
    metadata,
    textLength: text.length * (isDenseScript(measuredLang) ? 3 : 1),
    paragraphCount: paragraphs.length,
    meanParagraphLength: paragraphs.length ? text.length / paragraphs.length : 0,
    linkDensity,
    articleLinkDensity: measureLinkDensity(body),
    articleElements,
    readerable,
    attributionRate: measuredLang === 'en' ? attributionRate(text) : null,
    datedText: hasDatedText(text),
    firstPersonRate: measuredLang === 'en' ? firstPersonRate(text) : null,
    secondPersonRate: measuredLang === 'en' ? secondPersonRate(text) : null,
    codeShare: codeShareOf(body),
  });
  const article: Article = {
    title: collapseSpace(metadata.title ?? parsed?.title ?? '') || 'Untitled page',
    standfirst: metadata.description ?? parsed?.excerpt ?? null,
    byline: metadata.byline ?? (parsed?.byline ? collapseSpace(parsed.byline) : null),
    publisher: metadata.publisher ?? parsed?.siteName ?? parsedUrl?.hostname.replace(/^www\./, '') ?? null,
    publishedAt: metadata.publishedAt ?? (parsed?.publishedTime ? new Date(parsed.publishedTime).toISOString() : null),
    section: null,
    url: url,
    lang,
    paragraphs,
  };
  return { article, verdict };
}

/**
 * The largest page shapes Readability is given. Of Mozilla Readability's 130 test pages the largest reaches
 * depth 38, 9,888 elements and a summed depth of 120,183 (wikipedia-2): these limits are about twice that.
 */
export const TREE_LIMITS = { depth: 80, elements: 25_000, work: 250_000 };

/** Depth, element count and summed depth of the page's tree, walked without recursion (a deep page is the point). */
function measureTree(doc: Document): { depth: number; elements: number; work: number } {
  let depth = 0;
  let elements = 0;
  let work = 0;
  const stack: Array<[Element, number]> = doc.documentElement ? [[doc.documentElement, 1]] : [];
  while (stack.length) {
    const [el, d] = stack.pop()!;
    elements++;
    work += d;
    if (d > depth) depth = d;
    // Past the limits the answer is known: stop walking.
    if (d > TREE_LIMITS.depth || elements > TREE_LIMITS.elements || work > TREE_LIMITS.work) break;
    for (let c = el.firstElementChild; c; c = c.nextElementSibling) stack.push([c, d + 1]);
  }
  return { depth, elements, work };
}

function emptyArticle(metadata: ReturnType<typeof readMetadata>, url: string | null): Article {
  return { title: collapseSpace(metadata.title ?? '') || 'Untitled page', standfirst: null, byline: null, publisher: metadata.publisher, publishedAt: null, section: null, url, lang: metadata.lang, paragraphs: [] };
}

const BLOCKS = 'p, h1, h2, h3, h4, h5, h6, li, blockquote, pre, td, dd, dt, figcaption, div, section';

/**
 * Readability's cleaned HTML back to plain paragraphs, parsed with the caller's DOM implementation: the
 * innermost blocks, so text in a <div> without <p>s counts too. If that still misses most of what Readability
 * kept (odd markup), its plain text is split on line breaks instead.
 */
function paragraphsOf(holder: Element, plainText: string): string[] {
  const texts = Array.from(holder.querySelectorAll(BLOCKS))
    .filter((el) => !el.querySelector(BLOCKS))
    .map((el) => collapseSpace(el.textContent ?? ''))
    .filter((t) => t.length > 1);
  const kept = texts.reduce((n, t) => n + t.length, 0);
  const all = collapseSpace(plainText).length;
  if (all > 0 && kept < all * 0.6) {
    return plainText.split(/\n\s*\n|\n/).map(collapseSpace).filter((t) => t.length > 1);
  }
  return texts;
}

/** Share of the article's characters inside <pre> or <code> (outermost only, so nothing counts twice). */
function codeShareOf(body: Element): number {
  const total = (body.textContent ?? '').replace(/\s+/g, '').length;
  if (total === 0) return 0;
  let code = 0;
  for (const el of Array.from(body.querySelectorAll('pre, code'))) {
    if (!el.parentElement?.closest('pre, code')) code += (el.textContent ?? '').replace(/\s+/g, '').length;
  }
  return code / total;
}

/** Share of the text of a page (or of the article Readability kept) that sits inside links. */
function measureLinkDensity(body: Element | null): number {
  if (!body) return 0;
  const total = (body.textContent ?? '').replace(/\s+/g, '').length;
  if (total === 0) return 0;
  let linked = 0;
  for (const a of Array.from(body.querySelectorAll('a'))) linked += (a.textContent ?? '').replace(/\s+/g, '').length;
  return Math.min(1, linked / total);
}

/**
 * Readability's own test: enough paragraphs of 140 characters or more. Chinese or Japanese says in 50 characters
 * what English says in 140 (the verdict weighs dense scripts three to one too), and their paragraphs are short.
 */
function safeReaderable(doc: Document, denseScript: boolean): boolean {
  try {
    // linkedom has no layout; Readability's visibility check reads style and attributes only.
    return isProbablyReaderable(doc, { minContentLength: denseScript ? 50 : 140, minScore: 20 });
  } catch {
    return false;
  }
}

function safeUrl(url: string | null): URL | null {
  try {
    return url ? new URL(url) : null;
  } catch {
    return null;
  }
}

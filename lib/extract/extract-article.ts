import { Readability, isProbablyReaderable } from '@mozilla/readability';
import type { Article } from '../types';
import { collapseSpace } from '../text/normalize';
import { detectNewsArticle, type NewsVerdict } from './detect-news';
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
  const readerable = safeReaderable(doc);
  const articleElements = doc.querySelectorAll('article').length;
  const linkDensity = measureLinkDensity(doc);
  let parsed: ReturnType<Readability<string>['parse']> = null;
  try {
    parsed = new Readability(doc.cloneNode(true) as Document, { charThreshold: 300 }).parse();
  } catch {
    parsed = null;
  }
  const paragraphs = parsed?.content ? paragraphsOf(doc, parsed.content) : [];
  const textLength = paragraphs.reduce((n, p) => n + p.length, 0);
  const verdict = detectNewsArticle({
    url: parsedUrl,
    metadata,
    textLength,
    paragraphCount: paragraphs.length,
    linkDensity,
    articleElements,
    readerable,
  });
  const article: Article = {
    title: collapseSpace(metadata.title ?? parsed?.title ?? '') || 'Untitled page',
    standfirst: metadata.description ?? parsed?.excerpt ?? null,
    byline: metadata.byline ?? (parsed?.byline ? collapseSpace(parsed.byline) : null),
    publisher: metadata.publisher ?? parsed?.siteName ?? parsedUrl?.hostname.replace(/^www\./, '') ?? null,
    publishedAt: metadata.publishedAt ?? (parsed?.publishedTime ? new Date(parsed.publishedTime).toISOString() : null),
    section: null,
    url: url,
    lang: metadata.lang ?? parsed?.lang?.slice(0, 2) ?? null,
    paragraphs,
  };
  return { article, verdict };
}

/** Readability's cleaned HTML back to plain paragraphs, parsed with the caller's DOM implementation. */
function paragraphsOf(doc: Document, html: string): string[] {
  const holder = doc.createElement('div');
  holder.innerHTML = html;
  const blocks = Array.from(holder.querySelectorAll('p, h2, h3, h4, li, blockquote, pre'));
  const texts = (blocks.length ? blocks : [holder])
    // Skip containers whose text is already counted through a nested block.
    .filter((el) => !el.querySelector('p, li, blockquote'))
    .map((el) => collapseSpace(el.textContent ?? ''))
    .filter((t) => t.length > 1);
  return texts;
}

function measureLinkDensity(doc: Document): number {
  const body = doc.body;
  if (!body) return 0;
  const total = (body.textContent ?? '').replace(/\s+/g, '').length;
  if (total === 0) return 0;
  let linked = 0;
  for (const a of Array.from(body.querySelectorAll('a'))) linked += (a.textContent ?? '').replace(/\s+/g, '').length;
  return Math.min(1, linked / total);
}

function safeReaderable(doc: Document): boolean {
  try {
    // linkedom has no layout; Readability's visibility check reads style and attributes only.
    return isProbablyReaderable(doc, { minContentLength: 140, minScore: 20 });
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

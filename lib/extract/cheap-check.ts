import { isBlogOrWiki } from './blog-or-wiki';
import { NEWS_TYPE_NAMES } from './news-types';
import { JSON_LD } from './json-ld';

const NEWS_JSON_LD = new RegExp(`"@type"\\s*:\\s*\\[?\\s*"(?:${NEWS_TYPE_NAMES.join('|')})"`);
const ANY_ARTICLE_JSON_LD = /"@type"\s*:\s*"?[^"]*Article/;

/**
 * The content script's first look at a page (`address`: its URL): no parsing, no layout reads, about 1 ms of a
 * cold page's main thread (measured in Chromium; most of it is the DOM queries' first use). It only decides
 * whether the page is worth a glance (page-glance.ts), and then perhaps the full analysis; the real verdict
 * (news article or not) is `detectNewsArticle` in an extension context. Pages that cannot be news are turned
 * down here: home pages, blogs and wikis by their address (unless their JSON-LD says news), as the full
 * detection would, and pages with neither news metadata nor a date, author or article container. On
 * Readability's 130 test pages this keeps all 47 news articles and passes 23 of the 83 others.
 *
 * A regular expression runs only on JSON-LD that names the types it looks for: a page's first one costs a
 * cold page about 0.6 ms (see blog-or-wiki.ts), and most pages' JSON-LD names none.
 */
export function mightBeArticle(doc: Document, address: string): boolean {
  if (isHomePage(address)) return false;
  const jsonLd = Array.from(doc.querySelectorAll(JSON_LD), (s) => s.textContent ?? '');
  const saysNews = jsonLd.some((text) => NEWS_TYPE_NAMES.some((name) => text.includes(name)) && NEWS_JSON_LD.test(text));
  if (!saysNews) {
    const canonical = doc.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? '';
    const siteName = doc.querySelector('meta[property="og:site_name"]')?.getAttribute('content') ?? '';
    if (isBlogOrWiki(`${canonical} ${address} ${siteName}`)) return false;
  }
  if (saysNews || jsonLd.some((text) => text.includes('Article') && ANY_ARTICLE_JSON_LD.test(text))) return true;
  if (doc.querySelector('meta[property="og:type"][content="article" i], meta[property="article:published_time"]')) return true;
  // Without those hints: an article's shape (an <article>, or several paragraphs of prose), and a mark that
  // news pages carry and test pages, docs and forms rarely do: a date, an author, an article container.
  const shaped = doc.querySelector('article') !== null || doc.getElementsByTagName('p').length >= 5;
  return shaped && doc.querySelector(NEWS_MARKS) !== null;
}

const NEWS_MARKS = [
  'time', '[itemprop="datePublished"]', '[itemprop="author"]', '[rel="author"]', 'meta[name="author" i]', 'meta[name="date" i]',
  'meta[name="pubdate" i]', '[class*="byline" i]', '[class*="author" i]', '[class*="date" i]', '[id*="article" i]',
].join(',');

/**
 * Whether the address is a site's home page (its path is "/" or empty), read from the string: the content
 * script passes `document.URL`, since its first use of `location` would cost every page a little more.
 */
export function isHomePage(address: string): boolean {
  const scheme = address.indexOf('://');
  let at = scheme === -1 ? 0 : scheme + 3;
  while (at < address.length && !'/?#'.includes(address[at]!)) at++;
  if (address[at] !== '/') return true;
  const next = address[at + 1];
  return next === undefined || next === '?' || next === '#';
}

/**
 * The content script's first look at a page: microseconds, no parsing, no layout reads.
 * It only decides whether the page is worth sending to the background for the full analysis;
 * the real verdict (news article or not) is `detectNewsArticle` in an extension context.
 */
export function mightBeArticle(doc: Document, url: URL): boolean {
  if (url.pathname === '/' || url.pathname === '') return false;
  if (doc.querySelector('meta[property="og:type"][content="article" i], meta[property="article:published_time"]')) return true;
  for (const s of Array.from(doc.querySelectorAll('script[type="application/ld+json"]'))) {
    if (/"@type"\s*:\s*"?[^"]*Article/.test(s.textContent ?? '')) return true;
  }
  if (doc.querySelector('article')) return true;
  // Fallback for pages without markup hints: several paragraphs of prose.
  return doc.getElementsByTagName('p').length >= 5;
}

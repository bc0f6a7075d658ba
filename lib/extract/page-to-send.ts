import { articleRegion } from './article-region';
import { leanHtml, leanOuterHtml, tagsOf } from './lean-html';

/**
 * What the content script sends of a page for the full analysis: its head (title, meta tags, JSON-LD), the
 * JSON-LD and first date of its body, and its article region (article-region.ts), each without large scripts
 * and styles. A page without a region of prose is sent whole (leanHtml).
 */
export function pageToSend(doc: Document): string {
  const root = doc.documentElement;
  const body = doc.body;
  const region = articleRegion(doc);
  if (!root || !body || !region) return leanHtml(doc);
  const [rootOpen, rootEnd] = tagsOf(root);
  const [bodyOpen, bodyEnd] = tagsOf(body);
  const outside = (e: Element) => !region.contains(e);
  const jsonLd = Array.from(body.querySelectorAll('script[type="application/ld+json"]')).filter(outside);
  const date = body.querySelector('time[datetime]');
  const kept = [...jsonLd, ...(date && outside(date) ? [date] : [])].map((e) => e.outerHTML).join('');
  return `<!DOCTYPE html>${rootOpen}${doc.head ? leanOuterHtml(doc.head) : ''}${bodyOpen}${kept}${leanOuterHtml(region)}${bodyEnd}${rootEnd}`;
}

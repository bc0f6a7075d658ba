import { articleRegion } from './article-region';
import { leanHtml, leanOuterHtml, tagsOf } from './lean-html';
import { JSON_LD } from './json-ld';

/** Where Readability looks for a byline: rel or itemprop "author", or a class or id naming one. */
const BYLINE = '[rel="author"],[itemprop*="author"],[class*="byline" i],[id*="byline" i],[class*="author" i],[id*="author" i],[class*="dateline" i],[class*="writtenby" i]';

/**
 * What the content script sends of a page for the full analysis: its head (title, meta tags, JSON-LD), the
 * JSON-LD, first date, first headline and first byline of its body, and its article region
 * (article-region.ts) in its ancestors' tags, each without large scripts and styles. A page without a region
 * of prose is sent whole (leanHtml).
 */
export function pageToSend(doc: Document): string {
  const root = doc.documentElement;
  const body = doc.body;
  const region = articleRegion(doc);
  if (!root || !body || !region) return leanHtml(doc);
  const [rootOpen, rootEnd] = tagsOf(root);
  const [bodyOpen, bodyEnd] = tagsOf(body);
  const outside = (e: Element) => !region.contains(e);
  const jsonLd = Array.from(body.querySelectorAll(JSON_LD)).filter(outside);
  const date = body.querySelector('time[datetime]');
  // The headline and the byline often sit above the region: Readability reads the title's parts against the
  // page's h1, and takes the first byline-like element it meets (short text), so the first of each goes along.
  const headline = body.querySelector('h1');
  const byline = body.querySelector(BYLINE);
  const short = (e: Element) => (e.textContent ?? '').trim().length < 100;
  const around = [date, headline, byline && short(byline) ? byline : null].filter((e): e is Element => e !== null && outside(e));
  const kept = [...jsonLd, ...new Set(around)].map((e) => e.outerHTML).join('');
  return `<!DOCTYPE html>${rootOpen}${doc.head ? leanOuterHtml(doc.head) : ''}${bodyOpen}${kept}${inItsPlace(region, body)}${bodyEnd}${rootEnd}`;
}

/**
 * The region inside its ancestors' own tags, without their other children: Readability weighs a box by its
 * ancestors' classes and climbs them to find the article, so it reads the region as it would in the page
 * (on yahoo-2, sent bare, it dropped a slideshow's captions: word F1 0.83 against 1.00 in its place).
 */
function inItsPlace(region: Element, body: Element): string {
  let html = leanOuterHtml(region);
  for (let up = region.parentElement; up && up !== body; up = up.parentElement) {
    const [open, end] = tagsOf(up);
    html = open + html + end;
  }
  return html;
}

/**
 * Where a page keeps its article, found as Readability starts: each paragraph of prose scores its parent
 * (and half that its grandparent) by its length and commas, so the box whose own paragraphs carry the story
 * comes first, not a rail or a comment thread that holds more prose spread over many small boxes. No layout
 * reads; one pass over the page's paragraphs. The content script sends this region and the page's metadata
 * instead of the whole page (page-to-send.ts): on a news page the rest (menus, teasers, footers) is most of
 * the HTML, and every byte sent is serialised and copied on the page's own main thread.
 */

/** Paragraphs shorter than this are teasers, captions, bylines and buttons, not the article's prose. */
const PROSE = 80;
/**
 * A paragraph is part of the story when its box scores at least this share of the best box. Readability keeps
 * siblings of the best box from a fifth; a tenth errs on the side of sending more: at a fifth, on two of
 * Readability's test pages a comment thread scored best and the post itself fell below the bar. (These
 * figures were chosen on those 130 pages, which `npm run eval` also measures; see the README.)
 */
const STORY_SHARE = 0.1;
/** Share of the story's paragraphs (by length) the region must hold: an article split into boxes is sent whole. */
const MOST = 0.9;
/** Below this much prose there is no article to find: the whole page is sent. */
const ENOUGH_PROSE = 500;
/**
 * A box elsewhere in the page scoring this share of the best is a rival story: which of the two the
 * background's Readability takes is not ours to guess, so the page goes whole. (Readability's own bar for
 * the alternative candidates it weighs against its best one.)
 */
const RIVAL = 0.75;

export function articleRegion(doc: Document): Element | null {
  const body = doc.body;
  if (!body) return null;
  const score = new Map<Element, number>();
  const prose: Array<[Element, number]> = [];
  const paragraphs = body.getElementsByTagName('p');
  for (let i = 0; i < paragraphs.length; i++) {
    const p = paragraphs[i]!;
    const text = (p.textContent ?? '').trim();
    const parent = p.parentElement;
    if (text.length < PROSE || !parent) continue;
    prose.push([p, text.length]);
    // Readability's own weights: a point, one per comma, one per hundred characters up to three.
    const points = 1 + (text.split(',').length - 1) + Math.min(Math.floor(text.length / 100), 3);
    score.set(parent, (score.get(parent) ?? 0) + points);
    const grandparent = parent.parentElement;
    if (grandparent) score.set(grandparent, (score.get(grandparent) ?? 0) + points / 2);
  }
  let best: Element | null = null;
  for (const [element, points] of score) if (!best || points > score.get(best)!) best = element;
  const top = best && topContainer(best, body);
  if (!best || !top) return null;
  const bestPoints = score.get(best)!;
  for (const [element, points] of score) if (points >= bestPoints * RIVAL && !top.contains(element) && !element.contains(top)) return null;
  // The story is counted within the page's top-level box that holds the best one: Readability takes its
  // article from one such box, so a cookie notice, a footer or another app's teasers elsewhere in the body
  // must not make the page go whole.
  const floor = bestPoints * STORY_SHARE;
  const story = prose.filter(([p]) => score.get(p.parentElement!)! >= floor && top.contains(p));
  const total = story.reduce((sum, [, length]) => sum + length, 0);
  if (total < ENOUGH_PROSE) return null;
  // One level up takes in what sits beside the text (headline, byline, date, standfirst), and further up until
  // the region holds the story's other boxes (an article split around an ad or a gallery). One level more
  // would take in what Readability may add from around that box (captions, credits: word F1 0.9936 instead
  // of 0.9843 on its 130 test pages), but it cost light news pages 1 to 3 ms of CPU more in Chromium.
  for (let region = best.parentElement; region && region !== body; region = region.parentElement) {
    let held = 0;
    for (const [p, length] of story) if (region.contains(p)) held += length;
    if (held >= total * MOST) return region;
  }
  return null;
}

/** The child of the body that holds `element`; null for the body itself or an element outside it. */
function topContainer(element: Element, body: Element): Element | null {
  let top = element;
  while (top.parentElement && top.parentElement !== body) top = top.parentElement;
  return top.parentElement === body ? top : null;
}

/**
 * What each step of a content script's first look costs a cold page: `npx tsx scripts/bench/first-look-steps.ts`
 * loads a probe extension whose content script does, one by one, what Crosscheck's does on every page (reach
 * the extension API, register its listener, read the address, watch for address changes, query the page for
 * JSON-LD, canonical address, site name, news metadata, an article, paragraphs and news marks, and run
 * a regular expression), timing each with `performance.now()`. It loads Readability's 83 pages that are not
 * news, each on a site of its own (a new renderer, as page-cost.ts does), and prints each step's median.
 *
 * `performance.now()` is coarsened to 0.1 ms in pages that are not cross-origin isolated, so a step's median
 * over many pages is the figure to read, not any single time. The first use of anything in a new world pays
 * for making its objects: that is what this shows (2026-12-07, 82 pages: the first non-trivial regular
 * expression 0.6 ms, about as much as all the DOM queries together; `chrome.runtime`, which the floor pays
 * too, 1.6 ms).
 */
import { FLOOR_SCRIPT, readPages } from './page-cost';
import { runStepProbe } from './step-probe';

/** The probe's content script: each step as Crosscheck's first look takes it, in that order. */
const BODY = `  const api = chrome.runtime; step('chrome.runtime');
  api.onMessage.addListener(() => undefined); step('message listener');
  const address = document.URL; step('document.URL');
  const path = location.pathname; step('location');
  navigation.addEventListener('currententrychange', () => undefined); step('navigation watch');
  const jsonLd = Array.from(document.querySelectorAll('script[type="application/ld+json"]'), (s) => s.textContent ?? ''); step('JSON-LD query');
  const canonical = document.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? ''; step('canonical query');
  const siteName = document.querySelector('meta[property="og:site_name"]')?.getAttribute('content') ?? ''; step('site name query');
  const text = (canonical + ' ' + address + ' ' + siteName).toLowerCase(); step('string search');
  const blog = text.includes('medium.com') || text.includes('/wiki/'); step('includes');
  const og = document.querySelector('meta[property="og:type"][content="article" i], meta[property="article:published_time"]'); step('news metadata query');
  const article = document.querySelector('article'); step('article query');
  const paragraphs = document.getElementsByTagName('p').length; step('paragraph count');
  const marks = document.querySelector('time,[itemprop="author"],[class*="byline" i],[class*="date" i],[id*="article" i]'); step('news marks query');
  const first = /\\bblog(?:s|spot|ger)?\\b|[./]blog\\.|googleblog|\\bwiki[a.]/i.test(text); step('first regular expression');
  const second = /"@type"\\s*:\\s*"?[^"]*Article/.test(text); step('second regular expression');
  const key = crypto.randomUUID(); step('crypto.randomUUID');
  report();
`;

await runStepProbe({
  name: 'first-look',
  body: BODY,
  background: FLOOR_SCRIPT,
  // Every page that is not news but the first, which warms the browser up.
  folders: readPages().filter((p) => !p.news).slice(1).map((p) => p.folder),
});

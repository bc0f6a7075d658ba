/**
 * What each step of a glance costs a cold page: `npx tsx scripts/bench/glance-steps.ts` loads a probe extension
 * whose content script does what Crosscheck's does on a page its first look lets through (the first look's
 * queries, the glance's reading of the opening, then reaching the extension API and sending the glance to a
 * background that answers "not read" 30 ms later), timing each step with `performance.now()`. It loads the
 * 23 pages of Readability's that are not news but that the first look lets through, each on a site of its
 * own (a new renderer, as page-cost.ts does), GLANCE_PASSES times (2), and prints each step's median, p95
 * and mean.
 *
 * `performance.now()` is coarsened to 0.1 ms in pages that are not cross-origin isolated, so the medians over
 * many loads are the figures to read. On 2026-12-07, on a machine 2 to 3 times slower than the page bench's
 * usual one, two runs: `chrome.runtime` 1.4 and 1.6 ms median (means 3.1 and 2.9), `sendMessage` 0.4 (means
 * 1.2 and 0.9), every DOM step 0.3 or less. Reaching the extension API is half of what such a page costs, and
 * a page must reach it to send its glance.
 */
import { runStepProbe } from './step-probe';

/** The pages that are not news whose glance goes to the background (2026-12-07's first look). */
const GLANCE_PAGES = [
  '001', 'article-author-tag', 'toc-missing', 'ehow-2', 'archive-of-our-own', 'nytimes-5', 'royal-road', 'ehow-1',
  'spiceworks', 'medium-3', 'wikipedia-4', '004-metadata-space-separated-properties', 'wikia', 'mozilla-2',
  'metadata-content-missing', 'lazy-image-1', 'ebb-org', 'google-sre-book-1', 'lifehacker-post-comment-load',
  'lifehacker-working', 'iab-1', '003-metadata-preferred', 'mozilla-1',
];

/** The probe's content script: the first look's queries, the glance, then the extension API, step by step. */
const BODY = `  const address = document.URL; step('document.URL');
  const jsonLd = Array.from(document.querySelectorAll('script[type="application/ld+json"]'), (s) => s.textContent ?? ''); step('JSON-LD query');
  const canonical = document.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? ''; step('canonical query');
  const og = document.querySelector('meta[property="og:type"][content="article" i], meta[property="article:published_time"]'); step('news metadata query');
  const article = document.querySelector('article'); step('article query');
  const paragraphs = document.getElementsByTagName('p').length; step('paragraph count');
  const marks = document.querySelector('time,[itemprop="author"],[class*="byline" i],[class*="date" i],[id*="article" i]'); step('news marks query');
  globalThis.navigation?.addEventListener('currententrychange', () => undefined); step('navigation watch');
  const container = document.querySelector('[itemprop="articleBody"], article, main, [role="main"]') ?? document.body; step('glance container');
  const opening = []; let left = 1500; const all = container.getElementsByTagName('p');
  for (let i = 0; i < all.length && left > 0; i++) { const t = (all[i].textContent ?? '').trim(); if (t.length < 40) continue; opening.push(t.slice(0, left)); left -= t.length; }
  step('glance paragraphs');
  const description = document.querySelector('meta[name="description" i], meta[property="og:description"]')?.getAttribute('content')?.trim() || null; step('glance description');
  const glance = { title: document.title.trim(), description, lang: document.documentElement.getAttribute('lang'), paragraphs: opening }; step('glance title, lang');
  const api = chrome.runtime; step('chrome.runtime');
  const id = api.id; step('runtime.id');
  const sent = api.sendMessage({ type: 'page:glance', glance, url: address }); step('sendMessage');
  sent.then((reply) => {
    const t = now();
    const read = reply?.read === true;
    times.push(['reply handled', now() - t]);
    report();
  });
`;

await runStepProbe({
  name: 'glance-steps',
  body: BODY,
  // Answers as the background does for a glance it does not read, after about as long.
  background: 'chrome.runtime.onMessage.addListener((m, s, reply) => { setTimeout(() => reply({ read: false }), 30); return true; });\n',
  folders: GLANCE_PAGES,
  passes: Number(process.env.GLANCE_PASSES ?? 2),
});

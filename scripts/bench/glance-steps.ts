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
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { launchWithExtension } from '../chromium';
import { scratchFolder } from '../scratch-folder';
import { OFFLINE, pageUrl, readPages, servePages, warmUp } from './page-cost';
import { percentile, round } from './stats';

/** The pages that are not news whose glance goes to the background (2026-12-07's first look). */
export const GLANCE_PAGES = [
  '001', 'article-author-tag', 'toc-missing', 'ehow-2', 'archive-of-our-own', 'nytimes-5', 'royal-road', 'ehow-1',
  'spiceworks', 'medium-3', 'wikipedia-4', '004-metadata-space-separated-properties', 'wikia', 'mozilla-2',
  'metadata-content-missing', 'lazy-image-1', 'ebb-org', 'google-sre-book-1', 'lifehacker-post-comment-load',
  'lifehacker-working', 'iab-1', '003-metadata-preferred', 'mozilla-1',
];

/** The probe's content script: the first look's queries, the glance, then the extension API, step by step. */
const PROBE = `(() => {
  const now = performance.now.bind(performance);
  const times = [];
  let last = now();
  const step = (name) => { const t = now(); times.push([name, t - last]); last = now(); };
  const address = document.URL; step('document.URL');
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
    console.log('GLANCE-STEPS ' + JSON.stringify(times));
  });
})();
`;

function probeExtension(): string {
  const dir = scratchFolder('glance-steps');
  const manifest = {
    manifest_version: 3, name: 'Glance probe', version: '1', background: { service_worker: 'background.js' },
    content_scripts: [{ matches: ['http://*/*'], run_at: 'document_end', js: ['content.js'] }],
  };
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify(manifest));
  // Answers as the background does for a glance it does not read, after about as long.
  writeFileSync(join(dir, 'background.js'), 'chrome.runtime.onMessage.addListener((m, s, reply) => { setTimeout(() => reply({ read: false }), 30); return true; });\n');
  writeFileSync(join(dir, 'content.js'), PROBE);
  return dir;
}

const server = await servePages();
const port = (server.address() as { port: number }).port;
const extension = await launchWithExtension({ extensionDir: probeExtension(), args: [OFFLINE] });
const loads: Array<Array<[string, number]>> = [];
try {
  const page = await extension.context.newPage();
  page.on('console', (message) => {
    if (message.text().startsWith('GLANCE-STEPS ')) loads.push(JSON.parse(message.text().slice('GLANCE-STEPS '.length)) as Array<[string, number]>);
  });
  await warmUp(page, pageUrl(port, readPages()[0]!.folder));
  loads.length = 0;
  for (let pass = 0; pass < Number(process.env.GLANCE_PASSES ?? 2); pass++) {
    for (const folder of GLANCE_PAGES) {
      await page.goto(pageUrl(port, folder), { waitUntil: 'domcontentloaded' }).catch(() => undefined);
      await page.waitForTimeout(400);
    }
  }
} finally {
  await extension.close();
  server.close();
}
console.log(`${loads.length} cold loads; each step's median, p95 and mean, ms (0.1 ms resolution):`);
for (const [i, [name]] of (loads[0] ?? []).entries()) {
  const times = loads.map((load) => load[i]![1]);
  const mean = times.reduce((a, b) => a + b, 0) / times.length;
  console.log(`  ${name.padEnd(22)} ${round(percentile(times, 50)).toFixed(2)}  ${round(percentile(times, 95)).toFixed(2)}  ${round(mean).toFixed(2)}`);
}

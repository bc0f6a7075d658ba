/**
 * What Crosscheck costs the pages it runs on (issue #6), in Debian's Chromium: Mozilla Readability's 130 real
 * test pages, served from localhost, each loaded without the extension and then with it (holding a
 * 10,000-article archive). Per page: the main-thread time spent in the extension's scripts (from a DevTools
 * trace), the page's whole main-thread busy time with and without it, the layout shift with and without it,
 * and on article pages related to the archive the time from DOMContentLoaded to the sidebar showing its answer.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { toArchiveFile } from '../../lib/archive/archive-file';
import { prepareArticle } from '../../lib/archive/prepare';
import { SIDEBAR_COMPLETE_MARK, SIDEBAR_SHOWN_MARK } from '../../lib/extension/marks';
import { extractArticle } from '../../lib/extract/extract-article';
import { parseHtmlDocument } from '../../lib/extract/parse-html';
import { defaultAliases } from '../../lib/nlp/default-aliases';
import type { ArchivedArticle } from '../../lib/types';
import { importStatus } from '../archive-manager';
import { CHROMIUM, CHROMIUM_ARGS, EXTENSION_DIR, launchWithExtension } from '../chromium';
import { corpus, NEWS_CATEGORY, readabilityPages } from '../eval/corpora';
import { articlePool, generateArchive } from './generate-archive';
import { percentile, round } from './stats';
import { extensionMainThreadTime, mainThreadBusyMs, type TimeParts, type ThreadTime, type TraceEvent } from './trace-attribution';
import { scratchFolder } from '../scratch-folder';

export interface PageCost {
  contentScriptGzipBytes: number;
  /** Wall time on the page's main thread: what the page waited for, the system's other work on its core included. */
  articleMainThreadMsP50: number;
  articleMainThreadMsP95: number;
  otherMainThreadMsP50: number;
  otherMainThreadMsP95: number;
  /**
   * The same spans in thread (CPU) time: what the main thread itself ran for us. On 2 cores the wall time also
   * holds the moments the system gave the page's core to another process (the page's own network and GPU
   * work, and our background analysing the page): the floor's tiny script waits up to 7 ms that way.
   */
  mainThreadCpuMs: { articleP50: number; articleP95: number; otherP50: number; otherP95: number };
  /** The news articles' CPU time by part (see TimeParts), p50 and p95 of each part on its own. */
  articleCpuPartsMs: Record<keyof TimeParts, { p50: number; p95: number }>;
  /** The same for their wall time: what each part kept the page waiting, the moments its core went elsewhere included. */
  articleWallPartsMs: Record<keyof TimeParts, { p50: number; p95: number }>;
  /** Time from DOMContentLoaded to the sidebar's first answer on screen, on the article pages it opened on. */
  sidebarReadyMsP50: number | null;
  sidebarReadyMsP95: number | null;
  sidebarShownOn: number;
  /**
   * The same to the whole page's analysis on screen. The sidebar opened at the glance first shows the analysis
   * of the page's opening (related reporting, and the conflicts of the opening's statements).
   */
  sidebarCompleteMsP50: number | null;
  sidebarCompleteMsP95: number | null;
  /** Largest layout shift in a page after the extension put its sidebar (or toggle) in (see watchLayoutShifts). */
  layoutShiftMax: number;
  pages: number;
  archiveSize: number;
  /**
   * The floor, in the same run and conditions: main-thread time of an extension whose content script only
   * registers a message listener (p50 / p95, news articles and the other pages), wall and CPU time.
   */
  floorMainThreadMs: { articleP50: number; articleP95: number; otherP50: number; otherP95: number };
  floorMainThreadCpuMs: { articleP50: number; articleP95: number; otherP50: number; otherP95: number };
  /**
   * The page's main thread, busy time p50 without and with the extension, over the same window (WATCH_MS from
   * DOMContentLoaded).
   */
  pageMainThreadMsP50: { without: number; with: number };
  perPage: PageRow[];
}

interface PageRow {
  folder: string;
  news: boolean;
  extensionMs: number;
  extensionCpuMs: number;
  /** That CPU time split by what ran: evaluating the script, its later callbacks, putting the sidebar in. */
  extensionCpuParts: TimeParts;
  extensionWallParts: TimeParts;
  /** The same for the floor extension (see floorExtension). */
  floorMs: number;
  floorCpuMs: number;
  busyWithoutMs: number;
  busyWithMs: number;
  /** The page's own layout shift without the extension, for scale. */
  shiftWithout: number;
  /** With the extension, from the moment it put its sidebar or toggle in. */
  shiftWith: number;
  sidebarReadyMs: number | null;
  sidebarCompleteMs: number | null;
}

// Every host but this machine fails at once, as if offline: the saved pages' third-party scripts and images
// must not hang the loads (and there is no network here anyway).
export const OFFLINE = '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1, EXCLUDE *.localhost';
/** The content script's file in the built extension (wxt.config.ts lists it in the manifest). */
export const CONTENT_SCRIPT_FILE = 'crosscheck.js';
/** The floor's content script and background (see floorExtension): a message listener and nothing else. */
export const FLOOR_SCRIPT = 'chrome.runtime.onMessage.addListener(() => undefined);\n';
// 'v8' holds the main thread's part of compiling a module the content script imports (v8.streamingCompile.*:
// the finalising of the background thread's parse), which names the module's address.
const TRACE_CATEGORIES = ['toplevel', 'devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8.execute', 'v8', 'blink.user_timing'];
/**
 * Without 'v8', as the bench traced before 2026-12-03: its events weigh on every process traced, the
 * extension's among them, so figures taken with it do not compare with those runs (the module's compile is
 * then not seen).
 */
export const TRACE_CATEGORIES_WITHOUT_V8 = TRACE_CATEGORIES.filter((c) => c !== 'v8');
/** The User Timing mark the bench sets, in the page, when the extension's first element enters it. */
export const INSERTED_MARK = 'bench:crosscheck-inserted';
/** How long after DOMContentLoaded each page is watched, with the extension and without it alike. */
const WATCH_MS = 2500;

/** `pages`: only the first this many of the 130 (a quick check of the bench itself; figures need all). */
export async function measurePageCost(options: { archiveSize?: number; pages?: number; traceV8?: boolean; log?: (s: string) => void } = {}): Promise<PageCost> {
  const log = options.log ?? (() => undefined);
  const categories = options.traceV8 === false ? TRACE_CATEGORIES_WITHOUT_V8 : TRACE_CATEGORIES;
  const archiveSize = options.archiveSize ?? 10_000;
  const pages = readPages().slice(0, options.pages);
  const server = await servePages();
  const port = (server.address() as { port: number }).port;
  const urlOf = (folder: string) => pageUrl(port, folder);
  try {
    log(`page cost: ${pages.length} pages without the extension…`);
    const without = new Map<string, { busy: number; shift: number }>();
    {
      const browser = await chromium.launch({ executablePath: CHROMIUM, args: [...CHROMIUM_ARGS, OFFLINE] });
      const context = await browser.newContext({ viewport: { width: 1280, height: 860 } });
      await watchLayoutShifts(context, false);
      const page = await context.newPage();
      await warmUp(page, urlOf(pages[0]!.folder));
      for (const { folder } of pages) {
        const { events } = await tracedLoad(page, urlOf(folder), (dcl) => untilWatched(page, dcl), categories);
        without.set(folder, { busy: mainThreadBusyMs(events, urlOf(folder)), shift: await layoutShift(page) });
      }
      await browser.close();
    }

    log('page cost: the same pages with the floor extension…');
    const floor = new Map<string, ThreadTime>();
    {
      const extension = await launchWithExtension({ extensionDir: floorExtension(), args: [OFFLINE] });
      const page = await extension.context.newPage();
      await warmUp(page, urlOf(pages[0]!.folder));
      for (const { folder } of pages) {
        const { events } = await tracedLoad(page, urlOf(folder), (dcl) => untilWatched(page, dcl, 1000), categories);
        floor.set(folder, extensionMainThreadTime(events, extension.extensionUrl('/'), urlOf(folder)));
      }
      await extension.close();
    }

    log(`page cost: importing a ${archiveSize.toLocaleString('en')}-article archive into the extension…`);
    const archiveFile = writeArchive(pages.filter((p) => p.news).map((p) => p.folder), archiveSize);
    const extension = await launchWithExtension({ args: [OFFLINE] });
    const rows: PageRow[] = [];
    try {
      await importArchive(extension.context, extension.extensionUrl('/options.html'), archiveFile, archiveSize);
      const extensionOrigin = extension.extensionUrl('/');
      await watchLayoutShifts(extension.context, true);
      const page = await extension.context.newPage();
      // The background is awake and its indexes loaded; each page still starts its content script cold.
      await warmUp(page, urlOf(pages[0]!.folder));
      log('page cost: the same pages with the extension…');
      for (const { folder, news } of pages) {
        let sidebarReadyMs: number | null = null;
        let sidebarCompleteMs: number | null = null;
        const { events } = await tracedLoad(page, urlOf(folder), async (dcl) => {
          sidebarReadyMs = await sidebarShownAfter(page, dcl);
          sidebarCompleteMs = sidebarReadyMs === null ? null : await sidebarShownAfter(page, dcl, SIDEBAR_COMPLETE_MARK);
          // The same window as without the extension, so that the busy times compare.
          await untilWatched(page, dcl);
        }, categories);
        const spent = extensionMainThreadTime(events, extensionOrigin, urlOf(folder), INSERTED_MARK);
        const floorSpent = floor.get(folder) ?? { wallMs: 0, cpuMs: 0 };
        rows.push({
          folder,
          news,
          extensionMs: round(spent.wallMs),
          extensionCpuMs: round(spent.cpuMs),
          extensionCpuParts: roundParts(spent.cpuParts),
          extensionWallParts: roundParts(spent.wallParts),
          floorMs: round(floorSpent.wallMs),
          floorCpuMs: round(floorSpent.cpuMs),
          busyWithoutMs: round(without.get(folder)!.busy),
          busyWithMs: round(mainThreadBusyMs(events, urlOf(folder))),
          shiftWithout: without.get(folder)!.shift,
          shiftWith: await layoutShift(page),
          sidebarReadyMs,
          sidebarCompleteMs,
        });
      }
    } finally {
      await extension.close();
    }

    const quartet = (pick: (r: PageRow) => number) => {
      const of = (news: boolean) => rows.filter((r) => r.news === news).map(pick);
      return { articleP50: percentile(of(true), 50), articleP95: percentile(of(true), 95), otherP50: percentile(of(false), 50), otherP95: percentile(of(false), 95) };
    };
    const wall = quartet((r) => r.extensionMs);
    const ready = rows.flatMap((r) => (r.sidebarReadyMs === null ? [] : [r.sidebarReadyMs]));
    const complete = rows.flatMap((r) => (r.sidebarCompleteMs === null ? [] : [r.sidebarCompleteMs]));
    return {
      contentScriptGzipBytes: gzipSync(readFileSync(join(EXTENSION_DIR, CONTENT_SCRIPT_FILE))).length,
      articleMainThreadMsP50: wall.articleP50,
      articleMainThreadMsP95: wall.articleP95,
      otherMainThreadMsP50: wall.otherP50,
      otherMainThreadMsP95: wall.otherP95,
      mainThreadCpuMs: quartet((r) => r.extensionCpuMs),
      articleCpuPartsMs: byPart(rows.filter((r) => r.news).map((r) => r.extensionCpuParts)),
      articleWallPartsMs: byPart(rows.filter((r) => r.news).map((r) => r.extensionWallParts)),
      floorMainThreadMs: quartet((r) => r.floorMs),
      floorMainThreadCpuMs: quartet((r) => r.floorCpuMs),
      sidebarReadyMsP50: ready.length ? percentile(ready, 50) : null,
      sidebarReadyMsP95: ready.length ? percentile(ready, 95) : null,
      sidebarShownOn: ready.length,
      sidebarCompleteMsP50: complete.length ? percentile(complete, 50) : null,
      sidebarCompleteMsP95: complete.length ? percentile(complete, 95) : null,
      layoutShiftMax: Math.max(0, ...rows.map((r) => round(r.shiftWith, 4))),
      pages: rows.length,
      archiveSize,
      pageMainThreadMsP50: { without: percentile(rows.map((r) => r.busyWithoutMs), 50), with: percentile(rows.map((r) => r.busyWithMs), 50) },
      perPage: rows,
    };
  } finally {
    server.close();
  }
}

function roundParts(parts: TimeParts): TimeParts {
  return { evaluateMs: round(parts.evaluateMs), callbacksMs: round(parts.callbacksMs), insertionMs: round(parts.insertionMs) };
}

/** p50 and p95 of each part of the CPU time, over the given pages. */
function byPart(parts: TimeParts[]): Record<keyof TimeParts, { p50: number; p95: number }> {
  const of = (key: keyof TimeParts) => ({ p50: percentile(parts.map((p) => p[key]), 50), p95: percentile(parts.map((p) => p[key]), 95) });
  return { evaluateMs: of('evaluateMs'), callbacksMs: of('callbacksMs'), insertionMs: of('insertionMs') };
}

/**
 * The floor to read our figures against: an extension whose content script and background only register a
 * message listener. What it costs a page is the price of being a content script at all, on this machine.
 * It starts when ours does (the built manifest's run_at), so the two are measured at the same moment.
 */
function floorExtension(): string {
  const dir = scratchFolder('floor');
  const ours = JSON.parse(readFileSync(join(EXTENSION_DIR, 'manifest.json'), 'utf8')) as { content_scripts: Array<{ run_at?: string }> };
  const manifest = {
    manifest_version: 3, name: 'Content-script floor', version: '1', background: { service_worker: 'background.js' },
    content_scripts: [{ matches: ['http://*/*', 'https://*/*'], run_at: ours.content_scripts[0]?.run_at ?? 'document_idle', js: ['content.js'] }],
  };
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify(manifest));
  writeFileSync(join(dir, 'background.js'), FLOOR_SCRIPT);
  writeFileSync(join(dir, 'content.js'), FLOOR_SCRIPT);
  return dir;
}

/**
 * Each page on a site of its own, as each publisher is: Chromium gives every site a new renderer process,
 * where the content script starts cold (nothing compiled yet). One shared origin would flatter it.
 */
export function pageUrl(port: number, folder: string): string {
  return `http://${folder.toLowerCase()}.localhost:${port}/${folder}/page.html`;
}

interface CorpusPage {
  folder: string;
  /** A real news-outlet article (CATEGORIES.tsv); the rest are blogs, docs, fixtures and non-article pages. */
  news: boolean;
}

export function readPages(): CorpusPage[] {
  return readabilityPages().map(({ folder, category }) => ({ folder, news: category === NEWS_CATEGORY }));
}

/** Serves each test page at /<folder>/page.html, as saved (its scripts included). */
export async function servePages(): Promise<Server> {
  const server = createServer((req, res) => {
    const match = /^\/([\w.-]+)\/page\.html$/.exec(req.url ?? '');
    let html: Buffer | null = null;
    try {
      html = match ? readFileSync(corpus('readability-test-pages', match[1]!, 'source.html')) : null;
    } catch {
      html = null;
    }
    res.writeHead(html ? 200 : 404, { 'content-type': 'text/html; charset=utf-8' });
    res.end(html ?? '');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return server;
}

/**
 * The 10,000-article archive: generated articles (as in the rest of the bench), plus for each news page an
 * earlier report of the same story (every other paragraph of its own text, from another address), so that
 * the sidebar has something to show on every news page.
 */
export function writeArchive(newsFolders: string[], size: number): string {
  const earlier: ArchivedArticle[] = newsFolders.map((folder) => {
    const doc = parseHtmlDocument(readFileSync(corpus('readability-test-pages', folder, 'source.html'), 'utf8'));
    const { article } = extractArticle(doc, `http://127.0.0.1/${folder}/page.html`);
    const paragraphs = article.paragraphs.filter((_, i) => i % 2 === 0);
    // Another headline: an archived article with the page's own headline is taken for the page itself.
    const earlierReport = { ...article, title: `Earlier report: ${article.title}`, paragraphs, url: `https://earlier.example/${folder}`, publisher: 'Earlier coverage' };
    const prepared = prepareArticle(earlierReport, 'imported', defaultAliases, new Date(0));
    return { ...prepared, id: `earlier-${folder}`, contentHash: `earlier-${folder}` };
  });
  const articles = [...generateArchive(articlePool(400), size - earlier.length), ...earlier];
  const file = join(scratchFolder('bench'), 'archive.json');
  writeFileSync(file, JSON.stringify(toArchiveFile(articles, new Date())));
  return file;
}

export async function importArchive(context: BrowserContext, optionsUrl: string, file: string, size: number): Promise<void> {
  const options = await context.newPage();
  await options.goto(optionsUrl);
  await options.locator('input[type=file]').setInputFiles(file);
  const status = importStatus(options);
  const deadline = Date.now() + 180_000;
  while (!/ new,/.test((await status.textContent().catch(() => '')) ?? '')) {
    if (Date.now() > deadline) throw new Error(`The archive import did not finish: ${await status.textContent().catch(() => '')}`);
    await options.waitForTimeout(250);
  }
  const text = (await status.textContent()) ?? '';
  if (!text.includes(`${size} new`)) throw new Error(`The archive import said: ${text}`);
  await options.close();
}

/**
 * Sums the layout shifts (those not caused by input, as the Cumulative Layout Shift does) from the moment
 * the extension first put something in the page: the extension changes nothing in a page before that, so
 * only those shifts can be its doing. The page's own late shifts count too, so this errs against us.
 * Without the extension nothing is ever put in, so the sum is of the whole load, for scale.
 */
export async function watchLayoutShifts(context: BrowserContext, fromOurElement: boolean): Promise<void> {
  await context.addInitScript(({ fromOurElement, insertedMark }) => {
    const w = window as unknown as { benchLayoutShift: number };
    w.benchLayoutShift = 0;
    let since = fromOurElement ? Infinity : 0;
    if (fromOurElement) {
      new MutationObserver((changes, observer) => {
        if (!changes.some((c) => Array.from(c.addedNodes).some((n) => n.nodeName.startsWith('CROSSCHECK-')))) return;
        // In the same microtask checkpoint as the insertion: the trace's task holding this mark is ours.
        since = performance.mark(insertedMark).startTime;
        observer.disconnect();
      }).observe(document, { childList: true, subtree: true });
    }
    try {
      new PerformanceObserver((list) => {
        for (const e of list.getEntries() as Array<PerformanceEntry & { value: number; hadRecentInput: boolean }>) {
          if (!e.hadRecentInput && e.startTime >= since) w.benchLayoutShift += e.value;
        }
      }).observe({ type: 'layout-shift', buffered: true });
    } catch {
      // Not a browser with layout-shift entries.
    }
  }, { fromOurElement, insertedMark: INSERTED_MARK });
}

function layoutShift(page: Page): Promise<number> {
  return page.evaluate(() => (window as unknown as { benchLayoutShift?: number }).benchLayoutShift ?? 0).catch(() => 0);
}

export async function warmUp(page: Page, url: string): Promise<void> {
  await page.goto(url, { waitUntil: 'load' }).catch(() => undefined);
  await page.waitForTimeout(WATCH_MS);
}

/**
 * Loads `url` under a DevTools trace (of `categories`); `watch` gets the DOMContentLoaded time (epoch ms) and
 * returns when the page has had its time.
 */
export async function tracedLoad(page: Page, url: string, watch: (domContentLoadedAt: number) => Promise<void>, categories = TRACE_CATEGORIES): Promise<{ events: TraceEvent[] }> {
  const cdp = await page.context().newCDPSession(page);
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', (e) => events.push(...(e.value as unknown as TraceEvent[])));
  const complete = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
  await cdp.send('Tracing.start', { traceConfig: { includedCategories: categories }, transferMode: 'ReportEvents' });
  await page.goto(url, { waitUntil: 'domcontentloaded', timeout: 30_000 });
  await watch(await domContentLoadedAt(page));
  await cdp.send('Tracing.end');
  await complete;
  await cdp.detach();
  return { events };
}

/** When the page's DOMContentLoaded started, in epoch milliseconds. */
export function domContentLoadedAt(page: Page): Promise<number> {
  return page.evaluate(() => {
    const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
    return performance.timeOrigin + (nav?.domContentLoadedEventStart ?? 0);
  });
}

/** Waits until the page has been watched for WATCH_MS (or `ms`) since its DOMContentLoaded. */
export async function untilWatched(page: Page, domContentLoadedAt: number, ms = WATCH_MS): Promise<void> {
  const left = domContentLoadedAt + ms - Date.now();
  if (left > 0) await page.waitForTimeout(left);
}

/**
 * Milliseconds from DOMContentLoaded to the sidebar's first answer on screen (or, with SIDEBAR_COMPLETE_MARK,
 * the whole page's), or null if it did not open within `watchMs`.
 */
export async function sidebarShownAfter(page: Page, domContentLoadedAt: number, mark = SIDEBAR_SHOWN_MARK, watchMs = WATCH_MS): Promise<number | null> {
  const deadline = Date.now() + watchMs;
  while (Date.now() < deadline) {
    const frame = page.frames().find((f) => f.url().includes('/sidebar.html') && !f.isDetached());
    const shownAt = frame
      ? await frame
          .evaluate((mark) => {
            const entry = performance.getEntriesByName(mark)[0];
            return entry ? performance.timeOrigin + entry.startTime : null;
          }, mark)
          .catch(() => null)
      : null;
    if (shownAt !== null) return Math.round(shownAt - domContentLoadedAt);
    await page.waitForTimeout(25);
  }
  return null;
}


import { browser } from 'wxt/browser';
import type { Extraction } from '@/lib/extract/extract-article';
import { extractorFor, type PageExtractor } from '@/lib/extract/page-extractor';
import { parseHtmlDocument } from '@/lib/extract/parse-html';
import type { BackgroundToOffscreen } from '@/lib/extension/messages';

/** linkedom: slower, but needs nothing from the browser. */
const inJavaScript = extractorFor(parseHtmlDocument);
const OFFSCREEN_PATH = '/offscreen.html';

/**
 * Where the background parses pages. Parsing and Readability are most of the wait before the sidebar opens, and
 * the browser's own parser does them two to four times faster than linkedom (measured on Readability's test
 * pages in Chromium, the same article and verdict). Firefox's background page has DOMParser itself; Chrome's
 * service worker has none, so it hands the page to an offscreen document (the `offscreen` permission, reason
 * DOM_PARSER). Until that document is up (the worker's first page), or if it ever fails, linkedom parses.
 */
export function pageExtractor(): PageExtractor {
  if (typeof DOMParser === 'function') return extractorFor((html) => new DOMParser().parseFromString(html, 'text/html'));
  if (!needsOffscreen()) return inJavaScript;
  return async (html, url) => {
    if (!(await offscreenIsUp())) return inJavaScript(html, url);
    try {
      const message: BackgroundToOffscreen = { type: 'offscreen:extract', html, url };
      const reply = (await browser.runtime.sendMessage(message)) as Extraction | undefined;
      if (reply?.article && reply.verdict) return reply;
    } catch {
      // The document went away (Chrome may close it): a new one starts for the next page.
    }
    opening = startOffscreen();
    return inJavaScript(html, url);
  };
}

let opening: Promise<boolean> | null = null;

/**
 * True once the offscreen document answers; starts it if need be but never waits for its start (about 50 ms):
 * the page at hand is parsed with linkedom meanwhile.
 */
function offscreenIsUp(): Promise<boolean> {
  opening ??= startOffscreen();
  // An answer already known wins the race; one still pending loses it to `false`.
  return Promise.race([opening, Promise.resolve(false)]);
}

/** Starts the offscreen document now, so the first page need not wait for it (install, browser start). */
export function prepareOffscreen(): void {
  if (needsOffscreen()) opening ??= startOffscreen();
}

/** Chrome's service worker: no DOMParser of its own, and the offscreen API. */
function needsOffscreen(): boolean {
  return typeof DOMParser !== 'function' && browser.offscreen !== undefined;
}

async function startOffscreen(): Promise<boolean> {
  const url = browser.runtime.getURL(OFFSCREEN_PATH);
  try {
    // A worker stopped and started again finds the document it made before.
    const open = await browser.runtime.getContexts({ contextTypes: ['OFFSCREEN_DOCUMENT'], documentUrls: [url] });
    if (open.length === 0) {
      await browser.offscreen.createDocument({ url, reasons: ['DOM_PARSER'], justification: 'Parses the news article the reader is on, off the page, to find related reporting.' });
    }
    return true;
  } catch {
    opening = null;
    return false;
  }
}

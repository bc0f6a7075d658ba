import { browser, type Browser } from 'wxt/browser';
import { isOurPage } from '@/entrypoints/background/sender-policy';
import { extractArticle } from '@/lib/extract/extract-article';
import type { BackgroundToOffscreen } from '@/lib/extension/messages';

/**
 * Chrome's offscreen document (reason DOM_PARSER): the background's HTML parser. A service worker has no DOM,
 * and linkedom in JavaScript parses and extracts a page two to four times slower than the browser's own
 * parser does here, which the reader waits for before the sidebar opens. A DOMParser document is inert: its
 * scripts never run and it loads nothing (and extension pages may not connect anywhere: see the manifest's CSP).
 * It answers only the extension's service worker, never a page or a content script.
 */
browser.runtime.onMessage.addListener((raw: unknown, sender: Browser.runtime.MessageSender) => {
  const message = raw as BackgroundToOffscreen;
  if (message?.type !== 'offscreen:extract' || !isOurPage(sender, '/background.js')) return undefined;
  const doc = new DOMParser().parseFromString(String(message.html), 'text/html');
  return Promise.resolve(extractArticle(doc, message.url === null ? null : String(message.url)));
});

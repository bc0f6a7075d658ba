import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { mightBeArticle } from '@/lib/extract/cheap-check';
import type { BackgroundToContent, ContentToBackground, PageVerdict } from '@/lib/extension/messages';
import { highlightSentence } from './highlight';
import { SidebarFrame } from './sidebar-frame';

/**
 * Runs in every page, so it stays small: a cheap check, then the page's HTML goes to the background, which
 * parses and analyses it off this page's main thread. It hosts the sidebar frame and highlights on request.
 */
export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  main(ctx) {
    const sidebar = new SidebarFrame();
    /** Opens the sidebar with a fresh key, once the background knows it. */
    const openSidebar = async (focus: boolean) => {
      if (sidebar.isOpen) return;
      const key = crypto.randomUUID();
      const opening: ContentToBackground = { type: 'sidebar:opening', key };
      await browser.runtime.sendMessage(opening).catch(() => undefined);
      if (!ctx.isInvalid) sidebar.open({ key, focus });
    };

    const check = async () => {
      if (ctx.isInvalid || !mightBeArticle(document, new URL(location.href))) return;
      const message: ContentToBackground = { type: 'page:analyze', html: document.documentElement.outerHTML, url: location.href, title: document.title };
      const verdict = (await browser.runtime.sendMessage(message).catch(() => null)) as PageVerdict | null;
      if (ctx.isInvalid || !verdict) return;
      if (verdict.rememberAfterMs !== null) rememberIfStaying(verdict.rememberAfterMs);
      if (verdict.show === 'sidebar') await openSidebar(false);
      else if (verdict.show === 'toggle') sidebar.showToggle(verdict.related, () => void openSidebar(true));
    };

    // "Remember news articles I read": only after the reader stayed, with the page in view, on this address.
    const rememberIfStaying = (ms: number) => {
      const address = location.href;
      ctx.setTimeout(() => {
        if (ctx.isInvalid || location.href !== address || document.visibilityState !== 'visible') return;
        const message: ContentToBackground = { type: 'page:remember' };
        void browser.runtime.sendMessage(message).catch(() => undefined);
      }, ms);
    };

    browser.runtime.onMessage.addListener((raw: unknown, sender) => {
      if (ctx.isInvalid || sender.id !== browser.runtime.id) return undefined;
      const message = raw as BackgroundToContent;
      switch (message.type) {
        case 'sidebar:open':
          if (message.toggle && sidebar.isOpen) {
            sidebar.close();
            return Promise.resolve(false);
          }
          return openSidebar(true).then(() => true);
        case 'sidebar:close':
          sidebar.close();
          return Promise.resolve(true);
        case 'page:highlight':
          return Promise.resolve(highlightSentence(message.sentence));
        case 'page:get-html':
          return Promise.resolve({ html: document.documentElement.outerHTML, url: location.href });
      }
      return undefined;
    });

    // Single-page apps change the article without a page load. The page can fire an event of this name too
    // (DOM events cross into our world), but not with WXT's new address on it: properties a page sets on an
    // event stay in the page's world. The event comes before the address changes, hence newUrl.
    let address = location.href;
    ctx.addEventListener(window, 'wxt:locationchange', (event) => {
      const next = (event as Event & { newUrl?: URL }).newUrl?.href;
      if (!next || next === address) return;
      address = next;
      sidebar.close();
      sidebar.removeToggle();
      ctx.setTimeout(() => void check(), 800);
    });
    ctx.onInvalidated(() => {
      sidebar.close();
      sidebar.removeToggle();
    });
    ctx.requestIdleCallback(() => void check(), { timeout: 2000 });
  },
});

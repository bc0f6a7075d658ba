import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { mightBeArticle } from '@/lib/extract/cheap-check';
import { pageGlance } from '@/lib/extract/page-glance';
import { pageToSend } from '@/lib/extract/page-to-send';
import type { BackgroundToContent, ContentToBackground, GlanceAnswer, PageVerdict, SidebarPlacement } from '@/lib/extension/messages';
import { answerBackground, runtime, tellBackground } from './extension-api';
import { highlightSentence } from './highlight';
import { onAddressChange } from './address-change';
import { SidebarFrame } from './sidebar-frame';

/**
 * Runs in every page, so it stays small and quiet: a cheap check; then the page's opening (a glance) goes to
 * the background, and only if the archive has something on the story does the page follow (its head and
 * article region, page-to-send.ts), to be parsed and analysed off this page's main thread. It hosts the sidebar frame and highlights on request.
 *
 * Listed in the manifest by wxt.config.ts rather than through WXT's content-script wrapper: that wrapper
 * announces itself to the page (a window message and a DOM event naming the script, on every page), which
 * would tell any site that Crosscheck is installed, and it costs main-thread time on every page.
 */
export default defineUnlistedScript(() => {
  /** False once the extension was updated or removed: this copy of the script must then do nothing. */
  const alive = () => runtime() !== undefined;
  const sidebar = new SidebarFrame();

  /**
   * Opens the sidebar with a key the background knows: the one sent with the page (`known`), or a fresh one
   * it is told of first.
   */
  const openSidebar = async (focus: boolean, known?: { key: string; docked: boolean }) => {
    // The reader asked while the sidebar opened at the glance was still unseen: theirs replaces it.
    if (sidebar.isUnseen && focus) sidebar.close();
    if (sidebar.isOpen) return;
    let placement = known;
    if (!placement) {
      const key = crypto.randomUUID();
      const opening: ContentToBackground = { type: 'sidebar:opening', key };
      const reply = await tellBackground<SidebarPlacement>(opening);
      placement = { key, docked: reply?.docked === true };
    }
    if (alive()) sidebar.open({ key: placement.key, focus, docked: placement.docked });
  };

  /**
   * Counts the looks at the page. A single-page app's move to another address starts a new one, and answers
   * that come after it for the look before are dropped: they are about the page the reader left, and would
   * otherwise open, show or take away a sidebar on the page they are on.
   */
  let looks = 0;

  const check = async () => {
    const look = ++looks;
    const current = () => alive() && looks === look;
    if (!current() || !mightBeArticle(document, location)) return;
    const sidebarKey = crypto.randomUUID();
    const glance: ContentToBackground = { type: 'page:glance', glance: pageGlance(document), url: location.href, sidebarKey };
    const answer = await tellBackground<GlanceAnswer>(glance);
    if (!current() || answer?.read !== true) return;
    // The archive has the story: the sidebar loads now, unseen and letting clicks through until the page is
    // judged news, instead of after the page is sent and parsed (background/early-sidebar.ts).
    if (answer.open) sidebar.open({ key: sidebarKey, unseen: true });
    // Serialising the page is the most this script ever costs a page, so it runs as a timer task of its own,
    // which the browser's traces (DevTools, `npm run bench`) put down to this script. Run straight on from
    // the await, it would be a promise continuation, which they put down to no script at all.
    setTimeout(() => void analyze(answer.related, sidebarKey, current), 0);
  };

  /**
   * Sends the page's article and metadata (`related`: what the glance found), then shows what the background
   * says; a sidebar opened at the glance is shown or taken away.
   */
  const analyze = async (related: number | null, sidebarKey: string, current: () => boolean) => {
    if (!current()) return;
    const message: ContentToBackground = { type: 'page:analyze', html: pageToSend(document), url: location.href, sidebarKey, related };
    const verdict = await tellBackground<PageVerdict>(message);
    if (!current()) return;
    if (sidebar.isUnseen) {
      if (verdict?.show === 'sidebar') sidebar.reveal(verdict.docked);
      else sidebar.close();
    }
    if (!verdict) return;
    if (verdict.rememberAfterMs !== null) rememberIfStaying(verdict.rememberAfterMs);
    if (verdict.show === 'sidebar') await openSidebar(false, { key: sidebarKey, docked: verdict.docked });
    else if (verdict.show === 'toggle') sidebar.showToggle(verdict.related, () => void openSidebar(true));
  };

  // "Remember news articles I read": only after the reader stayed, with the page in view, on this address.
  const rememberIfStaying = (ms: number) => {
    const address = location.href;
    setTimeout(() => {
      if (!alive() || location.href !== address || document.visibilityState !== 'visible') return;
      const message: ContentToBackground = { type: 'page:remember' };
      void tellBackground(message);
    }, ms);
  };

  answerBackground((raw) => {
    const message = raw as BackgroundToContent;
    switch (message.type) {
      case 'sidebar:open':
        if (message.toggle && sidebar.isOpen && !sidebar.isUnseen) {
          sidebar.close();
          return Promise.resolve(false);
        }
        if (message.fresh) sidebar.close();
        return openSidebar(true).then(() => true);
      case 'sidebar:close':
        sidebar.close();
        return Promise.resolve(true);
      case 'sidebar:place':
        sidebar.place(message.docked);
        return Promise.resolve(true);
      case 'page:highlight':
        return Promise.resolve(highlightSentence(message.sentence));
      case 'page:get-html':
        return Promise.resolve({ html: pageToSend(document), url: location.href });
      case 'page:address':
        return Promise.resolve(location.href);
    }
    return undefined;
  });

  // Single-page apps change the article without a page load: start again on the new address.
  onAddressChange(() => {
    looks++;
    sidebar.close();
    sidebar.removeToggle();
    if (alive()) setTimeout(() => void check(), 800);
  });
  // The first look runs at once. At document_end the page's HTML is parsed and its DOMContentLoaded handlers
  // have run (Chrome injects document_end scripts right after that event), so it holds up neither, and it
  // goes ahead of the page's queued work, since the reader waits for the sidebar and the look itself is short.
  // Waiting for an idle moment held it until 200 ms after DOMContentLoaded on busy pages; a task of its own
  // (the Scheduler API) cost every page 0.3 to 0.5 ms more than running it here.
  void check();
});

import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { mightBeArticle } from '@/lib/extract/cheap-check';
import { pageGlance } from '@/lib/extract/page-glance';
import type { BackgroundToContent, ContentToBackground, GlanceAnswer, PageVerdict, SidebarPlacement } from '@/lib/extension/messages';
import { answerBackground, runtime, tellBackground } from './extension-api';
import { onAddressChange } from './address-change';
import { pageTools, type PageTools } from './load-page-tools';
import type { SidebarFrame } from './sidebar-frame';

/**
 * Runs in every page, so it stays small and quiet: a cheap check, touching nothing of the extension API (the
 * pages it turns down never listen unless the reader asks for something there: `listen`); then the page's
 * opening (a glance) goes to the background, and only if the archive has something on the story does the
 * page follow (its head and article region, page-to-send.ts), to be parsed and analysed off this page's main
 * thread. It hosts the sidebar frame and highlights on request. The frame, the serialising and the highlight
 * are the page tools, a module of their own fetched only when first needed (load-page-tools.ts): most pages
 * never compile them.
 *
 * Listed in the manifest by wxt.config.ts rather than through WXT's content-script wrapper: that wrapper
 * announces itself to the page (a window message and a DOM event naming the script, on every page), which
 * would tell any site that Crosscheck is installed, and it costs main-thread time on every page.
 */
export default defineUnlistedScript(() => {
  /** False once the extension was updated or removed: this copy of the script must then do nothing. */
  const alive = () => runtime() !== undefined;
  /** Made with the page tools, on the first need of a sidebar; until then no sidebar or toggle is on the page. */
  let sidebar: SidebarFrame | null = null;
  const frameWith = (tools: PageTools) => (sidebar ??= new tools.SidebarFrame());
  const sidebarFrame = async () => {
    const tools = await pageTools();
    return tools ? frameWith(tools) : null;
  };

  /**
   * Opens the sidebar with a key the background knows: the one sent with the page (`known`), or a fresh one
   * it is told of first.
   */
  const openSidebar = async (focus: boolean, known?: { key: string; docked: boolean }) => {
    const frame = await sidebarFrame();
    if (!frame) return;
    // The reader asked while the sidebar opened at the glance was still unseen: theirs replaces it.
    if (frame.isUnseen && focus) frame.close();
    if (frame.isOpen) return;
    let placement = known;
    if (!placement) {
      const key = crypto.randomUUID();
      const opening: ContentToBackground = { type: 'sidebar:opening', key };
      const reply = await tellBackground<SidebarPlacement>(opening);
      placement = { key, docked: reply?.docked === true };
    }
    if (alive()) frame.open({ key: placement.key, focus, docked: placement.docked });
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
    // The first look touches nothing of the extension API: on the pages it turns down, the API's objects are
    // never made in this world (see `listen`).
    if (!mightBeArticle(document, document.URL) || !current()) return;
    const glance: ContentToBackground = { type: 'page:glance', glance: pageGlance(document), url: document.URL };
    const answer = await tellBackground<GlanceAnswer>(glance);
    if (!current() || answer?.read !== true || !answer.sidebarKey) return;
    const sidebarKey = answer.sidebarKey;
    // Only now the page tools: fetched as soon as the glance passed, they cost the pages that stop at the
    // glance (most pages the first look lets through) more than they saved (page-cost-ab.ts, 2026-12-02).
    const tools = await pageTools();
    if (!current() || !tools) return;
    // The archive has the story: the sidebar loads now, unseen and letting clicks through until the page is
    // judged news, instead of after the page is sent and parsed (background/early-sidebar.ts).
    if (answer.open) frameWith(tools).open({ key: sidebarKey, unseen: true });
    // Serialising the page is the most this script ever costs a page, so it runs as a timer task of its own,
    // which the browser's traces (DevTools, `npm run bench`) put down to this script. Run straight on from
    // an await, it would be a promise continuation, which they put down to no script at all: the tools are
    // awaited here, before the timer, for that reason. The listener starts in that task too, so that the
    // traces count it as well (until then the background wakes it if it needs it).
    setTimeout(() => {
      listen();
      void analyze(tools, answer.related, sidebarKey, current);
    }, 0);
  };

  /**
   * Sends the page's article and metadata (`related`: what the glance found), then shows what the background
   * says; a sidebar opened at the glance is shown or taken away.
   */
  const analyze = async (tools: PageTools, related: number | null, sidebarKey: string, current: () => boolean) => {
    if (!current()) return;
    const message: ContentToBackground = { type: 'page:analyze', html: tools.pageToSend(document), url: document.URL, sidebarKey, related };
    const verdict = await tellBackground<PageVerdict>(message);
    if (!current()) return;
    if (sidebar?.isUnseen) {
      if (verdict?.show === 'sidebar') sidebar.reveal(verdict.docked);
      else sidebar.close();
    }
    if (!verdict) return;
    if (verdict.rememberAfterMs !== null) rememberIfStaying(verdict.rememberAfterMs);
    if (verdict.show === 'sidebar') await openSidebar(false, { key: sidebarKey, docked: verdict.docked });
    else if (verdict.show === 'toggle') frameWith(tools).showToggle(verdict.related, () => void openSidebar(true));
  };

  // "Remember news articles I read": only after the reader stayed, with the page in view, on this address.
  const rememberIfStaying = (ms: number) => {
    const address = document.URL;
    setTimeout(() => {
      if (!alive() || document.URL !== address || document.visibilityState !== 'visible') return;
      const message: ContentToBackground = { type: 'page:remember' };
      void tellBackground(message);
    }, ms);
  };

  /**
   * Answers the background's messages from now on. Only a page the archive has something on (its glance said
   * so) listens by itself: reaching the extension API and registering a listener are most of what a content
   * script costs a page that does nothing else (1.5 ms of about 4.7 on a slow machine, median, page-cost-ab,
   * 2026-12-07; 0.9 ms on pages that send a glance and stop there). On any other page the background wakes
   * the listener when the reader asks for the sidebar or related coverage there (`wakeContentScript` in
   * background/tabs.ts, through `scripting.executeScript`, which runs in this script's world: the page cannot
   * call it).
   */
  let listening = false;
  const listen = () => {
    if (listening) return;
    listening = true;
    answerBackground(answer);
  };
  (globalThis as { crosscheckListen?: () => void }).crosscheckListen = listen;

  const answer = (raw: unknown) => {
    const message = raw as BackgroundToContent;
    switch (message.type) {
      case 'sidebar:open':
        if (message.toggle && sidebar?.isOpen && !sidebar.isUnseen) {
          sidebar.close();
          return Promise.resolve(false);
        }
        if (message.fresh) sidebar?.close();
        return openSidebar(true).then(() => true);
      case 'sidebar:close':
        sidebar?.close();
        return Promise.resolve(true);
      case 'sidebar:place':
        sidebar?.place(message.docked);
        return Promise.resolve(true);
      case 'page:highlight':
        return pageTools().then((tools) => tools?.highlightSentence(message.sentence) ?? false);
      case 'page:get-html':
        return pageTools().then((tools) => (tools ? { html: tools.pageToSend(document), url: document.URL } : null));
      case 'page:address':
        return Promise.resolve(document.URL);
    }
    return undefined;
  };

  // Single-page apps change the article without a page load: start again on the new address.
  // Whether the extension is still there is asked only of a new address the first look lets through (`current`
  // in check): asking reaches the extension API, which a page the first look turns down never does.
  onAddressChange(() => {
    looks++;
    sidebar?.close();
    sidebar?.removeToggle();
    setTimeout(() => void check(), 800);
  });
  // The first look runs at once. At document_end the page's HTML is parsed and its DOMContentLoaded handlers
  // have run (Chrome injects document_end scripts right after that event), so it holds up neither, and it
  // goes ahead of the page's queued work, since the reader waits for the sidebar and the look itself is short.
  // Waiting for an idle moment held it until 200 ms after DOMContentLoaded on busy pages; a task of its own
  // (the Scheduler API) cost every page 0.3 to 0.5 ms more than running it here. The address is read as
  // `document.URL` throughout: the page's `location` is one more object this world would make on every page.
  void check();
});

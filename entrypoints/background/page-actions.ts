import { StorageFull } from '@/lib/archive/write-errors';
import type { GlanceAnswer, PageVerdict, SaveResult, SidebarAnalysis } from '@/lib/extension/messages';
import { GLANCE_MEASURE, measureSince } from '@/lib/extension/marks';
import type { PageGlance } from '@/lib/extract/page-glance';
import type { Article } from '@/lib/types';
import { isExcluded } from '@/lib/extension/site-exclusion';
import { currentSettings } from './current-settings';
import { archive } from './archive';
import { earlySidebarAnswer, earlySidebarAnswered, earlySidebarLoaded, earlySidebarServed, expectEarlySidebar, judgeEarlySidebarPage } from './early-sidebar';
import { rememberSidebarKey } from './sidebar-keys';
import { analysisUnderway, forgetTab, getTabState, setTabState, type TabState } from './tab-state';
import { settleLater } from '@/lib/settle-later';
import { tellTab } from './tabs';

/** How long a reader stays on a news article before "remember what I read" keeps it. */
export const REMEMBER_AFTER_MS = 5000;

const NOTHING: PageVerdict = { isArticle: false, related: 0, show: 'nothing', rememberAfterMs: null, docked: false };

/**
 * The content script found a likely article and sent its opening: is the page itself worth reading? Only if the
 * archive has something on the story, or if the reader keeps the news they read (that needs the whole
 * article, related or not). When the archive has the story and the sidebar opens by itself, it opens now
 * (`open`), with the key given here, and is answered first with the analysis of this opening (early-sidebar.ts).
 * The answer goes back as soon as the ranking is known. The tab's earlier analysis is forgotten either way:
 * it was of another page.
 */
export async function glanceAtTabPage(tabId: number, glance: PageGlance, url: string, privateWindow: boolean): Promise<GlanceAnswer> {
  const arrived = performance.now();
  forgetTab(tabId);
  const settings = await currentSettings();
  const nothing: GlanceAnswer = { read: false, related: null, open: false, sidebarKey: null };
  if (isExcluded(safeHost(url), settings.neverRunOn)) return nothing;
  const remember = settings.rememberRead && !privateWindow;
  if (settings.sidebarMode === 'off' || !isGlance(glance)) return { ...nothing, read: remember, sidebarKey: sidebarKeyIf(remember) };
  const rankedCount = settleLater<number>();
  const opening = (await archive()).analyzeGlance(glance, url, { ranked: rankedCount.settle });
  const related = await Promise.race([rankedCount.promise, opening.then((a) => a.related.length)]);
  measureSince(GLANCE_MEASURE, arrived);
  const open = settings.sidebarMode === 'auto' && related > 0;
  const read = related > 0 || remember;
  const sidebarKey = sidebarKeyIf(read);
  if (open && sidebarKey) {
    expectEarlySidebar(tabId, sidebarKey, opening);
    // Known in memory at once; the answer need not wait for session storage.
    void rememberSidebarKey(tabId, sidebarKey);
  }
  // Where the sidebar sits comes with the verdict: unseen, it does not dock.
  return { read, related, open, sidebarKey };
}

/** A new sidebar key for a page the content script will send ('page:analyze'), and none for one it will not. */
const sidebarKeyIf = (read: boolean): string | null => (read ? crypto.randomUUID() : null);

/** A glance as our content script builds it (a message is only trusted so far). */
function isGlance(value: unknown): value is PageGlance {
  const g = value as PageGlance | null;
  return typeof g?.title === 'string' && Array.isArray(g.paragraphs) && g.paragraphs.every((p) => typeof p === 'string') &&
    (g.description === null || typeof g.description === 'string') && (g.lang === null || typeof g.lang === 'string');
}

/**
 * The content script found a likely article: analyse it off the page and say what to show. The answer goes
 * back as soon as the page is known to be news and to have related reporting, so the sidebar loads while the
 * rest is worked out; the sidebar's request for the analysis waits for that (analysisUnderway). When the
 * glance already found related reporting (`glanced`, how many), that is as soon as the page is parsed and
 * judged; otherwise once the ranking is known.
 */
export async function analyzeTabPage(tabId: number, html: string, url: string, privateWindow: boolean, glanced: number | null = null): Promise<PageVerdict> {
  const settings = await currentSettings();
  if (isExcluded(safeHost(url), settings.neverRunOn)) return NOTHING;
  if (settings.sidebarMode === 'off' && !settings.rememberRead) return NOTHING;
  const service = await archive();
  const rankedCount = settleLater<number>();
  const judged = settleLater<boolean>();
  // Judged: the verdict, and the early sidebar's first answer, go out before the page's text is analysed.
  const onJudged = (isArticle: boolean) => {
    judged.settle(isArticle);
    judgeEarlySidebarPage(tabId, isArticle);
    return earlySidebarServed(tabId);
  };
  // Parsed once the sidebar opened at the glance has loaded: see earlySidebarLoaded.
  const complete = earlySidebarLoaded(tabId).then(() => service.analyzeHtml(html, url, { ranked: rankedCount.settle, extracted: onJudged })).then(
    async ({ extracted, ...analysis }) => {
      await setTabState(tabId, { analysis, subject: { kind: 'page', text: analysis.article?.title ?? url }, canSave: analysis.isArticle, extracted, address: url });
      return analysis;
    },
    async (error: unknown) => {
      // Failed after the ranking, with the sidebar perhaps opening: it must not show the tab's previous page.
      await setTabState(tabId, { analysis: null, subject: { kind: 'page', text: url }, canSave: false, extracted: null, address: url });
      throw error;
    },
  );
  analysisUnderway(tabId, complete);
  // A page too large to parse is never judged: the sidebar opened at the glance then learns it with the rest.
  void complete.then((a) => judgeEarlySidebarPage(tabId, a.isArticle), () => judgeEarlySidebarPage(tabId, false));
  // A page that is not news is never ranked: its whole (short) analysis answers.
  const early = glanced !== null && glanced > 0 ? judged.promise.then((isArticle) => ({ isArticle, related: isArticle ? glanced : 0 })) : rankedCount.promise.then((related) => ({ isArticle: true, related }));
  const whole = complete.then((a) => ({ isArticle: a.isArticle, related: a.related.length }));
  // Only the sidebar opening by itself is in a hurry; the toggle shows the final count.
  const known = await (settings.sidebarMode === 'auto' ? Promise.race([early, whole]) : whole);
  const relevant = known.isArticle && known.related > 0;
  return {
    isArticle: known.isArticle,
    related: known.related,
    show: !relevant || settings.sidebarMode === 'off' ? 'nothing' : settings.sidebarMode === 'auto' ? 'sidebar' : 'toggle',
    rememberAfterMs: settings.rememberRead && known.isArticle && !privateWindow ? REMEMBER_AFTER_MS : null,
    docked: settings.dockSidebar,
  };
}

/** "Remember news articles I read": keeps the article the reader stayed on, if it is news and allowed. */
export async function rememberTab(tabId: number, privateWindow: boolean): Promise<SaveResult> {
  const settings = await currentSettings();
  const state = await getTabState(tabId);
  const article = state?.extracted;
  if (!settings.rememberRead || privateWindow || !state?.analysis?.isArticle || !article) return { ok: false, error: 'Not remembered.' };
  if (isExcluded(safeHost(article.url ?? ''), settings.neverRunOn)) return { ok: false, error: 'Not remembered.' };
  return keep(article, 'remembered');
}

/**
 * What a sidebar shows. The sidebar opened at the glance is answered first with the analysis of the page's
 * opening once the page is judged news, or with nothing if it is not (`final` false: it asks again for the
 * rest); every other request gets the tab's analysis once it is complete.
 */
export async function sidebarAnswer(tabId: number, key: string, final: boolean, tabTitle: string): Promise<SidebarAnalysis> {
  const [opening, settings] = await Promise.all([final ? undefined : earlySidebarAnswer(tabId, key), currentSettings()]);
  const docked = settings.dockSidebar;
  if (opening !== undefined) {
    earlySidebarAnswered(tabId);
    return { analysis: opening, subject: { kind: 'page', text: opening?.article?.title || tabTitle }, canSave: opening !== null, docked, final: opening === null };
  }
  const state = await getTabState(tabId);
  return state
    ? { analysis: state.analysis, subject: state.subject, canSave: state.canSave, docked, final: true }
    : { analysis: null, subject: { kind: 'page', text: tabTitle }, canSave: true, docked, final: true };
}

/**
 * Opens the sidebar in a tab, analysing the page first if nothing is known about it yet. `toggle`: closes it
 * instead if it is open; `fresh`: replaces an open one, which may show something else (a selection's
 * analysis, say).
 */
export async function openSidebar(tabId: number, options: { toggle?: boolean; fresh?: boolean } = {}): Promise<boolean> {
  if (!(await analysisOfShownPage(tabId))) await analyzeWholePage(tabId);
  return (await tellTab<boolean>(tabId, { type: 'sidebar:open', ...options })) === true;
}

/** Asks the tab for its page and analyses it, whatever the cheap check thought. */
export async function analyzeWholePage(tabId: number): Promise<void> {
  const page = await tellTab<{ html: string; url: string } | null>(tabId, { type: 'page:get-html' });
  if (!page) return;
  const service = await archive();
  const { extracted, ...analysis } = await service.analyzeHtml(page.html, page.url);
  // Asked for explicitly, so show what the archive has even if the page is not a news article.
  const shown = analysis.isArticle ? analysis : { ...(await service.analyzeArticle(extracted)), isArticle: false };
  await setTabState(tabId, { analysis: shown, subject: { kind: 'page', text: extracted.title }, canSave: extracted.paragraphs.length > 0, extracted, address: page.url });
}

export async function saveTab(tabId: number): Promise<SaveResult> {
  let state = await analysisOfShownPage(tabId);
  if (!state?.extracted) {
    await analyzeWholePage(tabId);
    state = await getTabState(tabId);
  }
  const article = state?.extracted;
  if (!article || article.paragraphs.length === 0) return { ok: false, error: 'Nothing to save: this page has no article text.' };
  return keep(article, 'saved');
}

/**
 * The tab's analysis if it is of the page the tab shows now, else null (and it is forgotten). A page the first
 * look turns down sends nothing, so after the reader leaves an analysed article for such a page the tab still
 * holds the article's analysis: opened from the popup or the shortcut, the sidebar would show the article
 * left behind, and "Save this page" would save it. The content script says where the tab is; a tab without
 * one (a browser page, a PDF) has no page of ours to keep an analysis for.
 */
async function analysisOfShownPage(tabId: number): Promise<TabState | null> {
  const state = await getTabState(tabId);
  if (!state) return null;
  const address = await tellTab<string>(tabId, { type: 'page:address' });
  if (typeof address === 'string' && state.address !== null && withoutFragment(address) === withoutFragment(state.address)) return state;
  forgetTab(tabId);
  return null;
}

/** A jump to a heading on the same page is the same page. */
const withoutFragment = (address: string) => address.split('#')[0];

/** Saves into the archive; a refused write (a full disk, above all) becomes a message, and nothing is kept. */
async function keep(article: Article, origin: 'saved' | 'remembered'): Promise<SaveResult> {
  try {
    const saved = await (await archive()).save(article, origin);
    return { ok: true, id: saved.id, title: saved.title };
  } catch (error) {
    const why = error instanceof StorageFull ? error.message : 'Your archive could not be written to.';
    return { ok: false, error: `Not saved. ${why}` };
  }
}

function safeHost(url: string): string {
  try {
    return new URL(url).hostname;
  } catch {
    return '';
  }
}

import { nextTask } from '@/lib/next-task';
import type { PageAnalysis } from '@/lib/types';

/**
 * The sidebar that opens at the glance. When the glance finds related reporting (and the reader lets the
 * sidebar open by itself), the content script puts the sidebar in at once, unseen and letting clicks through,
 * so that it loads while the page is sent, parsed and analysed instead of after. Its first answer is the
 * analysis of the page's opening (analyzeGlance), given once the parsed page is judged news, so it shows on
 * no page the full analysis turns down; the whole page's analysis follows when the sidebar asks again.
 */
interface EarlySidebar {
  /** The key the content script gave this sidebar: a sidebar opened later in the tab gets another. */
  key: string;
  /** Undefined if the opening could not be analysed: the sidebar then waits for the whole page's analysis. */
  opening: Promise<PageAnalysis | undefined>;
  isNews: Promise<boolean>;
  judge: (isNews: boolean) => void;
  /** Settles once the sidebar's first answer is ready to go (earlySidebarAnswered). */
  served: Promise<void>;
  serve: () => void;
}

const sidebars = new Map<number, EarlySidebar>();

export function expectEarlySidebar(tabId: number, key: string, opening: Promise<PageAnalysis>): void {
  let judge: (isNews: boolean) => void = () => undefined;
  const isNews = new Promise<boolean>((resolve) => (judge = resolve));
  let serve: () => void = () => undefined;
  const served = new Promise<void>((resolve) => (serve = resolve));
  sidebars.set(tabId, { key, opening: opening.catch(() => undefined), isNews, judge, served, serve });
}

/** The parsed page is news or not; the first verdict counts. */
export function judgeEarlySidebarPage(tabId: number, isNews: boolean): void {
  sidebars.get(tabId)?.judge(isNews);
}

/**
 * The first answer for the early sidebar with this key: the opening's analysis once the page is judged news,
 * null when it is not news (the sidebar stays unseen and the content script takes it away), or undefined
 * when this is not that sidebar or its opening could not be analysed.
 */
export async function earlySidebarAnswer(tabId: number, key: string): Promise<PageAnalysis | null | undefined> {
  const sidebar = sidebars.get(tabId);
  if (!sidebar || sidebar.key !== key) return undefined;
  return (await sidebar.isNews) ? sidebar.opening : null;
}

/** The early sidebar's first answer is ready to go: the whole page's text analysis may start (a task later). */
export function earlySidebarAnswered(tabId: number): void {
  sidebars.get(tabId)?.serve();
}

/**
 * How long the whole page's text analysis waits, at most, for the early sidebar's first request: the sidebar
 * starts once the page is parsed (its frame shares a thread with the offscreen document that parses), and
 * its request came 19 ms after the verdict (median; 56 ms on the 44th of 46 news pages of the page bench,
 * 209 ms on the slowest).
 */
const SIDEBAR_WAIT_MS = 250;

/**
 * Settles when the whole page's text analysis may start: once the early sidebar of this tab has had its first
 * answer (or SIDEBAR_WAIT_MS), since the tagger holds the worker's thread for 50 to 100 ms, and a request
 * arriving meanwhile waits it out. Always a task later, so the verdict goes out to the content script first.
 */
export async function earlySidebarServed(tabId: number): Promise<void> {
  const sidebar = sidebars.get(tabId);
  if (sidebar) await Promise.race([sidebar.served, new Promise((resolve) => setTimeout(resolve, SIDEBAR_WAIT_MS))]);
  await nextTask();
}

export const forgetEarlySidebar = (tabId: number) => sidebars.delete(tabId);

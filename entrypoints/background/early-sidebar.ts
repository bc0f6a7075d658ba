import { nextTask } from '@/lib/next-task';
import { settleLater } from '@/lib/settle-later';
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
  /** Settles once the sidebar has asked for its first answer: its frame has loaded (earlySidebarLoaded). */
  asked: Promise<void>;
  ask: () => void;
  /** Settles once the sidebar's first answer is ready to go (earlySidebarAnswered). */
  served: Promise<void>;
  serve: () => void;
}

const sidebars = new Map<number, EarlySidebar>();

export function expectEarlySidebar(tabId: number, key: string, opening: Promise<PageAnalysis>): void {
  const verdict = settleLater<boolean>();
  const request = settleLater();
  const answer = settleLater();
  sidebars.set(tabId, {
    key,
    opening: opening.catch(() => undefined),
    isNews: verdict.promise,
    judge: verdict.settle,
    asked: request.promise,
    ask: request.settle,
    served: answer.promise,
    serve: answer.settle,
  });
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
  sidebar.ask();
  return (await sidebar.isNews) ? sidebar.opening : null;
}

/** The early sidebar's first answer is ready to go: the whole page's text analysis may start (a task later). */
export function earlySidebarAnswered(tabId: number): void {
  sidebars.get(tabId)?.serve();
}

/**
 * How long the page's parse waits, at most, for the early sidebar's first request. The sidebar asked 105 ms
 * after its frame was put in (median; 221 ms p90, 248 at most), on a machine 2 to 3 times slower than the
 * page bench's usual one (2026-12-07, 47 news pages).
 */
const FRAME_WAIT_MS = 250;

/**
 * Settles when the page may be parsed: once the early sidebar of this tab has loaded and asked for its first
 * answer (or FRAME_WAIT_MS), at once when there is none. Chrome parses pages in an offscreen document
 * (page-extractor.ts), which shares its main thread with the sidebar's frame: parsed first, the page held the
 * frame's loading back, and the sidebar, which needs both, waited for one and then the other (its document
 * became interactive only as the parse ended). Loaded first, the frame costs the parse nothing it was not
 * waiting for already (the page is still being sent when the frame starts), and the parse, no longer
 * sharing its thread, took 44 ms instead of 83 (median; probe build with marks in each context, 2026-12-07).
 */
export async function earlySidebarLoaded(tabId: number): Promise<void> {
  const sidebar = sidebars.get(tabId);
  if (sidebar) await Promise.race([sidebar.asked, new Promise((resolve) => setTimeout(resolve, FRAME_WAIT_MS))]);
}

/**
 * How long the whole page's text analysis waits, at most, for the early sidebar's first answer to go. Since
 * the page is parsed only once the sidebar has asked (earlySidebarLoaded), the answer goes at the verdict and
 * this waits for nothing, except when that wait ran out. Before, the sidebar started only once the page was
 * parsed, and its request came 19 ms after the verdict (median; 56 ms on the 44th of 46 news pages of the
 * page bench, 209 ms on the slowest).
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

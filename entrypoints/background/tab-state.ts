import type { SidebarAnalysis } from '@/lib/extension/messages';
import type { Article } from '@/lib/types';
import { forgetEarlySidebar } from './early-sidebar';
import { sessionMap } from './session-map';

/** What the sidebar of a tab shows, and the article it can save. */
export interface TabState extends Omit<SidebarAnalysis, 'docked' | 'final'> {
  extracted: Article | null;
  /** The page's address (location.href) when it was analysed; null when the tab did not say. */
  address: string | null;
}

/** Kept in session storage too: the service worker may be stopped between the analysis and the sidebar asking. */
const states = sessionMap<TabState>('tab');
/**
 * Analyses still being finished: the sidebar may open once the ranking is known (see AnalysisProgress), and
 * then asks for the analysis before its statements and stance are worked out; it waits for them here.
 */
const underway = new Map<number, Promise<unknown>>();

export const setTabState = (tabId: number, state: TabState) => states.set(tabId, state);

/** Marks a tab's analysis as underway until `done` settles (its state is set by then). */
export function analysisUnderway(tabId: number, done: Promise<unknown>): void {
  const settled = done.catch(() => undefined).finally(() => {
    if (underway.get(tabId) === settled) underway.delete(tabId);
  });
  underway.set(tabId, settled);
}

/** Settles once the tab's analysis, if one is underway, is done and its state set. */
export const analysisSettled = async (tabId: number): Promise<void> => {
  await underway.get(tabId);
};

export async function getTabState(tabId: number): Promise<TabState | null> {
  await analysisSettled(tabId);
  return states.get(tabId);
}

export const forgetTab = (tabId: number) => {
  underway.delete(tabId);
  forgetEarlySidebar(tabId);
  states.forget(tabId);
};

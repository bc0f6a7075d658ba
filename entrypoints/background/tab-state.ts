import type { SidebarAnalysis } from '@/lib/extension/messages';
import type { Article } from '@/lib/types';
import { sessionMap } from './session-map';

/** What the sidebar of a tab shows, and the article it can save. */
export interface TabState extends Omit<SidebarAnalysis, 'docked'> {
  extracted: Article | null;
}

/** Kept in session storage too: the service worker may be stopped between the analysis and the sidebar asking. */
const states = sessionMap<TabState>('tab');

export const setTabState = (tabId: number, state: TabState) => states.set(tabId, state);
export const getTabState = (tabId: number) => states.get(tabId);
export const forgetTab = (tabId: number) => states.forget(tabId);

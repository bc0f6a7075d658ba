import { sessionMap } from './session-map';

/** The key of the sidebar our content script opened in each tab; a new sidebar in the tab replaces it. */
const keys = sessionMap<string>('sidebar-key');

export const rememberSidebarKey = (tabId: number, key: string) => keys.set(tabId, key);

/** True only for the sidebar our content script opened in this tab (a framed copy has no key). */
export async function isOurSidebar(tabId: number, key: unknown): Promise<boolean> {
  return typeof key === 'string' && key.length >= 16 && (await keys.get(tabId)) === key;
}

export const forgetSidebarKey = (tabId: number) => keys.forget(tabId);

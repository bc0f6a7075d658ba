import type { Browser } from 'wxt/browser';
import { archive } from './archive';
import { analyzeWholePage, openSidebar } from './page-actions';
import { analysisSettled, setTabState } from './tab-state';
import { tellTab } from './tabs';

export const FIND_RELATED_MENU_ID = 'crosscheck-find-related';
export const SAVE_PAGE_MENU_ID = 'crosscheck-save-page';

export interface FindRelatedClick {
  selectionText?: string;
  linkUrl?: string;
  linkText?: string;
}

/**
 * "Find related coverage" from the context menu: the selection, the link (its words and address) or the page.
 * The sidebar opens in that tab with what the archive has for it.
 */
export async function findRelatedCoverage(info: FindRelatedClick, tab: Browser.tabs.Tab | undefined): Promise<void> {
  const tabId = tab?.id;
  if (tabId === undefined || tabId < 0) return;
  const selection = info.selectionText?.trim();
  if (selection || info.linkUrl) {
    const kind = selection ? 'selection' : 'link';
    const text = selection || [info.linkText, linkWords(info.linkUrl!)].filter(Boolean).join(' ');
    // The page's own analysis, if still underway, is done first, or it would replace the selection's.
    const [analysis, address] = await Promise.all([(await archive()).analyzeText(text), tellTab<string>(tabId, { type: 'page:address' }), analysisSettled(tabId)]);
    await setTabState(tabId, { analysis, subject: { kind, text: selection || info.linkText || info.linkUrl! }, canSave: false, extracted: null, address: typeof address === 'string' ? address : null });
    // A sidebar already open shows the page (or an earlier selection): it is replaced.
    await tellTab(tabId, { type: 'sidebar:open', fresh: true });
    return;
  }
  await analyzeWholePage(tabId);
  await openSidebar(tabId, { fresh: true });
}

/** "/world/2025/11/21/kremlin-us-peace-proposal" → "kremlin us peace proposal": a link's address names its story. */
function linkWords(url: string): string {
  try {
    const slug = new URL(url).pathname.split('/').filter((p) => /[a-z]/i.test(p)).pop() ?? '';
    return slug.replace(/\.[a-z]+$/i, '').replace(/[-_]+/g, ' ');
  } catch {
    return '';
  }
}

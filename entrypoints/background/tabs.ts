import { browser } from 'wxt/browser';
import type { BackgroundToContent } from '@/lib/extension/messages';

/** Sends to the content script of a tab's top frame; undefined when there is none (a browser page, a PDF). */
export async function tellTab<T = unknown>(tabId: number, message: BackgroundToContent): Promise<T | undefined> {
  try {
    return (await browser.tabs.sendMessage(tabId, message, { frameId: 0 })) as T;
  } catch {
    return undefined;
  }
}

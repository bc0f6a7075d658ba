import { browser } from 'wxt/browser';
import type { BackgroundToContent } from '@/lib/extension/messages';

/**
 * Sends to the content script of a tab's top frame; undefined when there is none (a browser page, a PDF). On a
 * page its first look turned down, the content script does not listen until asked to (crosscheck/index.ts):
 * the first message there wakes it, and goes again.
 */
export async function tellTab<T = unknown>(tabId: number, message: BackgroundToContent): Promise<T | undefined> {
  const send = () => browser.tabs.sendMessage(tabId, message, { frameId: 0 }) as Promise<T>;
  try {
    return await send();
  } catch {
    if (!(await wakeContentScript(tabId))) return undefined;
    try {
      return await send();
    } catch {
      return undefined;
    }
  }
}

/**
 * Has the tab's content script start listening. The function runs in the content script's own world, where
 * the script left `crosscheckListen`; false if the tab has no content script of ours (a page opened before the
 * extension was installed, a browser page) or cannot be scripted.
 */
async function wakeContentScript(tabId: number): Promise<boolean> {
  try {
    const [injection] = await browser.scripting.executeScript({
      target: { tabId, frameIds: [0] },
      func: () => {
        const listen = (globalThis as { crosscheckListen?: () => void }).crosscheckListen;
        listen?.();
        return listen !== undefined;
      },
    });
    return injection?.result === true;
  } catch {
    return false;
  }
}

import { browser } from 'wxt/browser';
import type { PageToBackground, SidebarToBackground } from './messages';

/**
 * Chromium's words when a message finds no background listening: for a moment while its service worker is
 * replaced (an update) or first registered, a page's message is refused instead of waking it.
 */
const NOBODY_LISTENING = /Receiving end does not exist|Could not establish connection/;
/** About 3 s in all: longer than any start seen here (under 1 s), short enough to then show the error. */
const RETRY_AFTER_MS = [50, 100, 200, 400, 800, 1600];

/**
 * Extension pages reach the archive only through the background, which owns it. A message nobody received
 * is sent again (it did nothing, so even a delete is safe to repeat); any other error is the caller's.
 */
export async function askBackground<T>(message: SidebarToBackground | PageToBackground): Promise<T> {
  for (let attempt = 0; ; attempt++) {
    try {
      return (await browser.runtime.sendMessage(message)) as T;
    } catch (error) {
      const wait = RETRY_AFTER_MS[attempt];
      if (wait === undefined || !NOBODY_LISTENING.test(error instanceof Error ? error.message : String(error))) throw error;
      await new Promise((resolve) => setTimeout(resolve, wait));
    }
  }
}

export function readerUrl(id: string): string {
  return `${browser.runtime.getURL('/reader.html')}?id=${encodeURIComponent(id)}`;
}

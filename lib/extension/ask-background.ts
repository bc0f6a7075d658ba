import { browser } from 'wxt/browser';
import type { PageToBackground, SidebarToBackground } from './messages';

/** Extension pages reach the archive only through the background, which owns it. */
export function askBackground<T>(message: SidebarToBackground | PageToBackground): Promise<T> {
  return browser.runtime.sendMessage(message) as Promise<T>;
}

export function readerUrl(id: string): string {
  return `${browser.runtime.getURL('/reader.html')}?id=${encodeURIComponent(id)}`;
}

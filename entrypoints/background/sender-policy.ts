import { browser, type Browser } from 'wxt/browser';
import type { AnyMessage } from '@/lib/extension/messages';

type Sender = Browser.runtime.MessageSender;

/**
 * Who may send what. Web pages cannot reach runtime messaging directly, but a content script relays page input,
 * and a page can embed our web-accessible sidebar; so each message type is accepted only from the context that
 * owns it. Dark Reader's messenger does the same.
 */
export function isAllowed(message: AnyMessage, sender: Sender): boolean {
  if (sender.id !== browser.runtime.id) return false;
  const page = extensionPageOf(sender);
  const fromExtensionPage = page !== null;
  switch (message.type) {
    case 'page:glance':
    case 'page:analyze':
    case 'page:remember':
    case 'sidebar:opening':
      // Our content script, in the top frame of a tab.
      return !fromExtensionPage && sender.tab?.id !== undefined && (sender.frameId ?? 0) === 0;
    case 'sidebar:get-analysis':
    case 'sidebar:highlight':
    case 'sidebar:close':
    case 'sidebar:save-page':
    case 'sidebar:dock':
      return page === '/sidebar.html' && sender.tab?.id !== undefined;
    default:
      // Archive and tab actions: the popup, the options page and the reader page only.
      return ['/popup.html', '/options.html', '/reader.html'].includes(page ?? '');
  }
}

/** True if the sender is one of our own extension pages at the given path ("/options.html"). */
export function isOurPage(sender: Sender | undefined, path: string): boolean {
  return sender?.id === browser.runtime.id && extensionPageOf(sender) === path;
}

/** The path of the extension page that sent a message, or null when it came from elsewhere (a tab's page). */
function extensionPageOf(sender: Sender): string | null {
  const url = sender.url ?? '';
  return url.startsWith(browser.runtime.getURL('/')) ? new URL(url).pathname : null;
}

import type { Browser } from 'wxt/browser';
import type { AnyMessage, SidebarPlacement } from '@/lib/extension/messages';
import { changeSettings, currentSettings } from './current-settings';
import { archive } from './archive';
import { analyzeTabPage, glanceAtTabPage, openSidebar, rememberTab, saveTab, sidebarAnswer } from './page-actions';
import { isAllowed } from './sender-policy';
import { isOurSidebar, rememberSidebarKey } from './sidebar-keys';
import { tellTab } from './tabs';

/** One handler per message type (tests/unit/extension/messages.test.ts checks that none is missing). */
export async function route(message: AnyMessage, sender: Browser.runtime.MessageSender): Promise<unknown> {
  if (!message || typeof message !== 'object' || !isAllowed(message, sender)) return undefined;
  const tabId = sender.tab?.id ?? -1;
  if (message.type.startsWith('sidebar:') && message.type !== 'sidebar:opening' && !(await isOurSidebar(tabId, (message as { key?: unknown }).key))) return undefined;
  switch (message.type) {
    case 'sidebar:opening': {
      // Both before the sidebar can open: side by side, not one after the other.
      const [, settings] = await Promise.all([rememberSidebarKey(tabId, String(message.key)), currentSettings()]);
      const placement: SidebarPlacement = { docked: settings.dockSidebar };
      return placement;
    }
    case 'page:glance':
      return glanceAtTabPage(tabId, message.glance, String(message.url), sender.tab?.incognito === true);
    case 'page:analyze': {
      const [, verdict] = await Promise.all([
        rememberSidebarKey(tabId, String(message.sidebarKey)),
        analyzeTabPage(tabId, String(message.html), String(message.url), sender.tab?.incognito === true, typeof message.related === 'number' ? message.related : null),
      ]);
      return verdict;
    }
    case 'page:remember':
      return rememberTab(tabId, sender.tab?.incognito === true);
    case 'sidebar:get-analysis':
      return sidebarAnswer(tabId, String(message.key), message.final === true, sender.tab?.title ?? '');
    case 'sidebar:highlight':
      return tellTab(tabId, { type: 'page:highlight', sentence: String(message.sentence) });
    case 'sidebar:close':
      return tellTab(tabId, { type: 'sidebar:close' });
    case 'sidebar:save-page':
      return saveTab(tabId);
    case 'sidebar:dock':
      // Remembered for every page, and applied to this one at once.
      await changeSettings({ dockSidebar: message.docked === true });
      return tellTab(tabId, { type: 'sidebar:place', docked: message.docked === true });
    case 'archive:search':
      return (await archive()).find(String(message.query));
    case 'archive:list':
      return (await archive()).list();
    case 'archive:get':
      return (await archive()).get(String(message.id));
    case 'archive:delete':
      return (await archive()).delete(message.ids.map(String));
    case 'archive:export':
      return (await archive()).exportFile(Array.isArray(message.ids) ? message.ids.map(String) : undefined);
    case 'tab:save':
      return saveTab(message.tabId);
    case 'tab:open-sidebar':
      return openSidebar(message.tabId);
  }
}

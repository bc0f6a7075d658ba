import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import type { AnyMessage } from '@/lib/extension/messages';
import { archive } from './archive';
import { acceptImports } from './import-port';
import { FIND_RELATED_MENU_ID, findRelatedCoverage, SAVE_PAGE_MENU_ID } from './find-related';
import { route } from './message-router';
import { openSidebar, saveTab } from './page-actions';
import { prepareOffscreen } from './page-extractor';
import { forgetSidebarKey } from './sidebar-keys';
import { forgetTab } from './tab-state';

export default defineBackground(() => {
  // Every start of the worker: the browser's parser is ready before the first page arrives.
  prepareOffscreen();
  browser.runtime.onInstalled.addListener(() => {
    browser.contextMenus.create({ id: FIND_RELATED_MENU_ID, title: 'Find related coverage', contexts: ['selection', 'link', 'page'] });
    browser.contextMenus.create({ id: SAVE_PAGE_MENU_ID, title: 'Save this page to Crosscheck', contexts: ['page'] });
    // Install and update: load the bundled archive now rather than on the first page.
    void archive();
  });
  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId === FIND_RELATED_MENU_ID) void findRelatedCoverage(info, tab);
    if (info.menuItemId === SAVE_PAGE_MENU_ID && tab?.id !== undefined) void saveTab(tab.id);
  });
  browser.commands.onCommand.addListener((command, tab) => {
    if (command === 'toggle-sidebar' && tab?.id !== undefined) void openSidebar(tab.id, { toggle: true });
  });
  browser.runtime.onMessage.addListener((message, sender) => route(message as AnyMessage, sender));
  browser.runtime.onConnect.addListener(acceptImports);
  browser.tabs.onRemoved.addListener((tabId) => {
    forgetTab(tabId);
    forgetSidebarKey(tabId);
  });
  // The end-to-end tests run the context menu's own handlers, since a native menu cannot be clicked headless.
  Object.assign(globalThis, { crosscheckFindRelatedCoverage: findRelatedCoverage, crosscheckSavePage: saveTab });
});

import { cpSync, existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type BrowserContext, type Frame, type Page, type Request, type Worker } from 'playwright-core';
import { scratchFolder } from './scratch-folder';

export const EXTENSION_DIR = fileURLToPath(new URL('../.output/chrome-mv3', import.meta.url));
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
/** How Chromium runs here: no sandbox (root in CI), no GPU, and nothing of its own on the network. */
export const CHROMIUM_ARGS = [
  '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
  '--disable-component-update', '--disable-sync',
];

export interface ExtensionBrowser {
  context: BrowserContext;
  worker: Worker;
  extensionId: string;
  extensionUrl: (path: string) => string;
  /**
   * Network requests made by the extension's own contexts (background, sidebar, popup, options, reader):
   * anything but its own files. Crosscheck promises none; close() fails if there were any.
   */
  extensionRequests: string[];
  close: () => Promise<void>;
}

/** True for a request the extension itself made to the network (not a load of its own files, not a navigation). */
function isExtensionNetworkRequest(request: Request): boolean {
  if (/^(?:chrome-extension|data|blob):/.test(request.url()) || request.isNavigationRequest()) return false;
  const worker = request.serviceWorker();
  if (worker) return worker.url().startsWith('chrome-extension://');
  try {
    return request.frame().url().startsWith('chrome-extension://');
  } catch {
    return false;
  }
}

/** Debian's Chromium with the built extension loaded, headless unless HEADED=1, in a fresh profile. */
// Playwright reports a service worker's requests only with this set (Chromium).
process.env.PW_EXPERIMENTAL_SERVICE_WORKER_NETWORK_EVENTS = '1';

export interface LaunchOptions {
  headless?: boolean;
  profile?: string;
  extensionDir?: string;
  /**
   * Caps the extension's storage quota (DevTools' override), as a nearly full disk would. Set at once on
   * launch: Chromium's IndexedDB keeps the quota it read first for a while, so a later override may be ignored.
   */
  quotaBytes?: number;
  /** More command-line switches for Chromium. */
  args?: string[];
}

export async function launchWithExtension(options: LaunchOptions = {}): Promise<ExtensionBrowser> {
  const extensionDir = options.extensionDir ?? EXTENSION_DIR;
  if (!existsSync(join(extensionDir, 'manifest.json'))) throw new Error(`No built extension in ${extensionDir}: run npm run build`);
  // A given profile is the caller's to keep (the update test reopens it); a fresh one is removed on close.
  const profile = options.profile ?? scratchFolder('profile');
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: options.headless ?? process.env.HEADED !== '1',
    viewport: { width: 1280, height: 860 },
    args: [...CHROMIUM_ARGS, ...(options.args ?? []), `--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`],
  });
  // Playwright waits forever by default; a stuck step should fail with a message instead.
  context.setDefaultTimeout(15_000);
  const extensionRequests: string[] = [];
  context.on('request', (request) => {
    if (isExtensionNetworkRequest(request)) extensionRequests.push(request.url());
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;
  if (options.quotaBytes !== undefined) {
    const page = context.pages()[0] ?? (await context.newPage());
    const cdp = await context.newCDPSession(page);
    await cdp.send('Storage.overrideQuotaForOrigin', { origin: `chrome-extension://${extensionId}`, quotaSize: options.quotaBytes });
  }
  return {
    context,
    // After the browser stops the background, the worker it starts again is a new one.
    get worker() {
      return context.serviceWorkers()[0] ?? worker;
    },
    extensionId,
    extensionUrl: (path) => `chrome-extension://${extensionId}${path}`,
    extensionRequests,
    close: async () => {
      await context.close();
      if (!options.profile) rmSync(profile, { recursive: true, force: true });
      if (extensionRequests.length) throw new Error(`The extension made network requests: ${extensionRequests.join(', ')}`);
    },
  };
}

/**
 * Stops the extension's background, as Chrome does after 30 s without events, and waits until it has: the
 * next message or event starts it again.
 */
export async function stopBackground(page: Page): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('ServiceWorker.enable');
  await cdp.send('ServiceWorker.stopAllWorkers');
  await cdp.detach();
  for (let waited = 0; page.context().serviceWorkers().length > 0 && waited < 5_000; waited += 20) await page.waitForTimeout(20);
}

/**
 * A copy of the built extension without one of its permissions, in a temporary folder: to test what the
 * permission guards against (without `unlimitedStorage`, the browser enforces a storage quota).
 */
export function extensionWithout(permission: string, extensionDir = EXTENSION_DIR): string {
  const copy = join(scratchFolder('extension'), 'extension');
  cpSync(extensionDir, copy, { recursive: true });
  const manifestFile = join(copy, 'manifest.json');
  const manifest = JSON.parse(readFileSync(manifestFile, 'utf8')) as { permissions?: string[] };
  if (!manifest.permissions?.includes(permission)) throw new Error(`The built extension does not ask for ${permission}`);
  manifest.permissions = manifest.permissions.filter((p) => p !== permission);
  writeFileSync(manifestFile, JSON.stringify(manifest));
  return copy;
}

/**
 * The sidebar's frame in a page, once the content script has shown it. A sidebar opened at the glance goes in
 * unseen, letting clicks through to the page until the page is judged news: a click then would land on the
 * page beneath. `unseen: true` returns its frame as soon as it is in.
 */
export async function sidebarFrame(page: Page, options: { unseen?: boolean; timeout?: number } = {}): Promise<Frame> {
  const deadline = Date.now() + (options.timeout ?? 15_000);
  while (Date.now() < deadline) {
    // After a reload or a close, the old sidebar frame can linger detached for a moment.
    const frame = page.frames().find((f) => f.url().includes('/sidebar.html') && !f.isDetached());
    if (frame && (options.unseen || (await page.locator('crosscheck-sidebar:not(.unseen)').count()) > 0)) return frame;
    await page.waitForTimeout(50);
  }
  throw new Error('The sidebar did not open');
}

/** The id of the tab showing a page, asked of the service worker (tests cannot read tab ids otherwise). */
export async function tabIdOf(browser: ExtensionBrowser, page: Page): Promise<number> {
  await page.bringToFront();
  return browser.worker.evaluate(async () => {
    type Tabs = { query: (q: object) => Promise<Array<{ id?: number }>> };
    const tabs = (globalThis as unknown as { chrome: { tabs: Tabs } }).chrome.tabs;
    const [tab] = await tabs.query({ active: true, lastFocusedWindow: true });
    return tab!.id!;
  });
}

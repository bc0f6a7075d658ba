import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, sidebarFrame, tabIdOf, type ExtensionBrowser } from '../../scripts/chromium';
import { startFixtureServer } from '../../scripts/fixture-server';

let browser: ExtensionBrowser;

beforeAll(async () => {
  browser = await launchWithExtension();
});
afterAll(async () => browser?.close());

describe('popup search', () => {
  it('finds the seed article from a misspelled name, highlights it, and opens it from the keyboard', async () => {
    const popup = await browser.context.newPage();
    await popup.goto(browser.extensionUrl('/popup.html'));
    const box = popup.getByRole('searchbox', { name: 'Search your archive' });
    // The search box has focus on open: typing goes straight into it.
    await expect.poll(() => popup.evaluate(() => document.activeElement?.id)).toBe('search');
    await popup.keyboard.type('Peskow', { delay: 30 });
    const first = popup.getByRole('option').first();
    await expect.poll(() => first.textContent(), { timeout: 10_000 }).toContain('Trump signs off on 28-point plan');
    await expect(first.locator('mark').first().textContent()).resolves.toMatch(/^Pesko/);
    const reader = browser.context.waitForEvent('page');
    await box.press('Enter');
    const readerPage = await reader;
    await readerPage.waitForLoadState();
    await readerPage.getByRole('heading', { level: 1 }).waitFor();
    await expect(readerPage.getByRole('heading', { level: 1 }).textContent()).resolves.toContain('28-point plan');
    await expect(readerPage.locator('article').textContent()).resolves.toContain('Maria Zakharova');
    // Statements in the archived copy are marked.
    expect(await readerPage.locator('mark.statement').count()).toBeGreaterThan(5);
    await readerPage.close();
    await popup.close();
  });

  it('says so when nothing matches', async () => {
    const popup = await browser.context.newPage();
    await popup.goto(browser.extensionUrl('/popup.html'));
    await popup.getByRole('searchbox').fill('zzqxv');
    await expect.poll(() => popup.getByText(/Nothing in your archive matches/).count()).toBe(1);
    expect(await popup.getByRole('option').count()).toBe(0);
    await popup.close();
  });
});

describe('popup actions on the current tab', () => {
  // A real toolbar popup cannot be driven headless; its buttons send these messages for the active tab.
  const send = (extensionPage: import('playwright-core').Page, message: object) =>
    extensionPage.evaluate((m) => (globalThis as unknown as { chrome: { runtime: { sendMessage: (m: object) => Promise<unknown> } } }).chrome.runtime.sendMessage(m), message);

  it('"Open sidebar for this page" opens it on a page that stayed silent, and "Save this page" saves it', async () => {
    const server = await startFixtureServer();
    const article = await browser.context.newPage();
    await article.goto(server.url('/world/2025/10/14/gaza-ceasefire-holds-witkoff-second-phase'));
    const tabId = await tabIdOf(browser, article);
    const popup = await browser.context.newPage();
    await popup.goto(browser.extensionUrl('/popup.html'));

    await expect(send(popup, { type: 'tab:open-sidebar', tabId })).resolves.toBe(true);
    const frame = await sidebarFrame(article);
    await frame.getByText('Nothing in your archive on this story yet.').waitFor();

    await expect(send(popup, { type: 'tab:save', tabId })).resolves.toMatchObject({ ok: true, title: expect.stringContaining('Gaza ceasefire holds') });
    await popup.getByRole('searchbox').fill('Witkof');
    await expect.poll(() => popup.getByRole('option').allTextContents()).toEqual(expect.arrayContaining([expect.stringContaining('Gaza ceasefire holds')]));
    await article.close();
    await popup.close();
    await server.close();
  });

  it('after the reader leaves an analysed article for a page the first look turns down, they act on the page shown', async () => {
    const server = await startFixtureServer();
    const tab = await browser.context.newPage();
    await tab.goto(server.url('/world/2025/11/21/kremlin-us-peace-proposal'));
    // The article is related to the archive: its sidebar opens by itself, and the tab holds its analysis.
    await (await sidebarFrame(tab)).getByRole('heading', { name: 'Related reporting' }).waitFor();
    const tabId = await tabIdOf(browser, tab);
    // The front page is turned down by the first look, so it sends nothing.
    await tab.goto(server.url('/'));
    const popup = await browser.context.newPage();
    await popup.goto(browser.extensionUrl('/popup.html'));

    await expect(send(popup, { type: 'tab:open-sidebar', tabId })).resolves.toBe(true);
    const frame = await sidebarFrame(tab);
    await expect.poll(() => frame.locator('.subject-text').textContent()).toContain('The Daily Ledger');
    const saved = await send(popup, { type: 'tab:save', tabId });
    expect(saved).not.toMatchObject({ title: expect.stringContaining('peace') });
    expect(saved).toMatchObject({ ok: true, title: expect.stringContaining('The Daily Ledger') });
    await tab.close();
    await popup.close();
    await server.close();
  });

  it('a web page gets no extension messaging of its own (no externally_connectable)', async () => {
    const server = await startFixtureServer();
    const article = await browser.context.newPage();
    await article.goto(server.url('/'));
    // The page's own scripts have no extension messaging at all.
    expect(await article.evaluate(() => typeof (globalThis as unknown as { chrome?: { runtime?: { sendMessage?: unknown } } }).chrome?.runtime?.sendMessage)).toBe('undefined');
    await article.close();
    await server.close();
  });
});

describe('theme', () => {
  const background = (page: import('playwright-core').Page) => page.evaluate(() => getComputedStyle(document.body).backgroundColor);

  it('follows the system’s dark mode, unless the reader picked a theme', async () => {
    const popup = await browser.context.newPage();
    await popup.emulateMedia({ colorScheme: 'dark' });
    await popup.goto(browser.extensionUrl('/popup.html'));
    await expect.poll(() => background(popup)).toBe('rgb(22, 24, 29)');
    await popup.emulateMedia({ colorScheme: 'light' });
    await expect.poll(() => background(popup)).toBe('rgb(255, 255, 255)');

    const options = await browser.context.newPage();
    await options.goto(browser.extensionUrl('/options.html'));
    await options.getByLabel('Dark', { exact: true }).check();
    // Light system, dark choice: the popup turns dark as soon as the setting changes.
    await expect.poll(() => background(popup)).toBe('rgb(22, 24, 29)');
    await options.getByLabel('Follow the system').check();
    await expect.poll(() => background(popup)).toBe('rgb(255, 255, 255)');
    await options.close();
    await popup.close();
  });
});

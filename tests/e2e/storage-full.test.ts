import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toArchiveFile } from '../../lib/archive/archive-file';
import { articlePool, generateArchive } from '../../scripts/bench/generate-archive';
import { extensionWithout, launchWithExtension, sidebarFrame, tabIdOf, type ExtensionBrowser } from '../../scripts/chromium';
import { startFixtureServer, type FixtureServer } from '../../scripts/fixture-server';
import { archiveHeading as heading, importStatus } from '../../scripts/archive-manager';
import { storedCounts } from './stored-counts';
import { scratchFolder } from '../../scripts/scratch-folder';

// The released extension asks for unlimitedStorage, under which Chromium hardly enforces a quota; this copy
// does without it, so the quota below is real. 1 MB is less than the extension already uses (its service
// worker's registration alone takes about 2 MB), so the disk is "full" for every write.
const QUOTA = 1_000_000;
const FULL = 'Your browser has no room left for the archive.';

let browser: ExtensionBrowser;
let server: FixtureServer;
let file: string;
let probeTitle: string;

beforeAll(async () => {
  const articles = generateArchive(articlePool(40), 300);
  probeTitle = articles[123]!.title;
  file = join(scratchFolder('full'), 'three-hundred.json');
  writeFileSync(file, JSON.stringify(toArchiveFile(articles, new Date())));
  server = await startFixtureServer();
  browser = await launchWithExtension({ extensionDir: extensionWithout('unlimitedStorage'), quotaBytes: QUOTA });
}, 60_000);
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('a full disk', () => {
  it('a page saved from the sidebar says it was not saved, and why', async () => {
    const article = await browser.context.newPage();
    await article.goto(server.url('/world/2025/10/14/gaza-ceasefire-holds-witkoff-second-phase'));
    const tabId = await tabIdOf(browser, article);
    // The popup's "Open sidebar for this page" (a real toolbar popup cannot be clicked headless).
    const popup = await browser.context.newPage();
    await popup.goto(browser.extensionUrl('/popup.html'));
    await popup.evaluate((id) => (globalThis as unknown as { chrome: { runtime: { sendMessage: (m: object) => Promise<unknown> } } }).chrome.runtime.sendMessage({ type: 'tab:open-sidebar', tabId: id }), tabId);
    const frame = await sidebarFrame(article);
    await frame.getByRole('button', { name: 'Save this page' }).click();
    await expect.poll(() => frame.getByRole('alert').textContent()).toBe(`Not saved. ${FULL} Free some disk space, or delete articles you no longer need, then try again.`);
    // The button stays, to try again once there is room.
    await expect(frame.getByRole('button', { name: 'Save this page' }).isEnabled()).resolves.toBe(true);
    expect(await storedCounts(popup)).toEqual({ articles: 0, index: 0 });
    await popup.close();
    await article.close();
  });

  it('refuses an import with a clear message, keeps nothing of it, and the same file imports once there is room', async () => {
    const page = await browser.context.newPage();
    await page.goto(browser.extensionUrl('/options.html'));
    // Installed on a full disk: the bundled article could not be stored, yet the archive opens (empty).
    await expect.poll(() => heading(page).textContent(), { timeout: 20_000 }).toContain('(0 articles)');
    await page.locator('input[type=file]').setInputFiles(file);
    await expect.poll(() => importStatus(page).textContent(), { timeout: 30_000 }).toContain(`three-hundred.json was not imported. ${FULL}`);
    await expect(importStatus(page).textContent()).resolves.toContain('Your archive is unchanged.');
    await page.reload();
    await expect.poll(() => heading(page).textContent(), { timeout: 20_000 }).toContain('(0 articles)');
    expect(await storedCounts(page)).toEqual({ articles: 0, index: 0 });
    // Nothing of it reached the in-memory search either.
    const popup = await browser.context.newPage();
    await popup.goto(browser.extensionUrl('/popup.html'));
    await popup.getByRole('searchbox').fill(probeTitle);
    await expect.poll(async () => (await popup.getByRole('option').count()) + (await popup.getByText('Nothing in your archive matches').count())).toBeGreaterThan(0);
    expect(await popup.getByRole('option').filter({ hasText: probeTitle }).count()).toBe(0);

    // Room again (the override lifted): the very same file goes in whole.
    const cdp = await browser.context.newCDPSession(page);
    await cdp.send('Storage.overrideQuotaForOrigin', { origin: `chrome-extension://${browser.extensionId}` });
    await page.locator('input[type=file]').setInputFiles(file);
    await expect.poll(() => importStatus(page).textContent(), { timeout: 30_000 }).toContain('300 new');
    expect(await storedCounts(page)).toEqual({ articles: 300, index: 300 });
    // The bundled article waited for room: the next start of the background brings it in.
    await cdp.send('ServiceWorker.enable');
    await cdp.send('ServiceWorker.stopAllWorkers');
    await page.reload();
    await expect.poll(() => heading(page).textContent(), { timeout: 20_000 }).toContain('(301 articles)');
    expect(await storedCounts(page)).toEqual({ articles: 301, index: 301 });
    await popup.close();
    await page.close();
  }, 90_000);
});

import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, sidebarFrame, type ExtensionBrowser } from '../../scripts/chromium';
import { startFixtureServer } from '../../scripts/fixture-server';
import { archiveHeading } from '../../scripts/archive-manager';
import { scratchFolder } from '../../scripts/scratch-folder';

let browser: ExtensionBrowser;
const dir = scratchFolder('export');

beforeAll(async () => {
  browser = await launchWithExtension();
});
afterAll(async () => browser?.close());

/** Settings are saved asynchronously: wait until storage holds what the page shows. */
async function savedSettings(): Promise<{ sidebarMode: string; neverRunOn: string[]; theme: string; rememberRead: boolean }> {
  return browser.worker.evaluate(async () => {
    const chromeApi = (globalThis as unknown as { chrome: { storage: { local: { get: (k: string) => Promise<Record<string, unknown>> } } } }).chrome;
    return ((await chromeApi.storage.local.get('settings')).settings ?? {}) as { sidebarMode: string; neverRunOn: string[]; theme: string; rememberRead: boolean };
  });
}

const rows = (page: import('playwright-core').Page) => page.locator('table[aria-label="Articles in your archive"] tbody tr');

describe('options: the archive manager', () => {
  it('exports the archive, and importing the file restores a deleted article', async () => {
    const page = await browser.context.newPage();
    page.on('dialog', (d) => void d.accept());
    await page.goto(browser.extensionUrl('/options.html'));
    // The first page of a new profile: the background is still putting the bundled archive in (on a loaded CI
    // machine that once took more than poll's default 5 s).
    await expect.poll(() => rows(page).count(), { timeout: 15_000 }).toBe(1);
    await expect(rows(page).first().textContent()).resolves.toContain('Trump signs off on 28-point plan');

    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Export to a file' }).click();
    const file = join(dir, 'archive.json');
    await (await download).saveAs(file);
    const exported = JSON.parse(readFileSync(file, 'utf8'));
    expect(exported.format).toBe('crosscheck-archive');
    expect(exported.articles).toHaveLength(1);

    await page.getByRole('button', { name: /^Delete “Trump signs off/ }).click();
    await expect.poll(() => rows(page).count()).toBe(0);

    await page.locator('input[type=file]').setInputFiles(file);
    await expect.poll(() => rows(page).count()).toBe(1);
    await expect(page.getByRole('status').filter({ hasText: 'Imported' }).textContent()).resolves.toContain('1 new');

    // The restored article is whole: same text and analysis as before.
    const download2 = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Export to a file' }).click();
    const file2 = join(dir, 'archive-2.json');
    await (await download2).saveAs(file2);
    const again = JSON.parse(readFileSync(file2, 'utf8'));
    expect(again.articles).toEqual(exported.articles);
    await page.close();
  });

  it('rejects a broken file with a clear message and leaves the archive as it was', async () => {
    const page = await browser.context.newPage();
    await page.goto(browser.extensionUrl('/options.html'));
    await expect.poll(() => rows(page).count()).toBe(1);
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, JSON.stringify({ format: 'crosscheck-archive', version: 1, exportedAt: 'x', articles: [{ id: 'a', title: '' }] }));
    await page.locator('input[type=file]').setInputFiles(bad);
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'not imported' }).count()).toBe(1);
    await expect(page.locator('ul.problems').textContent()).resolves.toContain('Article 1: missing title');
    expect(await rows(page).count()).toBe(1);
    await page.close();
  });

  it('searches, filters and bulk-deletes, and shows the storage used', async () => {
    const page = await browser.context.newPage();
    page.on('dialog', (d) => void d.accept());
    await page.goto(browser.extensionUrl('/options.html'));
    await expect.poll(() => rows(page).count()).toBe(1);
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Export to a file' }).click();
    const file = join(dir, 'for-manager.json');
    await (await download).saveAs(file);
    const exported = JSON.parse(readFileSync(file, 'utf8'));
    const seed = exported.articles[0];
    const copy = (n: number, title: string, publisher: string) => ({ ...seed, id: `m${n}`, contentHash: `m${n}`, url: `https://example.com/${n}`, title, publisher, origin: 'imported' });
    exported.articles = [copy(1, 'Gaza ceasefire holds', 'Harbour Times'), { ...copy(2, 'Markets slip as oil rises', 'The Daily Ledger'), publishedAt: '2024-05-01T09:00:00Z' }];
    writeFileSync(file, JSON.stringify(exported));
    await page.locator('input[type=file]').setInputFiles(file);
    await expect.poll(() => rows(page).count()).toBe(3);
    await expect(page.locator('p.storage').textContent()).resolves.toMatch(/MB used/);

    await page.getByLabel('Published from').fill('2025-01-01');
    await expect.poll(() => rows(page).count()).toBe(2);
    await page.getByLabel('to', { exact: true }).fill('2024-12-31');
    await page.getByLabel('Published from').fill('');
    await expect.poll(() => rows(page).allTextContents()).toEqual([expect.stringContaining('Markets slip')]);
    await page.getByLabel('to', { exact: true }).fill('');
    await expect.poll(() => rows(page).count()).toBe(3);

    await page.getByLabel('Origin').selectOption('imported');
    await expect.poll(() => rows(page).count()).toBe(2);
    await page.getByLabel('Search', { exact: true }).fill('ceasefire');
    await expect.poll(() => rows(page).allTextContents()).toEqual([expect.stringContaining('Gaza ceasefire holds')]);
    await page.getByLabel('Search', { exact: true }).fill('');
    await page.getByLabel('Select all shown').check();
    await page.getByRole('button', { name: 'Delete selected (2)' }).click();
    await page.getByLabel('Origin').selectOption('all');
    await expect.poll(() => rows(page).allTextContents()).toEqual([expect.stringContaining('Trump signs off')]);
    await page.close();
  });

  it('exports a selection as NDJSON, and importing it restores the deleted article', async () => {
    const page = await browser.context.newPage();
    page.on('dialog', (d) => void d.accept());
    await page.goto(browser.extensionUrl('/options.html'));
    await expect.poll(() => rows(page).count()).toBe(1);
    await page.getByLabel(/^Select “Trump signs off/).check();
    await page.getByLabel('Format').selectOption('ndjson');
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Export selected (1)' }).click();
    const file = join(dir, 'selection.ndjson');
    await (await download).saveAs(file);
    const lines = readFileSync(file, 'utf8').trim().split('\n');
    expect(lines).toHaveLength(2);
    expect(JSON.parse(lines[0]!)).toMatchObject({ format: 'crosscheck-archive', version: 1 });
    expect(JSON.parse(lines[1]!).title).toContain('Trump signs off');

    await page.getByRole('button', { name: 'Delete selected (1)' }).click();
    await expect.poll(() => rows(page).count()).toBe(0);
    await page.locator('input[type=file]').setInputFiles(file);
    await expect.poll(() => rows(page).count()).toBe(1);
    await page.close();
  });

  it('keeps settings: the sidebar mode chosen here is what the content script obeys', async () => {
    const page = await browser.context.newPage();
    await page.goto(browser.extensionUrl('/options.html'));
    await page.getByLabel(/Show only a small “Crosscheck” button/).check();
    await expect.poll(async () => (await savedSettings()).sidebarMode).toBe('toggle');
    await page.reload();
    await expect(page.getByLabel(/Show only a small “Crosscheck” button/).isChecked()).resolves.toBe(true);

    const server = await startFixtureServer();
    const article = await browser.context.newPage();
    await article.goto(server.url('/world/2025/11/21/kremlin-us-peace-proposal'));
    const toggle = article.locator('crosscheck-toggle');
    await toggle.waitFor({ state: 'attached', timeout: 10_000 });
    expect(article.frames().some((f) => f.url().includes('sidebar.html'))).toBe(false);
    // The button lives in a closed shadow root: click where it is drawn, as a reader would.
    const box = (await toggle.boundingBox())!;
    await article.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    await (await sidebarFrame(article)).getByRole('heading', { name: /Related reporting/ }).waitFor({ timeout: 10_000 });
    await article.close();
    await server.close();

    await page.getByLabel(/Open the sidebar by itself/).check();
    await expect.poll(async () => (await savedSettings()).sidebarMode).toBe('auto');
    await page.close();
  });

  it('never runs on a site the reader listed', async () => {
    const server = await startFixtureServer();
    const page = await browser.context.newPage();
    await page.goto(browser.extensionUrl('/options.html'));
    await page.getByLabel(/One site per line/).fill('http://127.0.0.1:1234/whatever');
    await page.getByRole('button', { name: 'Save site list' }).click();
    await expect(page.getByLabel(/One site per line/).inputValue()).resolves.toBe('127.0.0.1');
    await expect.poll(async () => (await savedSettings()).neverRunOn).toEqual(['127.0.0.1']);

    const article = await browser.context.newPage();
    await article.goto(server.url('/world/2025/11/21/kremlin-us-peace-proposal'));
    await article.waitForTimeout(2500);
    expect(await article.locator('crosscheck-sidebar, crosscheck-toggle').count()).toBe(0);
    await article.close();

    await page.getByLabel(/One site per line/).fill('');
    await page.getByRole('button', { name: 'Save site list' }).click();
    await expect.poll(async () => (await savedSettings()).neverRunOn).toEqual([]);
    const again = await browser.context.newPage();
    await again.goto(server.url('/world/2025/11/21/kremlin-us-peace-proposal'));
    await sidebarFrame(again);
    await again.close();
    await page.close();
    await server.close();
  });

  it('remembers a news article the reader stayed on, only once the option is on', async () => {
    const server = await startFixtureServer();
    const page = await browser.context.newPage();
    await page.goto(browser.extensionUrl('/options.html'));
    // Count the rows once the list has arrived, not while it is still loading.
    await expect.poll(() => archiveHeading(page).textContent()).toMatch(/\(\d+ articles?\)/);
    const before = await rows(page).count();

    const first = await browser.context.newPage();
    await first.goto(server.url('/world/2025/10/14/gaza-ceasefire-holds-witkoff-second-phase'));
    await first.waitForTimeout(6500);
    await first.close();
    await page.reload();
    await expect.poll(() => rows(page).count()).toBe(before);

    await page.getByLabel('Remember news articles I read').check();
    await expect.poll(async () => (await savedSettings()).rememberRead).toBe(true);
    const second = await browser.context.newPage();
    await second.goto(server.url('/world/2025/10/14/gaza-ceasefire-holds-witkoff-second-phase'));
    // A front page is never remembered, however long the reader stays.
    const front = await browser.context.newPage();
    await front.goto(server.url('/'));
    await second.bringToFront();
    // Remembered 5 s after the page's analysis arrives; on a busy machine that can take a little longer.
    await second.waitForTimeout(5500);
    const remembered = async () => {
      await page.reload();
      await page.getByLabel('Origin').selectOption('remembered');
      return rows(page).allTextContents();
    };
    await expect.poll(remembered, { timeout: 20_000, interval: 1000 }).toEqual([expect.stringMatching(/Gaza ceasefire holds.*Remembered/)]);
    await page.getByLabel('Remember news articles I read').uncheck();
    await second.close();
    await front.close();
    await page.close();
    await server.close();
  });
});

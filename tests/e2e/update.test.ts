import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toArchiveFile } from '../../lib/archive/archive-file';
import { EXTENSION_DIR, launchWithExtension } from '../../scripts/chromium';
import { bundledArchive } from '../unit/support/engine';
import { archiveHeading, importStatus } from '../../scripts/archive-manager';

/** The last release with the previous archive schema (version 2): the build readers update from. */
const PREVIOUS_RELEASE = '99a64d7';

const repo = fileURLToPath(new URL('../..', import.meta.url));
const work = mkdtempSync(join(tmpdir(), 'crosscheck-update-'));
const previous = join(work, 'previous');
// Chromium knows an unpacked extension by its folder: the update replaces what is in it.
const installed = join(work, 'installed');
const profile = join(work, 'profile');

beforeAll(() => {
  execFileSync('git', ['worktree', 'add', '--detach', previous, PREVIOUS_RELEASE], { cwd: repo, stdio: 'ignore' });
  symlinkSync(join(repo, 'node_modules'), join(previous, 'node_modules'));
  // Vitest sets NODE_ENV=test, which would build a test flavour; the reader had a production build.
  execFileSync('npx', ['wxt', 'build'], { cwd: previous, stdio: 'ignore', env: { ...process.env, NODE_ENV: 'production' } });
  cpSync(join(previous, '.output/chrome-mv3'), installed, { recursive: true });
}, 180_000);

afterAll(() => {
  execFileSync('git', ['worktree', 'remove', '--force', previous], { cwd: repo, stdio: 'ignore' });
  rmSync(work, { recursive: true, force: true });
});

describe('updating the extension', () => {
  it('keeps every article across an update that changes the archive schema', async () => {
    // The previous release: the reader imports three articles of their own.
    const seed = bundledArchive().articles[0]!;
    const own = [1, 2, 3].map((i) => ({ ...seed, id: `own-${i}`, contentHash: `own-${i}`, origin: 'saved' as const, url: `https://example.com/own-${i}`, title: `Reader's own article number ${i}` }));
    const file = join(work, 'own.json');
    writeFileSync(file, JSON.stringify(toArchiveFile(own, new Date())));
    let browser = await launchWithExtension({ profile, extensionDir: installed });
    let page = await browser.context.newPage();
    await page.goto(browser.extensionUrl('/options.html'));
    await page.locator('input[type=file]').setInputFiles(file);
    await expect.poll(() => importStatus(page).textContent(), { timeout: 20_000 }).toContain('3 new');
    const before = await page.evaluate(async () => (await indexedDB.databases()).find((d) => d.name === 'crosscheck-archive')?.version);
    expect(before).toBe(2);
    await browser.close();

    // The update: this build replaces the previous one in the same folder; the browser starts again.
    expect(existsSync(join(EXTENSION_DIR, 'manifest.json'))).toBe(true);
    rmSync(installed, { recursive: true, force: true });
    cpSync(EXTENSION_DIR, installed, { recursive: true });
    // A store update replaces the files and registers the new service worker. Chromium keeps an unpacked
    // extension's old registration across a restart (the old code would go on running), so the test drops
    // it, as the update would.
    rmSync(join(profile, 'Default', 'Service Worker'), { recursive: true, force: true });
    browser = await launchWithExtension({ profile, extensionDir: installed });
    page = await browser.context.newPage();
    await page.goto(browser.extensionUrl('/options.html'));
    const dbVersion = () => page.evaluate(async () => (await indexedDB.databases()).find((d) => d.name === 'crosscheck-archive')?.version);
    await expect.poll(() => archiveHeading(page).textContent(), { timeout: 20_000 }).toContain('(4 articles)');
    await expect.poll(dbVersion, { timeout: 20_000 }).toBe(3);
    // The upgraded archive is searchable and whole.
    const popup = await browser.context.newPage();
    await popup.goto(browser.extensionUrl('/popup.html'));
    await popup.getByRole('searchbox').fill("Reader's own article number 2");
    await expect.poll(() => popup.getByRole('option').first().textContent(), { timeout: 20_000 }).toContain('number 2');
    const opened = browser.context.waitForEvent('page');
    await popup.getByRole('option').first().click();
    const reader = await opened;
    await reader.getByRole('heading', { level: 1 }).waitFor();
    await expect(reader.getByRole('heading', { level: 1 }).textContent()).resolves.toContain('number 2');
    await browser.close();
  }, 120_000);
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, type ExtensionBrowser } from '../../scripts/chromium';

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

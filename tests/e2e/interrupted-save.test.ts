import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { sidebarFrame } from '../../scripts/chromium';
import { useReaderSession } from './reader-session';
import { storedCounts } from './stored-counts';

const session = useReaderSession();
const ARTICLE = '/world/2025/11/21/kremlin-us-peace-proposal';

/** Messages the options page may send, as its buttons do. */
function send<T>(options: Page, message: object): Promise<T> {
  return options.evaluate((m) => (globalThis as unknown as { chrome: { runtime: { sendMessage: (m: object) => Promise<unknown> } } }).chrome.runtime.sendMessage(m), message) as Promise<T>;
}

describe('a background stopped in the middle of a save', () => {
  it('keeps all of the article or none of it, whenever it is stopped, and the sidebar says what happened', async () => {
    const { browser, server } = session;
    const options = await browser.context.newPage();
    await options.goto(browser.extensionUrl('/options.html'));
    const cdp = await browser.context.newCDPSession(options);
    await cdp.send('ServiceWorker.enable');
    const outcomes: string[] = [];
    // A save takes about 10 ms once the page is analysed: these stops fall before the message is handled,
    // during the write, and after it committed.
    for (const delayMs of [0, 2, 4, 6, 8, 10, 12, 15, 20, 40]) {
      const page = await browser.context.newPage();
      await page.goto(server.url(ARTICLE));
      const frame = await sidebarFrame(page);
      await frame.getByRole('button', { name: 'Save this page to my archive' }).click();
      await page.waitForTimeout(delayMs);
      await cdp.send('ServiceWorker.stopAllWorkers');

      // The sidebar never stays "saving": it says saved, or that it could not confirm the save.
      await expect.poll(async () => (await frame.getByText(/^Saved “/).count()) + (await frame.getByRole('alert').count()), { timeout: 15_000 }).toBe(1);
      const alert = (await frame.getByRole('alert').count()) ? await frame.getByRole('alert').textContent() : null;
      if (alert) expect(alert).toBe('Crosscheck was interrupted before it could confirm the save. Please try again.');

      // All of a record or none: every article has its index record.
      const counts = await storedCounts(options);
      expect(counts.articles).toBe(counts.index);
      const list = await send<Array<{ id: string; url?: string; origin: string }>>(options, { type: 'archive:list' });
      const saved = list.filter((a) => a.origin === 'saved');
      expect(saved.length).toBeLessThanOrEqual(1);
      expect(counts.articles).toBe(list.length);
      outcomes.push(`${delayMs} ms: ${saved.length ? 'kept' : 'not kept'}${alert ? ', sidebar asked to retry' : ', sidebar said saved'}`);
      // A confirmed save is always kept.
      if (!alert) expect(saved.length).toBe(1);
      if (saved.length) await send(options, { type: 'archive:delete', ids: saved.map((a) => a.id) });
      await page.close();
    }
    console.log(`stopped mid-save:\n  ${outcomes.join('\n  ')}`);
  }, 120_000);
});

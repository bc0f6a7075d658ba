import { describe, expect, it } from 'vitest';
import { useReaderSession } from './reader-session';

const session = useReaderSession();

/**
 * Every end-to-end test records the requests the extension's own contexts make (scripts/chromium.ts) and fails
 * on close if there were any. These tests show that the recorder sees such requests, and that the extension
 * could not make them anyway.
 */
describe('zero network', () => {
  it('the recorder catches a request from an extension page', async () => {
    const { browser, server } = session;
    const options = await browser.context.newPage();
    await options.goto(browser.extensionUrl('/options.html'));
    // An image is not covered by connect-src, so it does reach the server: the recorder must see it.
    await options.evaluate((url) => new Promise((done) => Object.assign(new Image(), { onload: done, onerror: done, src: url })), server.url('/recorder-probe.png'));
    expect(server.requested).toContain('/recorder-probe.png');
    expect(browser.extensionRequests).toEqual([server.url('/recorder-probe.png')]);
    browser.extensionRequests.length = 0;
    await options.close();
  });

  it('the background and the extension pages cannot fetch: their policy forbids it', async () => {
    const { browser, server } = session;
    const tryFetch = (url: string) => fetch(url).then(() => 'sent', (error: Error) => `refused: ${error.name}`);
    expect(await browser.worker.evaluate(tryFetch, server.url('/from-background'))).toMatch(/^refused/);
    for (const page of ['/popup.html', '/options.html', '/reader.html', '/sidebar.html']) {
      const tab = await browser.context.newPage();
      await tab.goto(browser.extensionUrl(page));
      expect(await tab.evaluate(tryFetch, server.url(`/from${page}`)), page).toMatch(/^refused/);
      await tab.close();
    }
    expect(server.requested.filter((p) => p.startsWith('/from'))).toEqual([]);
    expect(browser.extensionRequests).toEqual([]);
  });
});

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractArticle, type Extraction } from '../../lib/extract/extract-article';
import { pageToSend } from '../../lib/extract/page-to-send';
import { parseHtmlDocument } from '../../lib/extract/parse-html';
import { corpus, readabilityPages } from '../../scripts/eval/corpora';
import { sidebarFrame } from '../../scripts/chromium';
import { useReaderSession } from './reader-session';

const session = useReaderSession();
const ARTICLE = '/world/2025/11/21/kremlin-us-peace-proposal';

/** The offscreen documents the extension has open, as the service worker sees them. */
const offscreenDocuments = () =>
  session.browser.worker.evaluate(async () => {
    type Runtime = { getContexts(filter: object): Promise<Array<{ documentUrl?: string }>> };
    const runtime = (globalThis as unknown as { chrome: { runtime: Runtime } }).chrome.runtime;
    return (await runtime.getContexts({ contextTypes: ['OFFSCREEN_DOCUMENT'] })).map((c) => new URL(c.documentUrl ?? '').pathname);
  });

/** Asks the offscreen document to extract a page, as the background does. */
const extractOffscreen = (html: string, url: string) =>
  session.browser.worker.evaluate(
    ([html, url]) => (globalThis as unknown as { chrome: { runtime: { sendMessage(m: object): Promise<Extraction> } } }).chrome.runtime.sendMessage({ type: 'offscreen:extract', html, url }),
    [html, url] as const,
  );

describe("pages are parsed by the browser's own parser, off the page", () => {
  it('in an offscreen document that the background starts, and starts again if it is closed', async () => {
    await expect.poll(offscreenDocuments, { timeout: 10_000 }).toEqual(['/offscreen.html']);
    const page = await session.browser.context.newPage();
    await page.goto(session.server.url(ARTICLE));
    await (await sidebarFrame(page)).getByRole('heading', { name: /Related reporting/ }).waitFor();
    await page.close();

    // Chrome may close the document; the page at hand is then read with linkedom, and a new document starts.
    await session.browser.worker.evaluate(() => (globalThis as unknown as { chrome: { offscreen: { closeDocument(): Promise<void> } } }).chrome.offscreen.closeDocument());
    expect(await offscreenDocuments()).toEqual([]);
    const again = await session.browser.context.newPage();
    await again.goto(session.server.url(ARTICLE));
    await (await sidebarFrame(again)).getByRole('heading', { name: /Related reporting/ }).waitFor();
    await expect.poll(offscreenDocuments, { timeout: 10_000 }).toEqual(['/offscreen.html']);
    await again.close();
  });

  it("finds the same article and verdict as linkedom on Readability's 130 test pages", async () => {
    await expect.poll(offscreenDocuments, { timeout: 10_000 }).toEqual(['/offscreen.html']);
    const folders = readabilityPages().map((p) => p.folder);
    const url = 'http://fakehost/test/page.html';
    let sameVerdict = 0;
    let sameText = 0;
    const differ: string[] = [];
    for (const folder of folders) {
      // The page as the content script sends it (its head and article region).
      const html = pageToSend(parseHtmlDocument(readFileSync(corpus('readability-test-pages', folder, 'source.html'), 'utf8')));
      const inNode = extractArticle(parseHtmlDocument(html), url);
      const inBrowser = await extractOffscreen(html, url);
      if (inBrowser.verdict.isArticle === inNode.verdict.isArticle) sameVerdict++;
      else differ.push(`${folder} (verdict)`);
      if (inBrowser.article.paragraphs.join('\n') === inNode.article.paragraphs.join('\n')) sameText++;
      else differ.push(folder);
    }
    console.log(`browser parser against linkedom: same verdict on ${sameVerdict} of ${folders.length}, same text on ${sameText}; differ: ${differ.join(', ')}`);
    expect(folders.length).toBe(130);
    expect(sameVerdict).toBe(folders.length);
    expect(sameText).toBeGreaterThanOrEqual(128);
  }, 180_000);
});

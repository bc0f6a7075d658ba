import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Frame, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { toArchiveFile } from '../../lib/archive/archive-file';
import { sidebarFrame } from '../../scripts/chromium';
import { bundledArchive } from '../unit/support/engine';
import { useReaderSession } from './reader-session';
import { importStatus } from '../../scripts/archive-manager';
import { scratchFolder } from '../../scripts/scratch-folder';

const session = useReaderSession();

/** Markup that would run script or restyle the page if it were ever parsed as HTML instead of shown as text. */
const PAYLOAD = `<img src=x onerror="document.title='pwned'"><script>document.title='pwned'</script><svg onload="document.title='pwned'"></svg><a href="javascript:document.title='pwned'">x</a><style>body{display:none}</style>`;

/** The seed, carrying the payload in every field a reader sees: still related to the demo article. */
function hostileArticle() {
  const seed = bundledArchive().articles[0]!;
  return {
    ...seed,
    id: 'hostile',
    contentHash: 'hostile',
    origin: 'imported' as const,
    url: 'https://hostile.example/2025/11/20/plan',
    title: `Peace plan leak ${PAYLOAD}`,
    publisher: `Hostile Times ${PAYLOAD}`,
    byline: `By ${PAYLOAD}`,
    standfirst: `Standfirst ${PAYLOAD}`,
    paragraphs: [...seed.paragraphs, `Closing paragraph ${PAYLOAD}`],
  };
}

/** In one document: the payload is there as text, and none of it became an element, ran, or restyled. */
async function expectInert(target: Page | Frame): Promise<void> {
  const seen = await target.evaluate(() => ({
    title: document.title,
    text: document.body.innerText,
    handlers: document.querySelectorAll('[onerror], [onload], [onclick]').length,
    scripts: document.querySelectorAll('body script').length,
    scriptLinks: document.querySelectorAll('a[href^="javascript:" i], iframe[src^="javascript:" i]').length,
    styles: document.querySelectorAll('body style').length,
    images: document.querySelectorAll('img[src="x"]').length,
    hidden: getComputedStyle(document.body).display === 'none',
  }));
  expect(seen.text).toContain('<script>document.title=');
  expect(seen).toMatchObject({ handlers: 0, scripts: 0, scriptLinks: 0, styles: 0, images: 0, hidden: false });
  expect(seen.title).not.toBe('pwned');
}

describe('stored content is inert', () => {
  it('shows imported markup as text in the archive manager, the popup, the reader page and the sidebar', async () => {
    const { browser, server } = session;
    const file = join(scratchFolder('hostile'), 'hostile.json');
    writeFileSync(file, JSON.stringify(toArchiveFile([hostileArticle()], new Date())));

    const options = await browser.context.newPage();
    await options.goto(browser.extensionUrl('/options.html'));
    await options.locator('input[type=file]').setInputFiles(file);
    await expect.poll(() => importStatus(options).textContent(), { timeout: 20_000 }).toContain('1 new');
    await expect.poll(() => options.locator('table tbody tr').count()).toBe(2);
    await expectInert(options);

    const popup = await browser.context.newPage();
    await popup.goto(browser.extensionUrl('/popup.html'));
    await popup.getByRole('searchbox').fill('Peace plan leak');
    await expect.poll(() => popup.getByRole('option').first().textContent(), { timeout: 20_000 }).toContain('Peace plan leak');
    await expectInert(popup);

    const reader = await browser.context.newPage();
    await reader.goto(browser.extensionUrl('/reader.html?id=hostile'));
    await reader.getByRole('heading', { level: 1 }).waitFor();
    await expect(reader.getByRole('heading', { level: 1 }).textContent()).resolves.toContain('<img src=x onerror=');
    await expect(reader.getByText(/^Closing paragraph </).count()).resolves.toBe(1);
    await expectInert(reader);

    const article = await browser.context.newPage();
    await article.goto(server.url('/world/2025/11/21/kremlin-us-peace-proposal'));
    const frame = await sidebarFrame(article);
    const related = frame.getByRole('list', { name: 'Related reporting' });
    await expect.poll(() => related.textContent(), { timeout: 20_000 }).toContain('Peace plan leak');
    await expectInert(frame);
    // Nothing of the archive is put into the page itself.
    expect(await article.evaluate(() => document.body.innerText.includes('Peace plan leak'))).toBe(false);
    for (const p of [options, popup, reader, article]) await p.close();
  });
});

import { describe, expect, it } from 'vitest';
import { sidebarFrame, tabIdOf } from '../../scripts/chromium';
import { useReaderSession } from './reader-session';

const session = useReaderSession();

/** Runs what a click on "Find related coverage" runs: the menu's own handler in the service worker. */
async function clickFindRelated(tabId: number, info: { selectionText?: string; linkUrl?: string; linkText?: string }) {
  await session.browser.worker.evaluate(
    ({ tabId, info }) => (globalThis as unknown as { crosscheckFindRelatedCoverage: (i: unknown, t: unknown) => Promise<void> }).crosscheckFindRelatedCoverage(info, { id: tabId }),
    { tabId, info },
  );
}

describe('"Find related coverage" from the context menu', () => {
  it('opens the sidebar with related reporting for a selection, on a page that had none', async () => {
    const page = await session.browser.context.newPage();
    await page.goto(session.server.url('/'));
    const selection = await page.evaluate(() => {
      const link = [...document.querySelectorAll('a')].find((a) => a.textContent?.includes('28-point plan'))!;
      getSelection()!.selectAllChildren(link);
      return getSelection()!.toString();
    });
    expect(page.frames().some((f) => f.url().includes('sidebar.html'))).toBe(false);
    await clickFindRelated(await tabIdOf(session.browser, page), { selectionText: selection });
    const frame = await sidebarFrame(page);
    await expect(frame.locator('.subject-text').textContent()).resolves.toBe(selection);
    const related = frame.getByRole('list', { name: 'Related reporting' });
    await related.waitFor();
    await expect(related.textContent()).resolves.toContain('Trump signs off on 28-point plan');
    await page.close();
  });

  it('replaces an open sidebar: a selection on an article the sidebar shows, then the page again', async () => {
    const page = await session.browser.context.newPage();
    await page.goto(session.server.url('/world/2025/11/21/kremlin-us-peace-proposal'));
    let frame = await sidebarFrame(page);
    await expect(frame.locator('.subject-text').textContent()).resolves.toContain('Kremlin says it received');
    const selection = await page.evaluate(() => {
      const paragraph = [...document.querySelectorAll('p')].find((p) => p.textContent?.includes('Peskov'))!;
      getSelection()!.selectAllChildren(paragraph);
      return getSelection()!.toString().trim();
    });
    const tabId = await tabIdOf(session.browser, page);
    await clickFindRelated(tabId, { selectionText: selection });
    await expect.poll(async () => (await sidebarFrame(page)).locator('.subject-text').textContent()).toBe(selection);
    frame = await sidebarFrame(page);
    await frame.getByRole('list', { name: 'Related reporting' }).waitFor();
    // And from the page itself: the page's analysis is back.
    await clickFindRelated(tabId, {});
    await expect.poll(async () => (await sidebarFrame(page)).locator('.subject-text').textContent()).toContain('Kremlin says it received');
    expect(await page.locator('crosscheck-sidebar').count()).toBe(1);
    await page.close();
  });

  it('works on a link, by its words and address', async () => {
    const page = await session.browser.context.newPage();
    await page.goto(session.server.url('/'));
    await clickFindRelated(await tabIdOf(session.browser, page), {
      linkUrl: session.server.url('/world/2025/11/21/kremlin-us-peace-proposal'),
      linkText: 'Kremlin says it received US peace proposal as Kyiv weighs 20-point plan',
    });
    const frame = await sidebarFrame(page);
    await frame.getByRole('list', { name: 'Related reporting' }).waitFor();
    await expect(frame.locator('.subject').textContent()).resolves.toContain('The link');
    await page.close();
  });

  it('on an unrelated article offers to save it, and the saved page is then found by search', async () => {
    const page = await session.browser.context.newPage();
    await page.goto(session.server.url('/world/2025/10/14/gaza-ceasefire-holds-witkoff-second-phase'));
    await page.waitForTimeout(1500);
    // Same people (Trump, Witkoff), different story: no sidebar by itself.
    expect(page.frames().some((f) => f.url().includes('sidebar.html'))).toBe(false);
    await clickFindRelated(await tabIdOf(session.browser, page), {});
    const frame = await sidebarFrame(page);
    await frame.getByText('Nothing in your archive on this story yet.').waitFor();
    await frame.getByRole('button', { name: 'Save this page' }).click();
    await frame.getByText(/Saved “Gaza ceasefire holds/).waitFor();

    const popup = await session.browser.context.newPage();
    await popup.goto(session.browser.extensionUrl('/popup.html'));
    await popup.getByRole('searchbox').fill('Gaza cesefire');
    await expect.poll(() => popup.getByRole('option').first().textContent()).toContain('Gaza ceasefire holds');
    await popup.close();
    await page.close();
  });
});

describe('"Save this page to Crosscheck" from the context menu', () => {
  it('saves the page; it then appears in the archive', async () => {
    const page = await session.browser.context.newPage();
    await page.goto(session.server.url('/world/2025/11/21/kremlin-us-peace-proposal'));
    const tabId = await tabIdOf(session.browser, page);
    const result = await session.browser.worker.evaluate(
      (id) => (globalThis as unknown as { crosscheckSavePage: (id: number) => Promise<unknown> }).crosscheckSavePage(id),
      tabId,
    );
    expect(result).toMatchObject({ ok: true, title: expect.stringContaining('Kremlin says it received') });
    const options = await session.browser.context.newPage();
    await options.goto(session.browser.extensionUrl('/options.html'));
    await expect.poll(() => options.locator('table tbody tr').allTextContents()).toEqual(expect.arrayContaining([expect.stringMatching(/Kremlin says it received.*Saved/)]));
    await options.close();
    await page.close();
  });
});

import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { sidebarFrame, tabIdOf } from '../../scripts/chromium';
import { useReaderSession } from './reader-session';

const session = useReaderSession();

describe('sidebar on a news article related to the archive', () => {
  it('opens by itself with the seed as related reporting and conflicting statements', async () => {
    const page = await session.browser.context.newPage();
    await page.goto(session.server.url('/world/2025/11/21/kremlin-us-peace-proposal'));
    const frame = await sidebarFrame(page);
    await frame.getByRole('heading', { name: /Related reporting/ }).waitFor();
    const related = frame.getByRole('list', { name: 'Related reporting' });
    await expect(related.getByRole('link').first().textContent()).resolves.toContain('Trump signs off on 28-point plan');
    await expect(related.textContent()).resolves.toContain('Anadolu Agency');
    const conflicts = frame.getByRole('list', { name: 'Conflicting statements' });
    await expect(conflicts.textContent()).resolves.toMatch(/Dmitry Peskov[\s\S]*Maria Zakharova|28-point plan/);
    expect(await conflicts.getByRole('listitem').count()).toBeGreaterThan(0);
    // The page cannot reach into the sidebar: the host's shadow root is closed.
    expect(await page.evaluate(() => document.querySelector('crosscheck-sidebar')?.shadowRoot ?? null)).toBeNull();
    await page.close();
  });

  it('scrolls to and highlights the page-side statement when clicked', async () => {
    const page = await session.browser.context.newPage();
    await page.goto(session.server.url('/world/2025/11/21/kremlin-us-peace-proposal'));
    const frame = await sidebarFrame(page);
    const pageSide = frame.locator('button.page-side').filter({ hasText: 'Dmitry Peskov' }).first();
    await pageSide.click();
    await expect
      .poll(() => page.evaluate(() => {
        const h = (CSS as unknown as { highlights: Map<string, { forEach: (cb: (r: Range) => void) => void }> }).highlights.get('crosscheck-statement');
        let text = '';
        h?.forEach((r) => (text += r.toString()));
        return text;
      }))
      .toContain('Moscow had received the US proposal');
    await page.close();
  });

  it('closes with Escape and with its close button', async () => {
    let page = await session.browser.context.newPage();
    await page.goto(session.server.url('/world/2025/11/21/kremlin-us-peace-proposal'));
    let frame = await sidebarFrame(page);
    await frame.getByRole('heading', { name: /Related reporting/ }).waitFor();
    // A reader who clicked into the sidebar presses Escape.
    await frame.getByRole('heading', { name: /Related reporting/ }).click();
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator('crosscheck-sidebar').count()).toBe(0);
    await page.close();

    page = await session.browser.context.newPage();
    await page.goto(session.server.url('/world/2025/11/21/kremlin-us-peace-proposal'));
    frame = await sidebarFrame(page);
    await frame.getByRole('button', { name: /Close sidebar/ }).click();
    await expect.poll(() => page.locator('crosscheck-sidebar').count()).toBe(0);
    await page.close();
  });
});

describe('pages that are not news articles', () => {
  it('gets no sidebar on a front page', async () => {
    const page = await session.browser.context.newPage();
    await page.goto(session.server.url('/'));
    // Give the content script and background ample time to (wrongly) act.
    await page.waitForTimeout(2500);
    expect(await page.locator('crosscheck-sidebar').count()).toBe(0);
    expect(page.frames().some((f) => f.url().includes('sidebar.html'))).toBe(false);
    await page.close();
  });
});

describe('a news article the archive knows nothing about', () => {
  /** What the background holds of the tab's page (its analysis, kept in session storage), if anything. */
  const analysedUrl = async (page: Page) => {
    const tabId = await tabIdOf(session.browser, page);
    return session.browser.worker.evaluate(async (key) => {
      type Session = { get: (key: string) => Promise<Record<string, { extracted?: { url?: string } } | undefined>> };
      const stored = await (globalThis as unknown as { chrome: { storage: { session: Session } } }).chrome.storage.session.get(key);
      return stored[key]?.extracted?.url ?? null;
    }, `tab:${tabId}`);
  };

  it('gets no sidebar, and its page is never sent whole: the glance at its opening found nothing', async () => {
    const page = await session.browser.context.newPage();
    await page.goto(session.server.url('/world/2025/11/21/kremlin-us-peace-proposal'));
    await sidebarFrame(page);
    // The related article was read whole and analysed...
    expect(await analysedUrl(page)).toContain('kremlin-us-peace-proposal');
    // ...the unrelated one, in the same tab, was not: the earlier page's analysis is gone and no other came.
    await page.goto(session.server.url('/world/2025/10/14/gaza-ceasefire-holds-witkoff-second-phase'));
    await page.waitForTimeout(2500);
    expect(await page.locator('crosscheck-sidebar').count()).toBe(0);
    expect(await analysedUrl(page)).toBeNull();
    await page.close();
  });
});

describe('single-page apps', () => {
  it('notices an article that arrives without a page load', async () => {
    const page = await session.browser.context.newPage();
    await page.goto(session.server.url('/spa-app.html'));
    await page.waitForTimeout(1500);
    expect(await page.locator('crosscheck-sidebar').count()).toBe(0);
    await page.click('#open-story');
    const frame = await sidebarFrame(page);
    await frame.getByRole('heading', { name: /Related reporting/ }).waitFor();
    await expect(frame.locator('.subject-text').textContent()).resolves.toContain('Kremlin says it received');
    await page.close();
  });
});

describe('where the archive lives', () => {
  it('is in the extension’s IndexedDB, and the page’s origin has no such database', async () => {
    const page = await session.browser.context.newPage();
    await page.goto(session.server.url('/world/2025/11/21/kremlin-us-peace-proposal'));
    await sidebarFrame(page);
    const pageDatabases = await page.evaluate(async () => (await indexedDB.databases()).map((d) => d.name));
    expect(pageDatabases).not.toContain('crosscheck-archive');
    const extensionDatabases = await session.browser.worker.evaluate(async () => (await indexedDB.databases()).map((d) => d.name));
    expect(extensionDatabases).toContain('crosscheck-archive');
    await page.close();
  });
});

describe('where the sidebar sits', () => {
  /** The page's layout shifts since it loaded (none of them caused by input), as Cumulative Layout Shift sums them. */
  const watchShifts = (page: import('playwright-core').Page) =>
    page.addInitScript(() => {
      const w = window as unknown as { shifts: number };
      w.shifts = 0;
      new PerformanceObserver((list) => {
        for (const e of list.getEntries() as Array<PerformanceEntry & { value: number; hadRecentInput: boolean }>) if (!e.hadRecentInput) w.shifts += e.value;
      }).observe({ type: 'layout-shift', buffered: true });
    });
  /** How far right the article's text reaches, and where the sidebar begins. */
  const geometry = (page: import('playwright-core').Page) =>
    page.evaluate(() => ({
      textRight: Math.max(...Array.from(document.querySelectorAll('article p'), (p) => p.getBoundingClientRect().right)),
      sidebarLeft: document.querySelector('crosscheck-sidebar')?.getBoundingClientRect().left ?? null,
      rootStyle: document.documentElement.getAttribute('style'),
    }));

  it('floats over the page by default: opening it shifts nothing', async () => {
    const page = await session.browser.context.newPage();
    await watchShifts(page);
    await page.goto(session.server.url('/world/2025/11/21/kremlin-us-peace-proposal'));
    const frame = await sidebarFrame(page);
    await frame.getByRole('heading', { name: /Related reporting/ }).waitFor();
    await page.waitForTimeout(500);
    expect(await page.evaluate(() => (window as unknown as { shifts: number }).shifts)).toBe(0);
    expect((await geometry(page)).rootStyle).toBeNull();
    await page.close();
  });

  it('docked, the page reflows beside it; undocked or closed, the page gets its own layout back', async () => {
    const page = await session.browser.context.newPage();
    await page.setViewportSize({ width: 1000, height: 800 });
    await page.goto(session.server.url('/world/2025/11/21/kremlin-us-peace-proposal'));
    let frame = await sidebarFrame(page);
    await frame.getByRole('heading', { name: /Related reporting/ }).waitFor();
    const floating = await geometry(page);
    // Floating over a 1000 px window, the sidebar covers the right of the text column.
    expect(floating.textRight).toBeGreaterThan(floating.sidebarLeft!);

    await frame.getByRole('button', { name: 'Dock beside page' }).click();
    await expect.poll(async () => { const g = await geometry(page); return g.textRight <= g.sidebarLeft!; }).toBe(true);
    await expect(frame.getByRole('button', { name: 'Dock beside page' }).getAttribute('aria-pressed')).resolves.toBe('true');

    // The choice is remembered: the next article opens docked.
    await page.reload();
    frame = await sidebarFrame(page);
    await frame.getByRole('heading', { name: /Related reporting/ }).waitFor();
    await expect.poll(async () => { const g = await geometry(page); return g.textRight <= g.sidebarLeft!; }).toBe(true);

    // Undocked: the page's root has no style of ours left.
    await frame.getByRole('button', { name: 'Dock beside page' }).click();
    await expect.poll(async () => (await geometry(page)).rootStyle).toBeNull();
    expect((await geometry(page)).textRight).toBe(floating.textRight);

    // Docked, then closed: the same.
    await frame.getByRole('button', { name: 'Dock beside page' }).click();
    await expect.poll(async () => (await geometry(page)).rootStyle).not.toBeNull();
    await frame.getByRole('button', { name: /Close sidebar/ }).click();
    await expect.poll(() => page.locator('crosscheck-sidebar').count()).toBe(0);
    expect((await geometry(page)).rootStyle).toBeNull();

    // Back to floating for the other tests.
    const options = await session.browser.context.newPage();
    await options.goto(session.browser.extensionUrl('/options.html'));
    await options.getByLabel(/Dock the sidebar beside the page/).uncheck();
    await options.close();
    await page.close();
  });
});

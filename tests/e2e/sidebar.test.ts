import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { sidebarFrame, tabIdOf } from '../../scripts/chromium';
import { GLANCE_MEASURE, SIDEBAR_COMPLETE_MARK, SIDEBAR_SHOWN_MARK } from '../../lib/extension/marks';
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

  it('opens at the glance, unseen until the page is judged news, and follows the opening\'s analysis with the whole page\'s', async () => {
    const page = await session.browser.context.newPage();
    const workerNow = () => session.browser.worker.evaluate(() => performance.now());
    const before = await workerNow();
    await page.goto(session.server.url('/world/2025/11/21/kremlin-us-peace-proposal'));
    const frame = await sidebarFrame(page, { unseen: true });
    // Put in when the glance found the story, before the page was sent, parsed and judged.
    expect(frame.url()).toContain('/sidebar.html?unseen#');
    await frame.getByRole('heading', { name: /Related reporting/ }).waitFor();
    // Judged news: the sidebar takes clicks.
    await expect.poll(() => page.locator('crosscheck-sidebar.unseen').count()).toBe(0);
    const at = () => frame.evaluate((names) => names.map((n) => performance.getEntriesByName(n)[0]?.startTime ?? null), [SIDEBAR_SHOWN_MARK, SIDEBAR_COMPLETE_MARK]);
    await expect.poll(async () => (await at()).every((t) => t !== null)).toBe(true);
    const [first, whole] = (await at()) as [number, number];
    expect(first).toBeLessThanOrEqual(whole);
    // The worker timed this page's glance, for the bench, and kept only that one.
    const glances = await session.browser.worker.evaluate((name) => performance.getEntriesByName(name).map((e) => [e.startTime, e.duration] as const), GLANCE_MEASURE);
    expect(glances).toHaveLength(1);
    const [glanceStart, glanceMs] = glances[0]!;
    expect(glanceStart).toBeGreaterThan(before);
    expect(glanceStart + glanceMs).toBeLessThan(await workerNow());
    expect(glanceMs).toBeGreaterThan(0);
    // The whole page's analysis is on screen: its statements, conflicts and the related article's stance.
    await expect(frame.getByRole('list', { name: 'Conflicting statements' }).getByRole('listitem').count()).resolves.toBeGreaterThan(0);
    await expect(frame.getByRole('heading', { name: 'Who said what on this page' }).count()).resolves.toBe(1);
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

  it('costs a page the first look turns down no listener until the reader asks for something there', async () => {
    const page = await session.browser.context.newPage();
    await page.goto(session.server.url('/'));
    await page.waitForTimeout(500);
    const tabId = await tabIdOf(session.browser, page);
    /** What the tab's content script answers to "which address?", sent as is, with no wake-up. */
    const askDirectly = () =>
      session.browser.worker.evaluate(async (tabId) => {
        type Tabs = { sendMessage: (id: number, message: object, options: object) => Promise<unknown> };
        const tabs = (globalThis as unknown as { chrome: { tabs: Tabs } }).chrome.tabs;
        return tabs.sendMessage(tabId, { type: 'page:address' }, { frameId: 0 }).then(String, (error: Error) => `error: ${error.message}`);
      }, tabId);
    expect(await askDirectly()).toMatch(/^error: .*Receiving end does not exist/);
    // The reader asks for related coverage of the page (the context menu's own handler): the background
    // wakes the listener, the sidebar opens, and from then on the page answers.
    await session.browser.worker.evaluate(
      (tabId) => (globalThis as unknown as { crosscheckFindRelatedCoverage: (i: unknown, t: unknown) => Promise<void> }).crosscheckFindRelatedCoverage({}, { id: tabId }),
      tabId,
    );
    await sidebarFrame(page);
    expect(await askDirectly()).toBe(page.url());
    await page.close();
  });
});

describe('a page whose opening the archive knows, but that is no news article', () => {
  it('gets the sidebar opened at the glance taken away again', async () => {
    const page = await session.browser.context.newPage();
    await page.addInitScript(() => {
      new MutationObserver((changes) => {
        if (changes.some((c) => Array.from(c.addedNodes).some((n) => n.nodeName === 'CROSSCHECK-SIDEBAR'))) document.documentElement.dataset.sidebarWasIn = 'yes';
      }).observe(document, { childList: true, subtree: true });
    });
    await page.goto(session.server.url('/topics/ukraine-peace-plan'));
    // The glance found the peace plan's story, so the sidebar went in, unseen...
    await expect.poll(() => page.evaluate(() => document.documentElement.dataset.sidebarWasIn ?? null), { timeout: 10_000 }).toBe('yes');
    // ...and the topic page, judged not news, has it taken away.
    await expect.poll(() => page.locator('crosscheck-sidebar').count(), { timeout: 10_000 }).toBe(0);
    await page.waitForTimeout(1000);
    expect(await page.locator('crosscheck-sidebar').count()).toBe(0);
    await page.close();
  });

  it('draws nothing until it has an answer to show: the page shows through the unseen frame', async () => {
    const page = await session.browser.context.newPage();
    await page.goto(session.server.url('/'));
    // A frame of the unseen sidebar that will never get an answer (the background knows no such key).
    await page.evaluate((src) => {
      document.body.replaceChildren();
      document.body.style.cssText = 'margin:0;background:rgb(200,0,0)';
      const frame = document.createElement('iframe');
      frame.src = src;
      frame.style.cssText = 'border:0;width:300px;height:300px;display:block;background:transparent;color-scheme:light dark';
      document.body.append(frame);
    }, session.browser.extensionUrl('/sidebar.html?unseen#not-a-key-the-background-knows'));
    const frame = await sidebarFrame(page, { unseen: true });
    await frame.waitForLoadState('load');
    await page.waitForTimeout(1500);
    expect(await frame.evaluate(() => document.getElementById('app')?.childElementCount)).toBe(0);
    // Every pixel where the frame lies is the page's own red.
    const shot = await page.screenshot({ clip: { x: 0, y: 0, width: 300, height: 300 } });
    const notRed = await page.evaluate(async (png) => {
      const image = new Image();
      image.src = `data:image/png;base64,${png}`;
      await image.decode();
      const canvas = new OffscreenCanvas(image.width, image.height).getContext('2d')!;
      canvas.drawImage(image, 0, 0);
      const pixels = canvas.getImageData(0, 0, image.width, image.height).data;
      let count = 0;
      for (let i = 0; i < pixels.length; i += 4) if (pixels[i] !== 200 || pixels[i + 1] !== 0 || pixels[i + 2] !== 0) count++;
      return count;
    }, shot.toString('base64'));
    expect(notRed).toBe(0);
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
    // The related article was read whole and analysed... (the sidebar goes in at the glance, before the
    // whole page is analysed, so its analysis comes a moment after the frame.)
    await expect.poll(() => analysedUrl(page), { timeout: 10_000 }).toContain('kremlin-us-peace-proposal');
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
  it('drops the answers about the story once the reader has moved on: no sidebar opens on the page they are on', async () => {
    const page = await session.browser.context.newPage();
    await page.goto(session.server.url('/spa-app.html'));
    await page.waitForTimeout(1500);
    // The reader leaves the story for the app's home page while Crosscheck is still judging the story: the
    // page sees our element go in (the glance found the story), and moves on in the next task, right after the
    // story was sent.
    await page.evaluate(() => {
      new MutationObserver((_records, observer) => {
        if (!document.querySelector('crosscheck-sidebar')) return;
        observer.disconnect();
        setTimeout(() => document.getElementById('go-home')!.click(), 0);
      }).observe(document.documentElement, { childList: true });
    });
    await page.click('#open-story');
    await page.waitForURL(/\/spa-app\.html$/);
    // The story's verdict ("show the sidebar") comes after the move, and is dropped.
    await page.waitForTimeout(2500);
    expect(await page.locator('crosscheck-sidebar').count()).toBe(0);
    // The story still gets its sidebar when the reader goes back to it.
    await page.click('#open-story');
    const frame = await sidebarFrame(page);
    await frame.getByRole('heading', { name: /Related reporting/ }).waitFor();
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

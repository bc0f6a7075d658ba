import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { sidebarFrame } from '../../scripts/chromium';
import { useReaderSession } from './reader-session';

const session = useReaderSession();

async function archiveSize(): Promise<string> {
  const options = await session.browser.context.newPage();
  await options.goto(session.browser.extensionUrl('/options.html'));
  const heading = options.getByRole('heading', { name: /Your archive/ });
  // The first page of this file's new profile: the background may still be putting the bundled archive in
  // (on a loaded CI machine that once took more than poll's default 5 s, as in options.test.ts).
  await expect.poll(() => heading.textContent(), { timeout: 20_000 }).toMatch(/\(\d+ articles?\)/);
  const text = (await heading.textContent())!;
  await options.close();
  return text;
}

/** Everything a hostile page can try from its own scripts, with what came of each attempt. */
function attack(page: Page, extensionId: string) {
  return page.evaluate(async (extensionId) => {
    const caught = (window as unknown as { __caught: { shadowRoots: ShadowRoot[]; frames: HTMLIFrameElement[]; overheard: string[] } }).__caught;
    const host = document.querySelector('crosscheck-sidebar');
    const tryRead = (f: () => unknown) => {
      try {
        return f() ?? null;
      } catch (error) {
        return `blocked: ${(error as Error).name}`;
      }
    };
    const frames = Array.from({ length: window.frames.length }, (_, i) => window.frames[i]!);
    const result = {
      hostShadowRoot: host?.shadowRoot ?? null,
      caughtShadowRoots: caught.shadowRoots.length,
      caughtFrames: caught.frames.length,
      // Before the page's own forged messages below: what the extension itself said to the page.
      overheard: [...caught.overheard],
      iframesInDocument: document.querySelectorAll('iframe').length,
      // A frame in a shadow tree is not among the page's frames: the page cannot even address it.
      framesVisible: frames.length,
      frameDocuments: frames.map((f) => tryRead(() => f.document.body.innerText)),
      extensionApi: typeof (globalThis as unknown as { chrome?: { runtime?: { sendMessage?: unknown } } }).chrome?.runtime?.sendMessage,
      // The page's own IndexedDB is the page's: the archive is not in it.
      pageDatabases: (await indexedDB.databases()).map((d) => d.name),
    };
    // Forged messages and events, as the content script or the sidebar might hear them.
    const forged = [{ type: 'sidebar:save-page' }, { type: 'sidebar:close' }, { type: 'archive:delete', ids: ['all'] }, { type: 'archive:import', text: '{}' }];
    for (const message of forged) {
      window.postMessage(message, '*');
      for (const f of frames) f.postMessage(message, '*');
    }
    // The content script's own event for a change of address; a store extension's id is public.
    for (const name of ['wxt:locationchange', `${extensionId}:crosscheck:wxt:locationchange`]) {
      window.dispatchEvent(new Event(name));
      window.dispatchEvent(Object.assign(new Event(name), { newUrl: new URL('https://evil.example/'), oldUrl: new URL(location.href) }));
    }
    host?.setAttribute('hidden', '');
    host?.removeAttribute('hidden');
    return result;
  }, extensionId);
}

describe('a hostile page cannot reach the archive or the sidebar', () => {
  it('cannot read the sidebar, reach the extension, forge its messages or trigger its actions', async () => {
    const before = await archiveSize();
    const page = await session.browser.context.newPage();
    await page.goto(session.server.url('/world/2025/11/21/kremlin-us-peace-proposal-copy'));
    const frame = await sidebarFrame(page);
    await frame.getByRole('heading', { name: /Related reporting/ }).waitFor();

    const seen = await attack(page, session.browser.extensionId);
    expect(seen).toMatchObject({
      hostShadowRoot: null,
      // The content script works in its own world: the page's hooks never see what it creates.
      caughtShadowRoots: 0,
      caughtFrames: 0,
      iframesInDocument: 0,
      framesVisible: 0,
      frameDocuments: [],
      extensionApi: 'undefined',
      // The extension never announces itself to the page (WXT's content-script wrapper did, on every page).
      overheard: [],
    });
    expect(seen.pageDatabases).not.toContain('crosscheck-archive');

    // The sidebar stays open and the archive unchanged after the forged messages and events.
    await page.waitForTimeout(1500);
    expect(frame.isDetached()).toBe(false);
    await expect(frame.getByRole('heading', { name: /Related reporting/ }).count()).resolves.toBe(1);
    expect(await archiveSize()).toBe(before);
    // Nothing of the archive is in the page's own DOM.
    expect(await page.evaluate(() => document.documentElement.outerHTML.includes('Trump signs off on 28-point plan'))).toBe(false);
    await page.close();
  });

  it('learns nothing from its resource timing: the page tools and the sidebar load without an entry the page can read', async () => {
    const page = await session.browser.context.newPage();
    await page.addInitScript(() => {
      const seen: string[] = [];
      (window as unknown as { __resources: string[] }).__resources = seen;
      new PerformanceObserver((list) => seen.push(...list.getEntries().map((e) => e.name))).observe({ type: 'resource', buffered: true });
      new MutationObserver((changes) => {
        if (changes.some((c) => Array.from(c.addedNodes).some((n) => n.nodeName === 'CROSSCHECK-SIDEBAR'))) document.documentElement.dataset.sidebarWasIn = 'yes';
      }).observe(document, { childList: true, subtree: true });
    });
    // The topic page's opening names a story of the archive: the page tools load and the sidebar goes in,
    // unseen, and is taken away once the page is judged not news. Nothing the reader sees, nor the page.
    await page.goto(session.server.url('/topics/ukraine-peace-plan'));
    await expect.poll(() => page.evaluate(() => document.documentElement.dataset.sidebarWasIn ?? null), { timeout: 10_000 }).toBe('yes');
    await expect.poll(() => page.locator('crosscheck-sidebar').count(), { timeout: 10_000 }).toBe(0);
    await page.waitForTimeout(500);
    const names = await page.evaluate(() => [...(window as unknown as { __resources: string[] }).__resources, ...performance.getEntriesByType('resource').map((e) => e.name)]);
    expect(names.filter((name) => !name.startsWith('http'))).toEqual([]);
    await page.close();
  });

  it('framing sidebar.html itself (it is web-accessible) gets the page no analysis and no way to save', async () => {
    const before = await archiveSize();
    const page = await session.browser.context.newPage();
    await page.goto(session.server.url('/world/2025/11/21/kremlin-us-peace-proposal-copy'));
    // Our own sidebar opens as usual; the page then frames a copy of it, which it could dress up to be clicked.
    await sidebarFrame(page);
    await page.evaluate((url) => {
      const frame = document.createElement('iframe');
      frame.id = 'framed-copy';
      frame.src = url;
      document.body.append(frame);
    }, session.browser.extensionUrl('/sidebar.html'));
    await expect.poll(() => page.frames().filter((f) => f.url().includes('/sidebar.html')).length).toBe(2);
    const copy = page.frames().find((f) => f.url().endsWith('/sidebar.html'))!;
    await copy.getByRole('alert').waitFor();
    await expect(copy.getByRole('alert').textContent()).resolves.toContain('could not reach its archive');
    expect(await copy.getByRole('heading', { name: /Related reporting/ }).count()).toBe(0);
    expect(await copy.getByRole('button', { name: /Save/ }).count()).toBe(0);
    // Even a forged request from inside the copy, with a made-up key, is refused.
    const answer = await copy.evaluate(() => (globalThis as unknown as { chrome: { runtime: { sendMessage: (m: unknown) => Promise<unknown> } } }).chrome.runtime.sendMessage({ type: 'sidebar:save-page', key: 'a-made-up-key-of-some-length' }));
    expect(answer ?? null).toBeNull();
    expect(await archiveSize()).toBe(before);
    await page.close();
  });
});

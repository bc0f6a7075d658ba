import { describe, expect, it } from 'vitest';
import { earlySidebarAnswer, earlySidebarAnswered, earlySidebarLoaded, earlySidebarServed, expectEarlySidebar, forgetEarlySidebar, judgeEarlySidebarPage } from '@/entrypoints/background/early-sidebar';
import type { PageAnalysis } from '@/lib/types';

const opening: PageAnalysis = { isArticle: true, article: null, entities: [], statements: [], related: [], conflicts: [] };
/** Whether a promise has settled by the time the tasks queued so far have run. */
const settled = async (promise: Promise<unknown>) => Promise.race([promise.then(() => true), new Promise((resolve) => setTimeout(() => resolve(false), 10))]);

describe('the sidebar opened at the glance', () => {
  it('gets the opening\'s analysis only once the page is judged news', async () => {
    expectEarlySidebar(1, 'key-one-0123456789', Promise.resolve(opening));
    const answer = earlySidebarAnswer(1, 'key-one-0123456789');
    expect(await settled(answer)).toBe(false);
    judgeEarlySidebarPage(1, true);
    // The first verdict counts.
    judgeEarlySidebarPage(1, false);
    expect(await answer).toBe(opening);
  });

  it('gets nothing to show on a page that is not news', async () => {
    expectEarlySidebar(2, 'key-two-0123456789', Promise.resolve(opening));
    judgeEarlySidebarPage(2, false);
    expect(await earlySidebarAnswer(2, 'key-two-0123456789')).toBeNull();
  });

  it('is not another sidebar of the tab, and waits for the whole page when the opening could not be analysed', async () => {
    expectEarlySidebar(3, 'key-three-0123456789', Promise.reject(new Error('index not ready')));
    expect(await earlySidebarAnswer(3, 'a-later-sidebar-key')).toBeUndefined();
    judgeEarlySidebarPage(3, true);
    expect(await earlySidebarAnswer(3, 'key-three-0123456789')).toBeUndefined();
    forgetEarlySidebar(3);
    expect(await earlySidebarAnswer(3, 'key-three-0123456789')).toBeUndefined();
  });

  it('holds the whole page\'s text analysis back until its first answer is given, or for a quarter second at most', async () => {
    expectEarlySidebar(4, 'key-four-0123456789', Promise.resolve(opening));
    judgeEarlySidebarPage(4, true);
    const mayStart = earlySidebarServed(4);
    expect(await settled(mayStart)).toBe(false);
    await earlySidebarAnswer(4, 'key-four-0123456789');
    earlySidebarAnswered(4);
    expect(await settled(mayStart)).toBe(true);

    expectEarlySidebar(5, 'key-five-0123456789', Promise.resolve(opening));
    const started = Date.now();
    await earlySidebarServed(5);
    expect(Date.now() - started).toBeGreaterThanOrEqual(240);
    // No early sidebar in the tab: only the current task goes first.
    expect(await settled(earlySidebarServed(6))).toBe(true);
  });

  it('holds the page\'s parse back until its frame has loaded and asked, or for a quarter second at most', async () => {
    expectEarlySidebar(7, 'key-seven-0123456789', Promise.resolve(opening));
    const mayParse = earlySidebarLoaded(7);
    expect(await settled(mayParse)).toBe(false);
    // Another sidebar's request is not this one's.
    void earlySidebarAnswer(7, 'a-later-sidebar-key');
    expect(await settled(mayParse)).toBe(false);
    // The answer itself waits for the parse's verdict; the request alone lets the parse start.
    const answer = earlySidebarAnswer(7, 'key-seven-0123456789');
    expect(await settled(mayParse)).toBe(true);
    expect(await settled(answer)).toBe(false);
    judgeEarlySidebarPage(7, true);
    expect(await answer).toBe(opening);

    expectEarlySidebar(8, 'key-eight-0123456789', Promise.resolve(opening));
    const started = Date.now();
    await earlySidebarLoaded(8);
    expect(Date.now() - started).toBeGreaterThanOrEqual(240);
    // No sidebar opened at the glance: nothing to wait for.
    expect(await settled(earlySidebarLoaded(9))).toBe(true);
  });
});

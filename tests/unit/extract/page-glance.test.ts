import { describe, expect, it } from 'vitest';
import { analyzeGlance, analyzeHtml, GLANCE_TAGGER_BUDGET, glanceNames } from '@/lib/analyze';
import type { PageGlance } from '@/lib/extract/page-glance';
import { archiveInMemory } from '@/lib/archive/article-source';
import { GLANCE_CHARS, pageGlance } from '@/lib/extract/page-glance';
import { extractorFor } from '@/lib/extract/page-extractor';
import { parseHtmlDocument } from '@/lib/extract/parse-html';
import { defaultAliases } from '@/lib/nlp/default-aliases';
import { ARTICLE_URL, bundledArchive, fixturePage } from '../support/engine';

const engine = () => ({ ...archiveInMemory(bundledArchive().articles), aliases: defaultAliases });
/** How many archive articles the glance finds on the story: what the background tells the content script. */
const glanceRelated = async (glance: PageGlance, url: string, ctx: ReturnType<typeof engine>) => (await analyzeGlance(glance, url, ctx)).related.length;
const long = (word: string, n: number) => Array.from({ length: n }, (_, i) => `${word}${i}`).join(' ');

describe('the glance at a page', () => {
  it('reads the opening of the article, not the cookie notice before it, and no more than its share', () => {
    const doc = parseHtmlDocument(`<html lang="en-GB"><head><title> Kremlin receives plan </title>
      <meta name="description" content="Moscow confirms the document arrived."></head><body>
      <div class="consent"><p>We and our partners use cookies to personalise the ads you see on this site.</p></div>
      <article><p>By staff</p><p>${long('first', 40)}</p><p>${long('second', 400)}</p><p>${long('third', 40)}</p></article></body></html>`);
    const glance = pageGlance(doc);
    expect(glance.title).toBe('Kremlin receives plan');
    expect(glance.description).toBe('Moscow confirms the document arrived.');
    expect(glance.lang).toBe('en-GB');
    expect(glance.paragraphs[0]).toMatch(/^first0 first1/);
    expect(glance.paragraphs.join(' ')).not.toMatch(/cookies|By staff|third/);
    expect(glance.paragraphs.join('').length).toBeLessThanOrEqual(GLANCE_CHARS);
    expect(glance.paragraphs).toHaveLength(2);
  });

  it('reads the body when the first article container holds none of the story (an empty <main>)', () => {
    const glance = pageGlance(parseHtmlDocument(`<html><body><main><div class="video-player"></div></main>
      <div class="story"><p>${long('word', 20)}</p></div></body></html>`));
    expect(glance.paragraphs).toEqual([long('word', 20)]);
  });

  it('reads the body when the page marks no article container', () => {
    const glance = pageGlance(parseHtmlDocument(`<html><body><p>${long('word', 20)}</p></body></html>`));
    expect(glance).toEqual({ title: '', description: null, lang: null, paragraphs: [long('word', 20)] });
  });

  it('finds the seed\'s story from its article\'s opening, and nothing for another story, as the whole analysis does', async () => {
    const ctx = engine();
    const pages = ['peace-plan-article.html', 'gaza-ceasefire-article.html'];
    const found: Record<string, [number, number]> = {};
    for (const name of pages) {
      const html = fixturePage(name);
      const whole = await analyzeHtml(html, ARTICLE_URL, ctx, extractorFor(parseHtmlDocument));
      found[name] = [await glanceRelated(pageGlance(parseHtmlDocument(html)), ARTICLE_URL, ctx), whole.related.length];
    }
    // The seed's story: related by its opening as by its whole text.
    expect(found['peace-plan-article.html']![0]).toBeGreaterThan(0);
    expect(found['peace-plan-article.html']![1]).toBeGreaterThan(0);
    // Another story: nothing from the opening, and nothing from the whole page.
    expect(found['gaza-ceasefire-article.html']).toEqual([0, 0]);
  });

  it('tells the background the page is judged before its text is analysed, so that the sidebar can start loading', async () => {
    const ctx = engine();
    const told: string[] = [];
    const progress = {
      extracted: (news: boolean) => void told.push(`judged ${news ? 'news' : 'not news'}`),
      ranked: (n: number) => void told.push(n > 0 ? 'ranked, related' : 'ranked, none'),
    };
    await analyzeHtml(fixturePage('peace-plan-article.html'), ARTICLE_URL, ctx, extractorFor(parseHtmlDocument), progress);
    expect(told).toEqual(['judged news', 'ranked, related']);
    told.length = 0;
    await analyzeHtml(fixturePage('front-page.html'), 'http://127.0.0.1/', ctx, extractorFor(parseHtmlDocument), progress);
    expect(told).toEqual(['judged not news']);
  });

  it('analyses the opening for the sidebar\'s first answer: the related reporting the glance found, and the opening\'s conflicts with it', async () => {
    const ctx = engine();
    const glance = pageGlance(parseHtmlDocument(fixturePage('peace-plan-article.html')));
    const told: number[] = [];
    const pending = analyzeGlance(glance, ARTICLE_URL, ctx, { ranked: (n) => told.push(n) });
    // The count is known before the related articles are read, so the content script hears it first.
    const toldBeforeReading = [...told];
    const opening = await pending;
    expect(toldBeforeReading).toEqual([opening.related.length]);
    expect(opening.related.map((r) => r.title)).toEqual([expect.stringContaining('28-point plan')]);
    expect(opening.related).toHaveLength(told[0]!);
    // "Moscow had received the US proposal", said Peskov; the archived article has him deny any proposal.
    expect(opening.statements.map((s) => s.speaker)).toContain('Dmitry Peskov');
    expect(opening.conflicts.map((c) => c.page.speaker)).toContain('Dmitry Peskov');
    expect(opening.article?.title).toBe(glance.title);
  });

  it('holds the text analysis back while the promise the judged page was told of is pending (the early sidebar\'s first answer)', async () => {
    const ctx = engine();
    const told: string[] = [];
    let letGo: () => void = () => undefined;
    const progress = { extracted: () => new Promise<void>((resolve) => (letGo = resolve)), ranked: () => void told.push('ranked') };
    const analysis = analyzeHtml(fixturePage('peace-plan-article.html'), ARTICLE_URL, ctx, extractorFor(parseHtmlDocument), progress);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(told).toEqual([]);
    letGo();
    expect((await analysis).related.length).toBeGreaterThan(0);
    expect(told).toEqual(['ranked']);
  });

  it('sends paragraphs with the page\'s own whitespace, and the background reads them as it reads tidy ones', async () => {
    const written = 'Moscow had received the US proposal,\n        said   Kremlin spokesman Dmitry Peskov.';
    const glance = pageGlance(parseHtmlDocument(`<html><body><article><p>\n        ${written}\n      </p></article></body></html>`));
    // Trimmed only: a page's first regular expression costs a cold page more than the content script's trim.
    expect(glance.paragraphs).toEqual([written]);
    // The seed story's opening, its paragraphs indented as a page's HTML may have them: read as if tidy.
    const tidy = pageGlance(parseHtmlDocument(fixturePage('peace-plan-article.html')));
    const indented = { ...tidy, paragraphs: tidy.paragraphs.map((p) => `${p.replaceAll(' ', '\n      ')}\t`) };
    const fromTidy = await analyzeGlance(tidy, ARTICLE_URL, engine());
    const fromIndented = await analyzeGlance(indented, ARTICLE_URL, engine());
    expect(fromIndented.statements.length).toBeGreaterThan(0);
    expect(fromIndented.statements).toEqual(fromTidy.statements);
    expect(fromIndented.related.map((r) => r.id)).toEqual(fromTidy.related.map((r) => r.id));
  });

  it('tags the opening\'s first GLANCE_TAGGER_BUDGET characters only, and still finds the names the alias book knows after them', () => {
    const filler = 'The committee met again on Tuesday and spoke about the budget for the coming year.';
    const paragraphs = ['Maria Holloway, the mayor, opened the meeting.', ...Array<string>(Math.ceil(GLANCE_TAGGER_BUDGET / filler.length)).fill(filler), 'Later Gregor Vasquez spoke in Kyiv.'];
    const glance = { title: 'Council meets', description: null, lang: 'en', paragraphs };
    const found = glanceNames(glance, null, defaultAliases).names.entities.map((e) => e.name);
    expect(found).toContain('Maria Holloway');
    expect(found).toContain('Kyiv');
    expect(found).not.toContain('Gregor Vasquez');
    // Within the budget, the same name is proposed.
    const short = { ...glance, paragraphs: [paragraphs[0]!, paragraphs.at(-1)!] };
    expect(glanceNames(short, null, defaultAliases).names.entities.map((e) => e.name)).toContain('Gregor Vasquez');
  });

  it('finds nothing in an opening that shares no story with the archive', async () => {
    const glance = { title: 'Local bakery wins regional bread prize', description: null, lang: 'en', paragraphs: ['The sourdough loaf impressed the judges at the county fair on Saturday afternoon.'] };
    expect(await glanceRelated(glance, 'https://example.com/bakery', engine())).toBe(0);
  });
});

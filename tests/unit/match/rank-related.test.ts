import { describe, expect, it } from 'vitest';
import { analyzePage, analyzeQuery } from '@/lib/analyze';
import { archiveInMemory } from '@/lib/archive/article-source';
import { parseHtmlDocument } from '@/lib/extract/parse-html';
import { defaultAliases } from '@/lib/nlp/default-aliases';
import { ARTICLE_URL, bundledArchive, fixturePage } from '../support/engine';

const ctx = () => ({ ...archiveInMemory(bundledArchive().articles), aliases: defaultAliases });

describe('related reporting', () => {
  it('ranks the seed for the demo article, with reasons a reader can check', async () => {
    const { related } = await analyzePage(parseHtmlDocument(fixturePage('peace-plan-article.html')), ARTICLE_URL, ctx());
    expect(related).toHaveLength(1);
    const [seed] = related;
    expect(seed).toMatchObject({ title: expect.stringContaining('28-point plan'), publisher: 'Anadolu Agency', stance: 'disagree' });
    expect(seed!.score).toBeGreaterThan(0.4);
    expect(seed!.why).toEqual(expect.arrayContaining(['Donald Trump', 'Daniel Driscoll', '2 days apart']));
  });

  it('keeps a Gaza ceasefire article that names Trump and Witkoff out: same people, different story', async () => {
    const { isArticle, related } = await analyzePage(parseHtmlDocument(fixturePage('gaza-ceasefire-article.html')), 'https://harbour.example/world/2025/10/14/gaza-ceasefire', ctx());
    expect(isArticle).toBe(true);
    expect(related).toEqual([]);
  });

  it('finds the seed for a selection of a few words', async () => {
    expect((await analyzeQuery('Peskov said there were no such plans', ctx())).related[0]?.title).toContain('28-point plan');
    expect((await analyzeQuery('recipe for apple pie', ctx())).related).toEqual([]);
  });

  it('does not list a page as related to itself once it is in the archive', async () => {
    const seed = bundledArchive().articles[0]!;
    const html = `<html lang="en"><head><title>${seed.title}</title><meta property="og:type" content="article"></head><body><article><h1>${seed.title}</h1><p>${seed.standfirst}</p>${seed.paragraphs.map((p) => `<p>${p}</p>`).join('')}</article></body></html>`;
    const { related } = await analyzePage(parseHtmlDocument(html), 'https://example.com/2025/11/20/trump-28-point-plan', ctx());
    expect(related.map((r) => r.id)).not.toContain(seed.id);
  });
});

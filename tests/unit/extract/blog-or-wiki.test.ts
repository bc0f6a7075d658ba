import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { isBlogOrWiki } from '@/lib/extract/blog-or-wiki';
import { parseHtmlDocument } from '@/lib/extract/parse-html';
import { corpus, readabilityPages } from '../../../scripts/eval/corpora';

/** The regular expression isBlogOrWiki replaced (see its header): its behaviour is the specification. */
const SPECIFICATION = /\bblog(?:s|spot|ger)?\b|[./]blog\.|googleblog|medium\.com|tumblr\.com|wordpress\.com|substack\.com|wikipedia\.org|wikimedia|\bwiki[a.]|fandom\.com|\/wiki\//i;

describe('isBlogOrWiki', () => {
  it('tells blogs and wikis from newsrooms', () => {
    expect(isBlogOrWiki('https://en.wikipedia.org/wiki/Kyiv')).toBe(true);
    expect(isBlogOrWiki('https://someone.medium.com/2025/notes')).toBe(true);
    expect(isBlogOrWiki('Mozilla Hacks Blog')).toBe(true);
    expect(isBlogOrWiki('https://example.blogspot.com/2025/11/post.html')).toBe(true);
    expect(isBlogOrWiki('https://news.example/world/2025/11/21/peace-plan')).toBe(false);
    expect(isBlogOrWiki('https://www.weblogs.example/ Catalogue of blogging')).toBe(false);
  });

  it('agrees with its specification on the addresses and site names of Readability\'s 130 pages', () => {
    const pages = readabilityPages();
    expect(pages.length).toBeGreaterThan(100);
    let blogs = 0;
    for (const { folder } of pages) {
      const doc = parseHtmlDocument(readFileSync(corpus('readability-test-pages', folder, 'source.html'), 'utf8'));
      const canonical = doc.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? '';
      const siteName = doc.querySelector('meta[property="og:site_name"]')?.getAttribute('content') ?? '';
      const home = `${canonical} http://${folder}.localhost/${folder}/page.html ${siteName}`;
      expect(isBlogOrWiki(home), home).toBe(SPECIFICATION.test(home));
      if (SPECIFICATION.test(home)) blogs++;
    }
    // Both outcomes are exercised on real pages.
    expect(blogs).toBeGreaterThan(5);
    expect(blogs).toBeLessThan(pages.length - 5);
  });

  it('agrees with its specification on 20,000 strings made of the pieces it looks for', () => {
    const pieces = ['blog', 'BLOG', 's', 'spot', 'ger', 'gers', 'wiki', 'WIKI', 'a', 'A', '.', '/', '_', '-', ' ', 'x', '9', 'é', 'google', 'medium', '.com',
      'tumblr', 'wordpress', 'substack', 'wikipedia', '.org', 'media', 'fandom', 'Blogspot', 'http://', 'news'];
    // A fixed-seed generator, so a failure can be replayed.
    let seed = 7;
    const next = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2147483648), seed % n);
    let matched = 0;
    for (let i = 0; i < 20_000; i++) {
      const text = Array.from({ length: 1 + next(7) }, () => pieces[next(pieces.length)]).join('');
      expect(isBlogOrWiki(text), text).toBe(SPECIFICATION.test(text));
      if (SPECIFICATION.test(text)) matched++;
    }
    expect(matched).toBeGreaterThan(1000);
    expect(matched).toBeLessThan(19_000);
  });
});

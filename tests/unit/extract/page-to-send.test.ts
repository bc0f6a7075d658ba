import { describe, expect, it } from 'vitest';
import { articleRegion } from '@/lib/extract/article-region';
import { extractArticle } from '@/lib/extract/extract-article';
import { leanHtml } from '@/lib/extract/lean-html';
import { pageToSend } from '@/lib/extract/page-to-send';
import { parseHtmlDocument } from '@/lib/extract/parse-html';
import { ARTICLE_URL, fixturePage } from '../support/engine';

const prose = (n: number, words: string) => Array.from({ length: n }, (_, i) => `<p>${words} ${i}, which officials said on Monday, as talks went on, would take months to settle.</p>`).join('');
const teasers = Array.from({ length: 12 }, (_, i) => `<li><a href="/s/${i}"><p>Teaser ${i}: a story elsewhere on the site with a headline long enough to be prose here.</p></a></li>`).join('');

const cookieNotice = '<div id="cookies"><p>We use cookies, and similar tools, to run this site, to measure it, and to show you offers: choose which ones below.</p></div>';

/** A news page as sites build them: menus, the story split around an ad, a rail of teasers, a footer, a cookie notice. */
const newsPage = `<!doctype html><html lang="en"><head><title>Dam deal</title><meta property="og:type" content="article">
  <script type="application/ld+json">{"@type":"NewsArticle","headline":"Dam deal"}</script></head>
  <body><nav>${'<a href="/x">Section</a>'.repeat(40)}</nav>
  <div class="columns"><main><div class="story"><h1>Dam deal reached</h1><time datetime="2026-11-30T10:00:00Z">30 November</time>
    <div class="body-1">${prose(4, 'First part')}</div><div class="ad">Advertisement</div><div class="body-2">${prose(4, 'Second part')}</div></div></main>
  <aside><ul>${teasers}</ul></aside></div>
  <script type="application/ld+json">{"@type":"BreadcrumbList"}</script><footer>${'<a href="/y">Link</a>'.repeat(30)}</footer>${cookieNotice}</body></html>`;

describe('pageToSend (what the content script sends for the full analysis)', () => {
  it('sends the story with its headline and both halves, the head and the body\'s JSON-LD, not the menus, the rail or the cookie notice', () => {
    const doc = parseHtmlDocument(newsPage);
    expect(articleRegion(doc)?.className).toBe('story');
    const sent = pageToSend(doc);
    expect(sent).toContain('Dam deal reached');
    expect(sent).toContain('First part 0');
    expect(sent).toContain('Second part 3');
    // The cookie notice's paragraph is prose, but outside the story's top-level box: it neither goes along
    // nor makes the page go whole.
    expect(sent).not.toContain('We use cookies');
    expect(sent).toContain('"@type":"NewsArticle"');
    expect(sent).toContain('"@type":"BreadcrumbList"');
    expect(sent).toContain('datetime="2026-11-30T10:00:00Z"');
    expect(sent).not.toContain('Teaser 1:');
    expect(sent).not.toContain('Section');
    expect(sent.length).toBeLessThan(leanHtml(doc).length * 0.7);
    const again = parseHtmlDocument(sent);
    expect(again.documentElement.getAttribute('lang')).toBe('en');
    expect(again.title).toBe('Dam deal');
  });

  it('keeps the date a page prints outside its article region', () => {
    const doc = parseHtmlDocument(newsPage.replace('<time datetime="2026-11-30T10:00:00Z">30 November</time>', '').replace('<main>', '<header><time datetime="2026-11-29T08:00:00Z">29 November</time></header><main>'));
    expect(pageToSend(doc)).toContain('datetime="2026-11-29T08:00:00Z"');
  });

  it('sends the headline and byline printed above the region, so the background reads the same byline', () => {
    const doc = parseHtmlDocument(newsPage.replace('<h1>Dam deal reached</h1>', '').replace('<main>', '<header><h1>Dam deal reached</h1><div class="byline">By Ana Ruiz</div></header><main>'));
    expect(articleRegion(doc)?.className).toBe('story');
    const sent = pageToSend(doc);
    expect(sent).toContain('<h1>Dam deal reached</h1>');
    expect(sent).toContain('By Ana Ruiz');
    const fromSent = extractArticle(parseHtmlDocument(sent), ARTICLE_URL).article;
    const fromWhole = extractArticle(parseHtmlDocument(leanHtml(doc)), ARTICLE_URL).article;
    expect(fromWhole.byline).toContain('Ana Ruiz');
    expect(fromSent.byline).toBe(fromWhole.byline);
  });

  it('sends a page without a region of prose whole, as leanHtml writes it', () => {
    const doc = parseHtmlDocument(`<!doctype html><html><head><title>Form</title></head><body><form><label>Name <input></label></form><p>Short.</p></body></html>`);
    expect(articleRegion(doc)).toBeNull();
    expect(pageToSend(doc)).toBe(leanHtml(doc));
  });

  it('sends a page whole when another top-level box holds a rival story', () => {
    // Two equal stories side by side in the body: which one Readability takes is not for the region to guess.
    const doc = parseHtmlDocument(`<!doctype html><html><head><title>Two</title></head><body><div><div>${prose(5, 'Left')}</div></div><div><div>${prose(5, 'Right')}</div></div></body></html>`);
    expect(articleRegion(doc)).toBeNull();
    expect(pageToSend(doc)).toBe(leanHtml(doc));
  });

  it('leaves out a lesser story in another top-level box', () => {
    // The right-hand box scores three sevenths of the left: below a rival's three quarters.
    const doc = parseHtmlDocument(`<!doctype html><html><head><title>Two</title></head><body><div id="left"><div>${prose(7, 'Left')}</div></div><div><div>${prose(3, 'Right')}</div></div></body></html>`);
    expect(articleRegion(doc)?.id).toBe('left');
    const sent = pageToSend(doc);
    expect(sent).toContain('Left 6');
    expect(sent).not.toContain('Right 0');
  });

  it('gives the background the same article and verdict as the whole page', () => {
    for (const html of [fixturePage('peace-plan-article.html'), newsPage]) {
      const doc = parseHtmlDocument(html);
      const whole = extractArticle(parseHtmlDocument(leanHtml(doc)), ARTICLE_URL);
      const sent = extractArticle(parseHtmlDocument(pageToSend(doc)), ARTICLE_URL);
      expect(sent.article.paragraphs).toEqual(whole.article.paragraphs);
      expect(sent.article.title).toBe(whole.article.title);
      expect(sent.article.publishedAt).toBe(whole.article.publishedAt);
      expect(sent.verdict.isArticle).toBe(whole.verdict.isArticle);
    }
  });
});

import { describe, expect, it } from 'vitest';
import { isHomePage, mightBeArticle } from '@/lib/extract/cheap-check';
import { extractArticle } from '@/lib/extract/extract-article';
import { parseHtmlDocument } from '@/lib/extract/parse-html';
import { ARTICLE_URL, fixturePage } from '../support/engine';

describe('extractArticle', () => {
  it('takes title, byline, publisher, date and language from the page metadata, and the body from Readability', () => {
    const { article, verdict } = extractArticle(parseHtmlDocument(fixturePage('peace-plan-article.html')), ARTICLE_URL);
    expect(verdict.isArticle).toBe(true);
    expect(article).toMatchObject({
      title: 'Kremlin says it received US peace proposal as Kyiv weighs 20-point plan',
      byline: 'Hanna Lys',
      publisher: 'The Daily Ledger',
      publishedAt: '2025-11-21T14:05:00Z',
      lang: 'en',
      url: ARTICLE_URL,
    });
    expect(article.paragraphs.some((p) => p.startsWith('Kremlin spokesman Dmitry Peskov said on Thursday'))).toBe(true);
    // Site chrome is not article text.
    expect(article.paragraphs.join(' ')).not.toContain('© The Daily Ledger');
  });

  it('turns down a front page that lists many stories', () => {
    const { verdict } = extractArticle(parseHtmlDocument(fixturePage('front-page.html')), 'http://127.0.0.1/');
    expect(verdict.isArticle).toBe(false);
    expect(verdict.reasons.join(' ')).toMatch(/home page|lists many articles|short body/);
  });

  it('turns down a long page that says it is a product, even with prose', () => {
    const prose = Array.from({ length: 8 }, (_, i) => `<p>Paragraph ${i} describing the kettle in detail, its materials, its warranty and how it boils water quickly and quietly for the whole family.</p>`).join('');
    const html = `<html lang="en"><head><title>Kettle</title><meta property="og:type" content="product"><script type="application/ld+json">{"@type":"Product","name":"Kettle"}</script></head><body><main>${prose}</main></body></html>`;
    expect(extractArticle(parseHtmlDocument(html), 'https://shop.example/products/kettle').verdict.isArticle).toBe(false);
  });

  describe('tells a report from a how-to or documentation page with the same metadata', () => {
    const page = (title: string, body: string) =>
      `<html lang="en"><head><title>${title}</title><meta property="og:type" content="article"></head><body><article>${body}</article></body></html>`;
    const report = Array.from({ length: 8 }, (_, i) => `<p>The city council voted on the budget in session ${i}, and the mayor said the new plan would cut waiting times at the clinics at a packed meeting in the town hall.</p>`).join('');
    const verdictOf = (title: string, body: string) => extractArticle(parseHtmlDocument(page(title, body)), 'https://example.org/story').verdict;

    it('takes the report for news', () => {
      expect(verdictOf('Council passes clinic budget', report).isArticle).toBe(true);
    });

    it('turns down a page that is half code listings, which it would take without them', () => {
      const post = Array.from({ length: 8 }, (_, i) => `<p>The release in week ${i} changes how the budget module stores its entries, and the new layout cuts lookup times for the clinics by half on large datasets.</p>`).join('');
      const code = Array.from({ length: 8 }, (_, i) => `<pre><code>const budget${i} = await council.vote({ session: ${i}, items: clinics.map((c) => c.cost) });</code></pre>`).join('');
      expect(verdictOf('Budget module 2.0', post).isArticle).toBe(true);
      const verdict = verdictOf('Budget module 2.0', post + code);
      expect(verdict.reasons.join(' ')).toContain('code listings');
      expect(verdict.isArticle).toBe(false);
    });

    it('turns down a how-to that addresses the reader', () => {
      const steps = Array.from({ length: 8 }, (_, i) => `<p>Step ${i}: before you vote, check your ballot, and if you have questions your local clinic can help you fill in the form you were sent.</p>`).join('');
      const verdict = verdictOf('How to vote on the clinic budget', steps);
      expect(verdict.reasons.join(' ')).toMatch(/addresses the reader/);
      expect(verdict.reasons.join(' ')).toContain('how-to title');
      expect(verdict.isArticle).toBe(false);
    });
  });

  describe('links around an article, and short paragraphs in dense scripts', () => {
    const report = Array.from({ length: 8 }, (_, i) => `<p>The city council voted on the budget in session ${i}, and the mayor said the new plan would cut waiting times at the clinics at a packed meeting in the town hall.</p>`).join('');
    const menus = `<nav>${Array.from({ length: 300 }, (_, i) => `<a href="/section/${i}">Section number ${i}</a>`).join(' ')}</nav>`;
    const teasers = Array.from({ length: 30 }, (_, i) => `<p><a href="/story/${i}">Council story ${i}: the mayor and the budget, a long headline about the clinics</a> and a short line.</p>`).join('');
    const verdictOf = (body: string) =>
      extractArticle(parseHtmlDocument(`<html lang="en"><head><title>Council passes clinic budget</title><meta property="og:type" content="article"></head><body>${body}</body></html>`), 'https://example.org/story').verdict;

    it('takes a report among many menu links for news (heise): its own text has few links', () => {
      const verdict = verdictOf(`${menus}<article>${report}</article>${menus}`);
      expect(verdict.reasons.join(' ')).not.toContain('mostly links');
      expect(verdict.isArticle).toBe(true);
    });

    it('still finds a page of linked teasers mostly links', () => {
      expect(verdictOf(`${menus}<div>${teasers}</div>`).reasons.join(' ')).toContain('mostly links');
    });

    it('reads Chinese paragraphs of 50 characters as prose, as Readability reads 140 in English (qq)', () => {
      const paragraph = '记者从市政府获悉，市议会昨日表决通过了新的诊所预算方案，市长表示新方案将明显缩短市民在各诊所的候诊时间。';
      const html = `<html><head><title>市议会通过诊所预算</title></head><body><div>${Array.from({ length: 12 }, () => `<p>${paragraph}${paragraph.slice(0, 10)}</p>`).join('')}</div></body></html>`;
      expect(paragraph.length).toBeLessThan(140);
      expect(extractArticle(parseHtmlDocument(html), 'https://example.cn/news/1').verdict.reasons).toContain('+1 readable');
    });
  });

  it('does not crash on an empty or broken document', () => {
    for (const html of ['', '<html>', '<<<>>>', '<script type="application/ld+json">{broken</script>']) {
      expect(extractArticle(parseHtmlDocument(html), null).verdict.isArticle).toBe(false);
    }
  });
});

describe('mightBeArticle (the content script check)', () => {
  it('passes the article and stops at the home page path', () => {
    expect(mightBeArticle(parseHtmlDocument(fixturePage('peace-plan-article.html')), ARTICLE_URL)).toBe(true);
    expect(mightBeArticle(parseHtmlDocument(fixturePage('front-page.html')), 'http://127.0.0.1/')).toBe(false);
  });

  it('turns down blogs and wikis by their address or site name, unless their JSON-LD says news', () => {
    const page = (head: string) => parseHtmlDocument(`<html><head>${head}</head><body><article><time datetime="2025-11-21">21 November 2025</time>${'<p>Prose.</p>'.repeat(6)}</article></body></html>`);
    const at = 'https://example.org/2025/11/21/a-long-story-slug';
    expect(mightBeArticle(page(''), at)).toBe(true);
    expect(mightBeArticle(page('<link rel="canonical" href="https://en.wikipedia.org/wiki/Kyiv">'), at)).toBe(false);
    expect(mightBeArticle(page('<meta property="og:site_name" content="Mozilla Hacks blog">'), at)).toBe(false);
    expect(mightBeArticle(page(''), 'https://someone.medium.com/2025/notes')).toBe(false);
    const liveBlog = '<script type="application/ld+json">{"@type":"NewsArticle","headline":"x"}</script><link rel="canonical" href="https://news.example/blogs/live">';
    expect(mightBeArticle(page(liveBlog), at)).toBe(true);
  });

  it('wants a date, an author or an article container besides the shape of an article', () => {
    const prose = '<p>Lorem ipsum dolor sit amet.</p>'.repeat(6);
    const at = 'https://example.org/test/page.html';
    expect(mightBeArticle(parseHtmlDocument(`<html><body><article>${prose}</article></body></html>`), at)).toBe(false);
    expect(mightBeArticle(parseHtmlDocument(`<html><body><div class="story-byline">By A. Writer</div>${prose}</body></html>`), at)).toBe(true);
    expect(mightBeArticle(parseHtmlDocument(`<html><body><div id="Main-Article">${prose}</div></body></html>`), at)).toBe(true);
  });

  it('counts five paragraphs as the shape of an article, four not', () => {
    const at = 'https://example.org/test/page.html';
    const page = (paragraphs: number) => parseHtmlDocument(`<html><body><div class="byline">By A. Writer</div>${'<p>Prose.</p>'.repeat(paragraphs)}</body></html>`);
    expect(mightBeArticle(page(4), at)).toBe(false);
    expect(mightBeArticle(page(5), at)).toBe(true);
  });

  it('reads the first canonical address and site name, and og:type "article" or a publication time as news metadata', () => {
    const at = 'https://example.org/2025/11/21/a-long-story-slug';
    const body = `<body><div class="byline">By A. Writer</div>${'<p>Prose.</p>'.repeat(6)}</body>`;
    const page = (head: string) => parseHtmlDocument(`<html><head>${head}</head>${body}</html>`);
    expect(mightBeArticle(page('<link rel="canonical" href="https://en.wikipedia.org/wiki/Kyiv"><link rel="canonical" href="https://news.example/a">'), at)).toBe(false);
    expect(mightBeArticle(page('<link rel="canonical" href="https://news.example/a"><link rel="canonical" href="https://en.wikipedia.org/wiki/Kyiv">'), at)).toBe(true);
    expect(mightBeArticle(page('<meta property="og:site_name" content="The Ledger"><meta property="og:site_name" content="Mozilla Hacks blog">'), at)).toBe(true);
    // og:type "article" passes a page without an article's shape; another og:type does not.
    const short = (head: string) => parseHtmlDocument(`<html><head>${head}</head><body><p>Short.</p></body></html>`);
    expect(mightBeArticle(short('<meta property="og:site_name" content="The Ledger"><meta property="og:type" content="Article">'), at)).toBe(true);
    expect(mightBeArticle(short('<meta property="og:type" content="website">'), at)).toBe(false);
    expect(mightBeArticle(short('<meta property="article:published_time" content="2025-11-21">'), at)).toBe(true);
  });

  it('reads JSON-LD that names an article type, and only that', () => {
    const page = (jsonLd: string) => parseHtmlDocument(`<html><head><script type="application/ld+json">${jsonLd}</script></head><body><p>Short.</p></body></html>`);
    const at = 'https://example.org/test/page.html';
    expect(mightBeArticle(page('{"@type": ["ReportageNewsArticle"]}'), at)).toBe(true);
    expect(mightBeArticle(page('{"@type": "TechArticle"}'), at)).toBe(true);
    expect(mightBeArticle(page('{"@type": "WebSite", "name": "Articles and more"}'), at)).toBe(false);
    expect(mightBeArticle(page('{"@type": "Organization"}'), at)).toBe(false);
  });
});

describe('isHomePage (the first look reads the address as a string)', () => {
  it('agrees with URL.pathname on home pages and the rest', () => {
    const addresses = [
      'https://example.org/', 'https://example.org', 'https://example.org/?page=2', 'https://example.org/#top', 'https://example.org?next=/news/a',
      'https://example.org/news/a', 'https://example.org/a?b=/', 'http://127.0.0.1:8080/', 'http://127.0.0.1:8080/x/page.html', 'https://example.org//',
    ];
    for (const address of addresses) expect(isHomePage(address), address).toBe(new URL(address).pathname === '/');
  });
});

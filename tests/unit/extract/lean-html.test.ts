import { describe, expect, it } from 'vitest';
import { extractArticle } from '@/lib/extract/extract-article';
import { leanHtml } from '@/lib/extract/lean-html';
import { parseHtmlDocument } from '@/lib/extract/parse-html';
import { ARTICLE_URL, fixturePage } from '../support/engine';

describe('leanHtml (what the content script sends)', () => {
  it('drops large scripts and styles, keeps JSON-LD, small scripts and all the text', () => {
    const big = 'x'.repeat(2000);
    const doc = parseHtmlDocument(`<!doctype html><html lang="en"><head><title>T &amp; U</title><script>${big}</script><style>${big}</style>
      <script type="application/ld+json">{"@type":"NewsArticle"}</script></head>
      <body class="b"><div id="a">One &lt;two&gt; &amp; three\u00a0four<p>Zero</p><script>var small = 1;</script><script>${big}</script>
      <p data-x="1 &quot;2&quot;">Five</p></div><template>${big}</template></body></html>`);
    const lean = leanHtml(doc);
    expect(lean).not.toContain(big);
    expect(lean).toContain('{"@type":"NewsArticle"}');
    expect(lean).toContain('var small = 1;');
    // Text beside a dropped script is written by hand, escaped as the browser would.
    expect(lean).toContain('One &lt;two&gt; &amp; three&nbsp;four<p>Zero</p>');
    expect(lean).toContain('<body class="b"><div id="a">');
    // Parsed again, it is the same page to read.
    const again = parseHtmlDocument(lean);
    expect(again.querySelector('p[data-x]')?.getAttribute('data-x')).toBe('1 "2"');
    expect(again.title).toBe('T & U');
    expect(again.documentElement.getAttribute('lang')).toBe('en');
  });

  it('gives the background the same article as the whole page does', () => {
    const doc = parseHtmlDocument(fixturePage('peace-plan-article.html'));
    const whole = extractArticle(doc, ARTICLE_URL);
    const lean = extractArticle(parseHtmlDocument(leanHtml(doc)), ARTICLE_URL);
    expect(lean.article).toEqual(whole.article);
    expect(lean.verdict.isArticle).toBe(whole.verdict.isArticle);
  });
});

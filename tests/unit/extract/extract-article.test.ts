import { describe, expect, it } from 'vitest';
import { mightBeArticle } from '@/lib/extract/cheap-check';
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

  it('does not crash on an empty or broken document', () => {
    for (const html of ['', '<html>', '<<<>>>', '<script type="application/ld+json">{broken</script>']) {
      expect(extractArticle(parseHtmlDocument(html), null).verdict.isArticle).toBe(false);
    }
  });
});

describe('mightBeArticle (the content script check)', () => {
  it('passes the article and stops at the home page path', () => {
    expect(mightBeArticle(parseHtmlDocument(fixturePage('peace-plan-article.html')), new URL(ARTICLE_URL))).toBe(true);
    expect(mightBeArticle(parseHtmlDocument(fixturePage('front-page.html')), new URL('http://127.0.0.1/'))).toBe(false);
  });
});

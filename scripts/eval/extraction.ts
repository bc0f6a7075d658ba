/**
 * What the background extracts from what the content script sends (pageToSend: the page's head and article
 * region), against Mozilla Readability's expected article for each of its 130 test pages, beside the same
 * extraction from the whole page (leanHtml, what was sent before) in the same run; and the bytes each sends.
 * The score is the F1 of the article's words (as a multiset) against the expected article's words.
 */
import { readFileSync } from 'node:fs';
import { extractArticle } from '../../lib/extract/extract-article';
import { leanHtml } from '../../lib/extract/lean-html';
import { pageToSend } from '../../lib/extract/page-to-send';
import { parseHtmlDocument } from '../../lib/extract/parse-html';
import { corpus, NEWS_CATEGORY, readabilityPages } from './corpora';

export interface ExtractionResult {
  /** Mean word F1 against Readability's expected article, extracting from what is sent. */
  sentF1: number;
  /** The same from the whole page. */
  wholePageF1: number;
  /** Both over the 47 news-outlet articles only: the pages the sidebar is for. */
  newsSentF1: number;
  newsWholePageF1: number;
  /** Pages whose F1 from what is sent is more than 0.05 below that from the whole page. */
  worse: string[];
  sentBytes: number;
  wholePageBytes: number;
  pages: number;
}

const PAGE_URL = 'http://fakehost/test/page.html';

export function evaluateExtraction(): ExtractionResult {
  const pages = readabilityPages();
  const folders = pages.map((p) => p.folder);
  const news = new Set(pages.filter((p) => p.category === NEWS_CATEGORY).map((p) => p.folder));
  let sentF1 = 0;
  let wholePageF1 = 0;
  let newsSentF1 = 0;
  let newsWholePageF1 = 0;
  let sentBytes = 0;
  let wholePageBytes = 0;
  const worse: string[] = [];
  for (const folder of folders) {
    const read = (file: string) => parseHtmlDocument(readFileSync(corpus('readability-test-pages', folder, file), 'utf8'));
    const expected = words(read('expected.html').body?.textContent ?? '');
    const page = read('source.html');
    const sent = pageToSend(page);
    const whole = leanHtml(page);
    const fromSent = wordF1(words(extractArticle(parseHtmlDocument(sent), PAGE_URL).article.paragraphs.join(' ')), expected);
    const fromWhole = wordF1(words(extractArticle(parseHtmlDocument(whole), PAGE_URL).article.paragraphs.join(' ')), expected);
    if (fromSent < fromWhole - 0.05) worse.push(folder);
    sentF1 += fromSent;
    wholePageF1 += fromWhole;
    if (news.has(folder)) {
      newsSentF1 += fromSent;
      newsWholePageF1 += fromWhole;
    }
    sentBytes += sent.length;
    wholePageBytes += whole.length;
  }
  return { sentF1: sentF1 / folders.length, wholePageF1: wholePageF1 / folders.length, newsSentF1: newsSentF1 / news.size, newsWholePageF1: newsWholePageF1 / news.size, worse, sentBytes, wholePageBytes, pages: folders.length };
}

/** Letters and digits of any script: lib/text's `words` keeps only a to z, and would make every Chinese page agree. */
function words(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** F1 of two bags of words; two empty bags agree. */
export function wordF1(found: string[], expected: string[]): number {
  if (!found.length || !expected.length) return found.length === expected.length ? 1 : 0;
  const left = new Map<string, number>();
  for (const w of expected) left.set(w, (left.get(w) ?? 0) + 1);
  let hits = 0;
  for (const w of found) {
    const n = left.get(w) ?? 0;
    if (n > 0) {
      hits++;
      left.set(w, n - 1);
    }
  }
  const precision = hits / found.length;
  const recall = hits / expected.length;
  return hits ? (2 * precision * recall) / (precision + recall) : 0;
}

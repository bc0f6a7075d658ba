/**
 * News-article detection on Mozilla Readability's 130 test pages, labelled in CATEGORIES.tsv: recall on real
 * news-outlet articles, and how many real non-article pages (about, product, section front) pass for news.
 * Readability's own isProbablyReaderable on the same pages is reported beside it. A page counts as news when
 * it passes both steps the extension takes: the content script's first look at the whole page, then the full
 * detection on what the content script sends (its head and article region without large scripts and styles,
 * pageToSend).
 */
import { readFileSync } from 'node:fs';
import { isProbablyReaderable } from '@mozilla/readability';
import { mightBeArticle } from '../../lib/extract/cheap-check';
import { extractArticle } from '../../lib/extract/extract-article';
import { pageToSend } from '../../lib/extract/page-to-send';
import { parseHtmlDocument } from '../../lib/extract/parse-html';
import { corpus, NEWS_CATEGORY, readabilityPages } from './corpora';

export interface DetectionResult {
  newsRecall: number;
  newsPages: number;
  nonArticleFalsePositives: number;
  nonArticlePages: number;
  readerableFalsePositives: number;
  /** Blog posts, docs, encyclopedia and fiction pages (not measured by the targets, reported anyway). */
  otherArticlesTakenForNews: number;
  otherArticlePages: number;
  missed: string[];
  takenForNews: string[];
}

// Upstream runs every page as if it were at this address.
const PAGE_URL = 'http://fakehost/test/page.html';

export function evaluateDetection(): DetectionResult {
  const rows = readabilityPages().map(({ folder, category }) => [folder, category]);
  let news = 0;
  let detected = 0;
  let nonArticles = 0;
  let falsePositives = 0;
  let readerableFalsePositives = 0;
  const missed: string[] = [];
  const pagesTakenForNews: string[] = [];
  let others = 0;
  let othersTaken = 0;
  for (const [folder, category] of rows) {
    if (category === 'other_article') {
      others++;
      const doc = parseHtmlDocument(readFileSync(corpus('readability-test-pages', folder!, 'source.html'), 'utf8'));
      if (takenForNews(doc)) othersTaken++;
      continue;
    }
    if (category !== NEWS_CATEGORY && category !== 'not_article_real_page') continue;
    const doc = parseHtmlDocument(readFileSync(corpus('readability-test-pages', folder!, 'source.html'), 'utf8'));
    const isNews = takenForNews(doc);
    if (category === NEWS_CATEGORY) {
      news++;
      if (isNews) detected++;
      else missed.push(folder!);
    } else {
      nonArticles++;
      if (isNews) {
        falsePositives++;
        pagesTakenForNews.push(folder!);
      }
      if (isProbablyReaderable(doc)) readerableFalsePositives++;
    }
  }
  return {
    newsRecall: detected / news,
    newsPages: news,
    nonArticleFalsePositives: falsePositives,
    nonArticlePages: nonArticles,
    readerableFalsePositives,
    otherArticlesTakenForNews: othersTaken,
    otherArticlePages: others,
    missed,
    takenForNews: pagesTakenForNews,
  };
}

function takenForNews(doc: Document): boolean {
  return mightBeArticle(doc, PAGE_URL) && extractArticle(parseHtmlDocument(pageToSend(doc)), PAGE_URL).verdict.isArticle;
}

import { extractArticle } from '../extract/extract-article';
import type { Article } from '../types';
import { recordProblem } from './archive-file';
import { looksLikeSeedText, parseSeedText } from './seed-format';

/** One article of an export file, kept as a file of its own in data/ (`*.article.json`). */
export const ARTICLE_JSON = /\.article\.json$/i;

export class SourceFileError extends Error {}

/**
 * One source article from a file's text: the seed text format, or an HTML page (extracted like a page the reader
 * visits). The caller supplies the HTML parser, so this stays free of Node and browser specifics.
 */
export function readSourceFile(name: string, text: string, parseHtml: (html: string) => Document): Article {
  if (text.includes('\u0000')) throw new SourceFileError(`${name}: binary file, not an article`);
  if (!text.trim()) throw new SourceFileError(`${name}: empty file`);
  if (ARTICLE_JSON.test(name)) return articleFromJson(name, text);
  if (/\.html?$/i.test(name)) {
    const { article } = extractArticle(parseHtml(text), null);
    if (article.paragraphs.length === 0) throw new SourceFileError(`${name}: no article text found in the page`);
    return article;
  }
  if (looksLikeSeedText(text)) return parseSeedText(text);
  throw new SourceFileError(`${name}: not in the archive's text format (first line " date YYYY-MM-DD SECTION")`);
}

function articleFromJson(name: string, text: string): Article {
  let record: unknown;
  try {
    record = JSON.parse(text);
  } catch {
    throw new SourceFileError(`${name}: not valid JSON`);
  }
  const problem = recordProblem(record);
  if (problem) throw new SourceFileError(`${name}: ${problem}`);
  const r = record as Article;
  return {
    title: r.title,
    standfirst: r.standfirst ?? null,
    byline: r.byline ?? null,
    publisher: r.publisher ?? null,
    publishedAt: r.publishedAt ?? null,
    section: r.section ?? null,
    url: r.url ?? null,
    lang: r.lang ?? null,
    paragraphs: r.paragraphs,
  };
}

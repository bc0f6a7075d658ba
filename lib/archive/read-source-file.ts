import { extractArticle } from '../extract/extract-article';
import type { Article } from '../types';
import { looksLikeSeedText, parseSeedText } from './seed-format';

export class SourceFileError extends Error {}

/**
 * One source article from a file's text: the seed text format, or an HTML page (extracted like a page the reader
 * visits). The caller supplies the HTML parser, so this stays free of Node and browser specifics.
 */
export function readSourceFile(name: string, text: string, parseHtml: (html: string) => Document): Article {
  if (text.includes('\u0000')) throw new SourceFileError(`${name}: binary file, not an article`);
  if (!text.trim()) throw new SourceFileError(`${name}: empty file`);
  if (/\.html?$/i.test(name)) {
    const { article } = extractArticle(parseHtml(text), null);
    if (article.paragraphs.length === 0) throw new SourceFileError(`${name}: no article text found in the page`);
    return article;
  }
  if (looksLikeSeedText(text)) return parseSeedText(text);
  throw new SourceFileError(`${name}: not in the archive's text format (first line " date YYYY-MM-DD SECTION")`);
}

/**
 * Builds the bundled archive from data/: every article file (seed text format or HTML page) parsed and analysed
 * at build time, so the installed extension starts with a ready index. Used by the build (wxt.config.ts) and by
 * the command-line tools. Node only.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { prepareArticle } from '../lib/archive/prepare';
import { readSourceFile } from '../lib/archive/read-source-file';
import type { BundledArchive } from '../lib/archive/bundled-archive';
import { parseHtmlDocument } from '../lib/extract/parse-html';
import { defaultAliases } from '../lib/nlp/default-aliases';
import { contentHash } from '../lib/text/hash';

// Seed text, saved HTML pages, and single articles from an export (`npm run archive -- add`).
const ARTICLE_FILE = /\.(?:txt|html?|article\.json)$/i;

export function articleFiles(dir: string): string[] {
  return readdirSync(dir)
    .filter((f) => ARTICLE_FILE.test(f) && !/^readme/i.test(f))
    .sort()
    .map((f) => join(dir, f));
}

export function buildBundledArchive(dir: string): BundledArchive {
  const articles = articleFiles(dir).map((file) => {
    const article = readSourceFile(file, readFileSync(file, 'utf8'), parseHtmlDocument);
    // Bundled articles are dated by publication, not by build, so rebuilding gives the same archive.
    const prepared = prepareArticle(article, 'bundled', defaultAliases, new Date(article.publishedAt ?? 0));
    return prepared;
  });
  return { version: contentHash(JSON.stringify(articles)), articles };
}

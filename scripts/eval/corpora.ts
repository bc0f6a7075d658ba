/** Where the evaluation corpora are: ../shared/corpora beside the repo, or CROSSCHECK_CORPORA. Read in place, never copied. */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export function corporaDir(): string {
  const dir = process.env.CROSSCHECK_CORPORA ?? fileURLToPath(new URL('../../../shared/corpora', import.meta.url));
  if (!existsSync(dir)) throw new Error(`corpora not found at ${dir}; set CROSSCHECK_CORPORA`);
  return dir;
}

export const corpus = (...parts: string[]) => join(corporaDir(), ...parts);

/** CATEGORIES.tsv's label for an article from a news outlet: the pages the sidebar is for. */
export const NEWS_CATEGORY = 'news_article_news_outlet';

/** Mozilla Readability's test pages, each with its category as labelled in CATEGORIES.tsv. */
export function readabilityPages(): Array<{ folder: string; category: string }> {
  return readFileSync(corpus('readability-test-pages', 'CATEGORIES.tsv'), 'utf8')
    .trim()
    .split('\n')
    .slice(1)
    .map((line) => line.split('\t'))
    .map(([folder, category]) => ({ folder: folder!, category: category ?? '' }));
}

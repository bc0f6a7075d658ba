/** The archive a command-line tool works against: data/ by default, or a folder of article files, or an export. */
import { readFileSync, statSync } from 'node:fs';
import { parseArchiveFile } from '../lib/archive/archive-file';
import { archiveInMemory } from '../lib/archive/article-source';
import type { ArchivedArticle } from '../lib/types';
import { buildBundledArchive } from './bundled-archive';
import { CliError } from './cli-error';

export function loadArchive(path: string): ReturnType<typeof archiveInMemory> {
  let articles: ArchivedArticle[];
  let stat;
  try {
    stat = statSync(path);
  } catch {
    throw new CliError(`archive not found: ${path}`);
  }
  if (stat.isDirectory()) {
    try {
      articles = buildBundledArchive(path).articles;
    } catch (error) {
      throw new CliError(`archive folder ${path}: ${(error as Error).message}`);
    }
  } else {
    const parsed = parseArchiveFile(readFileSync(path, 'utf8'));
    if (!parsed.ok) throw new CliError(`archive ${path}: ${parsed.error}${parsed.problems[0] ? ` (article ${parsed.problems[0].index + 1}: ${parsed.problems[0].problem})` : ''}`);
    articles = parsed.articles;
  }
  return archiveInMemory(articles);
}

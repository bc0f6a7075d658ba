import type { ArchivedArticle } from '../types';

/** The archive the build prepared from data/: articles with their analysis, and a version to detect changes. */
export interface BundledArchive {
  version: string;
  articles: ArchivedArticle[];
}

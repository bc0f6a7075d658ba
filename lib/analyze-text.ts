import type { AliasBook } from './nlp/aliases';
import { findEntities } from './nlp/entities';
import { findKeyTerms } from './nlp/key-terms';
import { findStatements } from './statements/attributed-statements';
import type { Article, Entity, Statement } from './types';

export interface TextAnalysis {
  entities: Entity[];
  statements: Statement[];
  keyTerms: string[];
}

/** Headline and standfirst carry claims too ("Russia denies receiving any proposal"), so they are read first. */
export function articleParagraphs(article: Article): string[] {
  return [article.title, article.standfirst ?? '', ...article.paragraphs].filter((p) => p.trim().length > 0);
}

/** Entities, statements and key terms of an article: the NLP half of the engine. */
export function analyzeArticleText(article: Article, aliases: AliasBook): TextAnalysis {
  const paragraphs = articleParagraphs(article);
  const text = paragraphs.join('\n\n');
  // English-only features degrade to nothing on other languages rather than inventing English names.
  if (article.lang && article.lang !== 'en') return { entities: [], statements: [], keyTerms: findKeyTerms(text) };
  const entities = findEntities(text, aliases);
  return { entities, statements: findStatements(paragraphs, entities, aliases), keyTerms: findKeyTerms(text) };
}

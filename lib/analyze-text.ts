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
  const { entities, keyTerms } = articleNames(article, aliases, paragraphs);
  return { entities, statements: articleStatements(article, paragraphs, entities, aliases), keyTerms };
}

/** Who said what in an article, given its paragraphs and entities (English only, like the names). */
export function articleStatements(article: Article, paragraphs: string[], entities: Entity[], aliases: AliasBook): Statement[] {
  const english = !article.lang || article.lang === 'en';
  return english ? findStatements(paragraphs, entities, aliases) : [];
}

/** An article's entities and key terms, without its statements (enough to rank the archive by); `taggerBudget` as findEntities'. */
export function articleNames(article: Article, aliases: AliasBook, paragraphs = articleParagraphs(article), taggerBudget?: number): Pick<TextAnalysis, 'entities' | 'keyTerms'> {
  const text = paragraphs.join('\n\n');
  // English-only features degrade to nothing on other languages rather than inventing English names
  // (statements too: analyzeArticleText).
  const entities = article.lang && article.lang !== 'en' ? [] : findEntities(text, aliases, taggerBudget);
  return { entities, keyTerms: paragraphKeyTerms(paragraphs) };
}

/** An article's key terms alone: what a schema upgrade recomputes when the way of finding them changes. */
export function articleKeyTerms(article: Article): string[] {
  return paragraphKeyTerms(articleParagraphs(article));
}

function paragraphKeyTerms(paragraphs: string[]): string[] {
  return findKeyTerms(paragraphs.join('\n\n'));
}

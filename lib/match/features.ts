import { articleParagraphs } from '../analyze-text';
import { isContent } from '../nlp/key-terms';
import { stem } from '../text/stem';
import { matchWords } from '../text/match-words';
import type { Article, Entity, EntityType } from '../types';

/** What matching compares: stemmed content words with counts, and weighted entity names. */
export interface MatchFeatures {
  terms: Map<string, number>;
  entities: Map<string, number>;
  entityTypes: Map<string, EntityType>;
  keyTerms: Set<string>;
  publishedAt: number | null;
}

const TYPE_WEIGHT: Record<EntityType, number> = { person: 3, organization: 2, place: 1, other: 1.5 };

/** A name's weight in matching: people say most about a story, and more mentions say more, sublinearly. */
export function entityWeight(type: EntityType, mentions: number): number {
  return TYPE_WEIGHT[type] * (1 + Math.log(mentions));
}

export function contentTerms(text: string): Map<string, number> {
  const terms = new Map<string, number>();
  for (const w of matchWords(text)) if (isContent(w)) terms.set(stem(w), (terms.get(stem(w)) ?? 0) + 1);
  return terms;
}

/** An article's content words with counts: what matching compares, on the page side and the archive side alike. */
export function articleTerms(article: Article): Map<string, number> {
  return contentTerms(articleParagraphs(article).join(' '));
}

export function matchFeatures(article: Article | null, text: string, entities: Entity[], keyTerms: string[]): MatchFeatures {
  const entityWeights = new Map<string, number>();
  const entityTypes = new Map<string, EntityType>();
  for (const e of entities) {
    entityWeights.set(e.name, entityWeight(e.type, e.mentions));
    entityTypes.set(e.name, e.type);
  }
  const t = article?.publishedAt ? Date.parse(article.publishedAt) : NaN;
  return {
    terms: article ? articleTerms(article) : contentTerms(text),
    entities: entityWeights,
    entityTypes,
    keyTerms: new Set(keyTerms),
    publishedAt: Number.isNaN(t) ? null : t,
  };
}

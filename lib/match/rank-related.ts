import type { ArchiveIndex, IndexedArticle } from './archive-index';
import type { MatchFeatures } from './features';

export interface RankedMatch {
  entry: IndexedArticle;
  score: number;
  why: string[];
}

export interface RankOptions {
  /** Below this score an article is not shown as related. */
  threshold: number;
  limit: number;
  /** Skip the page itself when it is already in the archive. */
  isSamePage?: (article: IndexedArticle['article']) => boolean;
}

/** Page-level related reporting: a score in [0, 1] per article and the reasons a reader can check. */
export const PAGE_THRESHOLD = 0.22;
/** A selection is a few words: a shared name and a few terms are enough. */
export const QUERY_THRESHOLD = 0.12;

const DAY = 86_400_000;

export function rankRelated(index: ArchiveIndex, page: MatchFeatures, options: RankOptions): RankedMatch[] {
  const n = index.size + 1;
  const idf = (t: string) => Math.log(1 + n / ((index.termFrequency.get(t) ?? 0) + 0.5));
  const pageNorm = norm(page.terms, idf);
  const out: RankedMatch[] = [];
  for (const entry of index.candidates(page)) {
    if (options.isSamePage?.(entry.article)) continue;
    const f = entry.features;
    const entity = entitySimilarity(page, f);
    const text = cosine(page.terms, pageNorm, f.terms, idf);
    const sharedKeys = [...page.keyTerms].filter((k) => f.keyTerms.has(k));
    const keys = Math.min(1, sharedKeys.length / 4);
    const days = page.publishedAt !== null && f.publishedAt !== null ? Math.abs(page.publishedAt - f.publishedAt) / DAY : null;
    const time = days === null ? 0.5 : Math.exp(-days / 14);
    const score = 0.4 * entity.score + 0.4 * text + 0.1 * keys + 0.1 * time;
    if (score < options.threshold) continue;
    const why = [...entity.shared.slice(0, 4), ...sharedKeys.filter((k) => / /.test(k)).slice(0, 2)];
    if (days !== null && days <= 3) why.push(daysApart(days));
    out.push({ entry, score: Math.round(score * 1000) / 1000, why });
  }
  return out.sort((a, b) => b.score - a.score).slice(0, options.limit);
}

function entitySimilarity(a: MatchFeatures, b: MatchFeatures): { score: number; shared: string[] } {
  let shared = 0;
  let totalA = 0;
  let totalB = 0;
  const names: Array<[string, number]> = [];
  for (const [name, w] of a.entities) {
    totalA += w;
    const other = b.entities.get(name);
    if (other !== undefined) {
      shared += Math.min(w, other);
      names.push([name, w + other]);
    }
  }
  for (const w of b.entities.values()) totalB += w;
  if (!totalA || !totalB) return { score: 0, shared: [] };
  // People first: a shared speaker says more about the story than a shared country.
  const rank = (name: string) => (a.entityTypes.get(name) === 'person' ? 0 : a.entityTypes.get(name) === 'organization' ? 1 : 2);
  names.sort((x, y) => rank(x[0]) - rank(y[0]) || y[1] - x[1]);
  return { score: shared / Math.sqrt(totalA * totalB) * 1.4 > 1 ? 1 : (shared / Math.sqrt(totalA * totalB)) * 1.4, shared: names.map(([n]) => n) };
}

function norm(terms: Map<string, number>, idf: (t: string) => number): number {
  let s = 0;
  for (const [t, c] of terms) s += (c * idf(t)) ** 2;
  return Math.sqrt(s);
}

function cosine(a: Map<string, number>, aNorm: number, b: Map<string, number>, idf: (t: string) => number): number {
  if (!aNorm) return 0;
  let dot = 0;
  const [small, large] = a.size < b.size ? [a, b] : [b, a];
  for (const [t, c] of small) {
    const other = large.get(t);
    if (other) dot += c * other * idf(t) ** 2;
  }
  const bNorm = norm(b, idf);
  return bNorm ? dot / (aNorm * bNorm) : 0;
}

function daysApart(days: number): string {
  const n = Math.round(days);
  return n === 0 ? 'same day' : n === 1 ? '1 day apart' : `${n} days apart`;
}

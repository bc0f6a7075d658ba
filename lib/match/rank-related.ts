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

/**
 * How the evidence adds up. Shared wording (TF-IDF cosine) carries most of it; shared names are already in the
 * wording, and on their own they join "same people, different story". Chosen on ECB+ and NewsWCL50 (see
 * README, "Evaluation"): the only same-story sets we have, so the figures there are optimistic.
 */
const WEIGHTS = { entities: 0.1, text: 0.7, keyTerms: 0.1, time: 0.1 };
const FEEDBACK_DOCS = 3;
const FEEDBACK_WEIGHT = 0.5;

export function rankRelated(index: ArchiveIndex, page: MatchFeatures, options: RankOptions): RankedMatch[] {
  // Pseudo-relevance feedback: the best few matches describe the story in their own words too, so a second
  // pass with the page expanded by them finds reports that word it differently (+0.01 to +0.03 MAP on ECB+).
  const first = rankOnce(index, page, { ...options, limit: FEEDBACK_DOCS });
  if (first.length === 0) return first;
  const top = first.map((r) => r.entry.features);
  const expanded: MatchFeatures = {
    ...page,
    terms: rocchio(page.terms, top.map((f) => f.terms), FEEDBACK_WEIGHT),
    entities: rocchio(page.entities, top.map((f) => f.entities), FEEDBACK_WEIGHT),
  };
  return rankOnce(index, expanded, options);
}

/** Rocchio expansion: the query plus beta times the mean of the top documents, each scaled to the query's mass. */
function rocchio(q: Map<string, number>, docs: Array<Map<string, number>>, beta: number): Map<string, number> {
  if (!docs.length) return q;
  const mass = (m: Map<string, number>) => [...m.values()].reduce((a, b) => a + b, 0) || 1;
  const qm = mass(q);
  const out = new Map(q);
  for (const d of docs) {
    const scale = (beta * qm) / (mass(d) * docs.length);
    for (const [t, v] of d) out.set(t, (out.get(t) ?? 0) + v * scale);
  }
  return out;
}

function rankOnce(index: ArchiveIndex, page: MatchFeatures, options: RankOptions): RankedMatch[] {
  const n = index.size + 1;
  const idf = (t: string) => Math.log(1 + n / ((index.termFrequency.get(t) ?? 0) + 0.5));
  const pageNorm = norm(page.terms, idf);
  const out: RankedMatch[] = [];
  for (const entry of index.candidates(page)) {
    if (options.isSamePage?.(entry.article)) continue;
    const f = entry.features;
    const entity = entitySimilarity(page, f);
    const text = cosine(page.terms, pageNorm, f.terms, idf, index.norm(entry, () => norm(f.terms, idf)));
    const sharedKeys = [...page.keyTerms].filter((k) => f.keyTerms.has(k));
    const keys = Math.min(1, sharedKeys.length / 4);
    const days = page.publishedAt !== null && f.publishedAt !== null ? Math.abs(page.publishedAt - f.publishedAt) / DAY : null;
    const time = days === null ? 0.5 : Math.exp(-days / 14);
    const score = WEIGHTS.entities * entity.score + WEIGHTS.text * text + WEIGHTS.keyTerms * keys + WEIGHTS.time * time;
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

/** Sublinear term frequency: the tenth "said" says less than the first. Feedback weights below 1 stay linear. */
const tfw = (c: number) => (c >= 1 ? 1 + Math.log(c) : c);
function norm(terms: Map<string, number>, idf: (t: string) => number): number {
  let s = 0;
  for (const [t, c] of terms) s += (tfw(c) * idf(t)) ** 2;
  return Math.sqrt(s);
}

function cosine(a: Map<string, number>, aNorm: number, b: Map<string, number>, idf: (t: string) => number, bNorm: number): number {
  if (!aNorm) return 0;
  let dot = 0;
  const [small, large] = a.size < b.size ? [a, b] : [b, a];
  for (const [t, c] of small) {
    const other = large.get(t);
    if (other) dot += tfw(c) * tfw(other) * idf(t) ** 2;
  }
  return bNorm ? dot / (aNorm * bNorm) : 0;
}

function daysApart(days: number): string {
  const n = Math.round(days);
  return n === 0 ? 'same day' : n === 1 ? '1 day apart' : `${n} days apart`;
}

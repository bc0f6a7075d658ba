import type { ArchiveEntry, ArchiveIndex } from './archive-index';
import { isPhrase } from '../nlp/key-terms';
import type { MatchFeatures } from './features';

export interface RankedMatch {
  entry: ArchiveEntry;
  score: number;
  why: string[];
}

export interface RankOptions {
  /** Below this score an article is not shown as related. */
  threshold: number;
  limit: number;
  /** Skip the page itself when it is already in the archive. */
  isSamePage?: (article: ArchiveEntry) => boolean;
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
  const top = first.map((r) => r.entry);
  const expanded: MatchFeatures = {
    ...page,
    terms: rocchio(page.terms, top.map((e) => termsOf(index, e)), FEEDBACK_WEIGHT),
    entities: rocchio(page.entities, top.map((e) => entitiesOf(index, e)), FEEDBACK_WEIGHT),
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

/** An archive article's words and counts, back from its compact form (for the few feedback articles). */
function termsOf(index: ArchiveIndex, e: ArchiveEntry): Map<string, number> {
  return new Map(Array.from(index.terms(e), (p) => [index.termName(p >>> 8), p & 255]));
}

function entitiesOf(index: ArchiveIndex, e: ArchiveEntry): Map<string, number> {
  const out = new Map<string, number>();
  const entities = index.entities(e);
  for (let i = 0; i < entities.length; i += 2) out.set(index.entityName(entities[i]!), entities[i + 1]!);
  return out;
}

/** The page's side of the cosine, per archive word id: tf × idf², in a dense array reused across pages. */
let pageWeights = new Float64Array(1024);

function rankOnce(index: ArchiveIndex, page: MatchFeatures, options: RankOptions): RankedMatch[] {
  const n = index.size + 1;
  const idf = (df: number) => Math.log(1 + n / (df + 0.5));
  if (pageWeights.length < index.vocabularySize) pageWeights = new Float64Array(Math.max(index.vocabularySize, pageWeights.length * 2));
  const used: number[] = [];
  let pageNormSq = 0;
  for (const [t, c] of page.terms) {
    const id = index.termId(t);
    const w = idf(id === undefined ? 0 : index.termDf(id));
    pageNormSq += (tfw(c) * w) ** 2;
    if (id !== undefined) {
      pageWeights[id] = tfw(c) * w * w;
      used.push(id);
    }
  }
  const pageNorm = Math.sqrt(pageNormSq);
  const pageNames = new Map<number, number>();
  let pageNameTotal = 0;
  for (const [name, w] of page.entities) {
    pageNameTotal += w;
    const id = index.entityId(name);
    if (id !== undefined) pageNames.set(id, w);
  }
  const pageKeys = new Set<number>();
  for (const k of page.keyTerms) {
    const id = index.keyTermId(k);
    if (id !== undefined) pageKeys.add(id);
  }
  const out: RankedMatch[] = [];
  try {
    for (const entry of index.candidates(page)) {
      if (options.isSamePage?.(entry)) continue;
      const names = index.entities(entry);
      const entity = entitySimilarity(pageNames, pageNameTotal, names, entry.entityTotal);
      const terms = index.terms(entry);
      let dot = 0;
      for (const p of terms) dot += pageWeights[p >>> 8]! * TFW[p & 255]!;
      const docNorm = index.norm(entry, () => {
        let s = 0;
        for (const p of terms) s += (TFW[p & 255]! * idf(index.termDf(p >>> 8))) ** 2;
        return Math.sqrt(s);
      });
      const text = pageNorm && docNorm ? dot / (pageNorm * docNorm) : 0;
      let sharedKeys = 0;
      const keyTerms = index.keyTerms(entry);
      for (const k of keyTerms) if (pageKeys.has(k)) sharedKeys++;
      const keys = Math.min(1, sharedKeys / 4);
      const days = page.publishedAt !== null && entry.time !== null ? Math.abs(page.publishedAt - entry.time) / DAY : null;
      const time = days === null ? 0.5 : Math.exp(-days / 14);
      const score = WEIGHTS.entities * entity + WEIGHTS.text * text + WEIGHTS.keyTerms * keys + WEIGHTS.time * time;
      if (score < options.threshold) continue;
      const phrases = [...keyTerms].filter((k) => pageKeys.has(k)).map((k) => index.keyTermName(k)).filter(isPhrase);
      const why = [...sharedNames(index, page, pageNames, names).slice(0, 4), ...phrases.slice(0, 2)];
      if (days !== null && days <= 3) why.push(daysApart(days));
      out.push({ entry, score: Math.round(score * 1000) / 1000, why });
    }
  } finally {
    for (const id of used) pageWeights[id] = 0;
  }
  return out.sort((a, b) => b.score - a.score).slice(0, options.limit);
}

/** Weighted overlap of names, as a cosine-like score in [0, 1]. */
function entitySimilarity(pageNames: Map<number, number>, pageTotal: number, names: Float64Array, total: number): number {
  if (!pageTotal || !total) return 0;
  let shared = 0;
  for (let i = 0; i < names.length; i += 2) {
    const w = pageNames.get(names[i]!);
    if (w !== undefined) shared += Math.min(w, names[i + 1]!);
  }
  return Math.min(1, (shared / Math.sqrt(pageTotal * total)) * 1.4);
}

/** The names the page and the article share, people first: a shared speaker says more than a shared country. */
function sharedNames(index: ArchiveIndex, page: MatchFeatures, pageNames: Map<number, number>, entities: Float64Array): string[] {
  const names: Array<[string, number]> = [];
  for (let i = 0; i < entities.length; i += 2) {
    const w = pageNames.get(entities[i]!);
    if (w !== undefined) names.push([index.entityName(entities[i]!), w + entities[i + 1]!]);
  }
  const rank = (name: string) => (page.entityTypes.get(name) === 'person' ? 0 : page.entityTypes.get(name) === 'organization' ? 1 : 2);
  return names.sort((x, y) => rank(x[0]) - rank(y[0]) || y[1] - x[1]).map(([name]) => name);
}

/** Sublinear term frequency: the tenth "said" says less than the first. Feedback weights below 1 stay linear. */
const tfw = (c: number) => (c >= 1 ? 1 + Math.log(c) : c);
/** tfw for the archive's stored counts (whole numbers up to 255), looked up instead of computed. */
const TFW = Float64Array.from({ length: 256 }, (_, c) => tfw(c));

function daysApart(days: number): string {
  const n = Math.round(days);
  return n === 0 ? 'same day' : n === 1 ? '1 day apart' : `${n} days apart`;
}

/**
 * Same-story retrieval on ECB+ and NewsWCL50: every document is the query against all the others; relevant =
 * same sub-topic (ECB+) or same event (NewsWCL50). The engine's ranking sits beside plain BM25 over the same
 * tokens, computed in the same run.
 */
import { readFileSync } from 'node:fs';
import { prepareArticle } from '../../lib/archive/prepare';
import { ArchiveIndex } from '../../lib/match/archive-index';
import { contentTerms, matchFeatures, type MatchFeatures } from '../../lib/match/features';
import { glanceNames } from '../../lib/analyze';
import { GLANCE_CHARS, MIN_PARAGRAPH } from '../../lib/extract/page-glance';
import { rankRelated } from '../../lib/match/rank-related';
import { defaultAliases } from '../../lib/nlp/default-aliases';
import type { ArchivedArticle, Article } from '../../lib/types';
import { Bm25 } from './bm25';
import { corpus } from './corpora';
import { averagePrecision, mean, precisionAt } from './metrics';

interface Doc {
  id: string;
  group: string;
  text: string;
}

export interface RetrievalResult {
  map: number;
  /** Each document ranked by what the content script sends first of a page: its glance (see glanceFeatures). */
  glanceMap: number;
  bm25Map: number;
  precisionAt5: number;
  bm25PrecisionAt5: number;
  documents: number;
}

export function loadEcbPlus(): Doc[] {
  return readJsonl(corpus('ecbplus', 'ecbplus_docs.jsonl')).map((d) => ({ id: String(d.doc_id), group: String(d.subtopic), text: String(d.text) }));
}

export function loadNewsWcl50(): Doc[] {
  return readJsonl(corpus('newswcl50', 'articles.jsonl')).map((d) => ({ id: String(d.doc_id), group: String(d.event_id), text: String(d.text) }));
}

export function evaluateRetrieval(docs: Doc[]): RetrievalResult {
  const now = new Date(0);
  const archived: ArchivedArticle[] = docs.map((d) => ({ ...prepareArticle(asArticle(d.text), 'imported', defaultAliases, now), id: d.id }));
  const index = ArchiveIndex.ofArticles(archived);
  const bm25 = new Bm25(archived.map((a) => tokens(a)));
  const ids = docs.map((d) => d.id);

  const ap: number[] = [];
  const glanceAp: number[] = [];
  const bmAp: number[] = [];
  const p5: number[] = [];
  const bmP5: number[] = [];
  /** The whole archive but the query, best first; articles sharing nothing with the query last, in corpus order. */
  const rankedFully = (features: MatchFeatures, queryId: string): string[] => {
    const ranked = rankRelated(index, features, { threshold: -Infinity, limit: docs.length, isSamePage: (a) => a.id === queryId }).map((r) => r.entry.id);
    const seen = new Set(ranked);
    return [...ranked, ...ids.filter((id) => id !== queryId && !seen.has(id))];
  };
  archived.forEach((query, qi) => {
    const relevant = new Set(docs.filter((d, i) => i !== qi && d.group === docs[qi]!.group).map((d) => d.id));
    if (relevant.size === 0) return;
    const full = rankedFully(matchFeatures(query, '', query.entities, query.keyTerms), query.id);
    ap.push(averagePrecision(full, relevant));
    p5.push(precisionAt(5, full, relevant));
    glanceAp.push(averagePrecision(rankedFully(glanceFeatures(asArticle(docs[qi]!.text)), query.id), relevant));

    const scores = bm25.scores(tokens(query));
    const bmRanked = ids.map((id, i) => ({ id, s: scores[i]! })).filter((x) => x.id !== query.id).sort((a, b) => b.s - a.s).map((x) => x.id);
    bmAp.push(averagePrecision(bmRanked, relevant));
    bmP5.push(precisionAt(5, bmRanked, relevant));
  });
  return { map: mean(ap), glanceMap: mean(glanceAp), bm25Map: mean(bmAp), precisionAt5: mean(p5), bm25PrecisionAt5: mean(bmP5), documents: docs.length };
}

/**
 * A document as its glance would rank the archive: its headline and its opening paragraphs, cut as
 * `pageGlance` cuts a page's, analysed as the background analyses a glance.
 */
function glanceFeatures(article: Article): MatchFeatures {
  const paragraphs: string[] = [];
  let left = GLANCE_CHARS;
  for (const p of article.paragraphs) {
    if (left <= 0) break;
    if (p.length < MIN_PARAGRAPH) continue;
    paragraphs.push(p.slice(0, left));
    left -= p.length;
  }
  const glance = { title: article.title, description: null, lang: 'en', paragraphs };
  const { article: opening, names } = glanceNames(glance, null, defaultAliases);
  return matchFeatures(opening, '', names.entities, names.keyTerms);
}

/** A corpus text as an article: its first line is the headline. */
function asArticle(text: string): Article {
  const [title, ...paragraphs] = text.split('\n').map((l) => l.trim()).filter(Boolean);
  return { title: title ?? '', standfirst: null, byline: null, publisher: null, publishedAt: null, section: null, url: null, lang: 'en', paragraphs };
}

function tokens(a: Article): string[] {
  const terms = contentTerms([a.title, ...a.paragraphs].join(' '));
  return [...terms].flatMap(([t, n]) => Array<string>(n).fill(t));
}

function readJsonl(path: string): Array<Record<string, unknown>> {
  return readFileSync(path, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as Record<string, unknown>);
}

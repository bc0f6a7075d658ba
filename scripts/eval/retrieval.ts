/**
 * Same-story retrieval on ECB+ and NewsWCL50: every document is the query against all the others; relevant =
 * same sub-topic (ECB+) or same event (NewsWCL50). The engine's ranking sits beside plain BM25 over the same
 * tokens, computed in the same run.
 */
import { readFileSync } from 'node:fs';
import { prepareArticle } from '../../lib/archive/prepare';
import { ArchiveIndex } from '../../lib/match/archive-index';
import { contentTerms, matchFeatures } from '../../lib/match/features';
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
  const bmAp: number[] = [];
  const p5: number[] = [];
  const bmP5: number[] = [];
  archived.forEach((query, qi) => {
    const relevant = new Set(docs.filter((d, i) => i !== qi && d.group === docs[qi]!.group).map((d) => d.id));
    if (relevant.size === 0) return;
    const features = matchFeatures(query, '', query.entities, query.keyTerms);
    const ranked = rankRelated(index, features, { threshold: -Infinity, limit: docs.length, isSamePage: (a) => a.id === query.id }).map((r) => r.entry.id);
    // Articles sharing nothing with the query come last, in corpus order.
    const seen = new Set(ranked);
    const full = [...ranked, ...ids.filter((id) => id !== query.id && !seen.has(id))];
    ap.push(averagePrecision(full, relevant));
    p5.push(precisionAt(5, full, relevant));

    const scores = bm25.scores(tokens(query));
    const bmRanked = ids.map((id, i) => ({ id, s: scores[i]! })).filter((x) => x.id !== query.id).sort((a, b) => b.s - a.s).map((x) => x.id);
    bmAp.push(averagePrecision(bmRanked, relevant));
    bmP5.push(precisionAt(5, bmRanked, relevant));
  });
  return { map: mean(ap), bm25Map: mean(bmAp), precisionAt5: mean(p5), bm25PrecisionAt5: mean(bmP5), documents: docs.length };
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

import { STOPWORDS } from '../text/stopwords';
import { words } from '../text/normalize';

/**
 * The inputs of the stance model for one (headline, body) pair, as a sparse vector:
 * [headline term frequencies | body term frequencies | hand-made signals]. Term frequencies are L2-normalised
 * over a fixed vocabulary (the design of Riedel et al.'s FNC-1 system, UCL); the hand-made signals add what a
 * bag of words misses: overlap with the body's opening, refuting and hedging words, negation.
 */
export interface StanceVocabulary {
  words: string[];
  idf: number[];
}

export interface SparseVector {
  indices: number[];
  values: number[];
}

const REFUTING = new Set(['fake', 'fraud', 'hoax', 'false', 'deny', 'denies', 'denied', 'not', 'despite', 'nope', 'doubt', 'doubts', 'bogus', 'debunk', 'debunked', 'pranks', 'prank', 'retract', 'retracted', 'untrue', 'refute', 'refuted', 'rejects', 'rejected', 'satire', 'myth', 'rumour', 'rumor', 'misleading', 'no', 'never', 'neither', 'nor']);
const HEDGING = new Set(['reportedly', 'allegedly', 'alleged', 'claims', 'claimed', 'claim', 'according', 'rumors', 'rumours', 'unconfirmed', 'may', 'might', 'could', 'possibly', 'apparently', 'purportedly', 'suggests', 'suggested', 'unverified', 'appears', 'believed']);

export const EXTRA_FEATURES = [
  'tfidf cosine',
  'headline words in body',
  'headline bigrams in body',
  'headline words in body opening',
  'refuting words in headline',
  'refuting words in body',
  'refuting words in body opening',
  'hedging words in body',
  'hedging words in body opening',
  'question in headline',
  'body length',
  'negations near headline words',
] as const;

export function tokens(text: string): string[] {
  return words(text);
}

export function contentTokens(text: string): string[] {
  return tokens(text).filter((w) => w.length > 1 && !STOPWORDS.has(w));
}

/** Builds the sparse input; `tokensOf` lets callers cache body tokens across the many headlines of one body. */
export function stanceFeatures(vocab: StanceVocabulary, index: Map<string, number>, headline: string, bodyTokens: string[]): SparseVector {
  const v = vocab.words.length;
  const headTokens = tokens(headline);
  const headContent = headTokens.filter((w) => w.length > 1 && !STOPWORDS.has(w));
  const bodyContent = bodyTokens.filter((w) => w.length > 1 && !STOPWORDS.has(w));
  const out: SparseVector = { indices: [], values: [] };
  const headTf = termFrequencies(headContent, index);
  const bodyTf = termFrequencies(bodyContent, index);
  pushNormalised(out, headTf, 0);
  pushNormalised(out, bodyTf, v);

  const bodySet = new Set(bodyContent);
  const opening = bodyContent.slice(0, 60);
  const openingSet = new Set(opening);
  const headSet = new Set(headContent);
  const headBigrams = bigrams(headContent);
  const bodyBigrams = new Set(bigrams(bodyContent));
  const share = (xs: Iterable<string>, set: Set<string>) => {
    let n = 0;
    let hit = 0;
    for (const x of xs) {
      n++;
      if (set.has(x)) hit++;
    }
    return n ? hit / n : 0;
  };
  const rate = (ws: string[], set: Set<string>) => (ws.length ? ws.filter((w) => set.has(w)).length / ws.length : 0);
  const allBody = bodyTokens;
  const negationsNearHeadline = countNear(allBody, headSet, REFUTING, 4) / Math.max(1, allBody.length / 100);
  const extras = [
    tfidfCosine(headTf, bodyTf, vocab.idf),
    share(headSet, bodySet),
    share(headBigrams, bodyBigrams),
    share(headSet, openingSet),
    headTokens.filter((w) => REFUTING.has(w)).length > 0 ? 1 : 0,
    rate(allBody, REFUTING) * 20,
    rate(allBody.slice(0, 80), REFUTING) * 10,
    rate(allBody, HEDGING) * 20,
    rate(allBody.slice(0, 80), HEDGING) * 10,
    /\?\s*$/.test(headline) ? 1 : 0,
    Math.log1p(allBody.length) / 8,
    Math.min(3, negationsNearHeadline),
  ];
  extras.forEach((x, i) => {
    if (x !== 0) {
      out.indices.push(2 * v + i);
      out.values.push(x);
    }
  });
  return out;
}

export function inputSize(vocab: StanceVocabulary): number {
  return 2 * vocab.words.length + EXTRA_FEATURES.length;
}

function termFrequencies(ws: string[], index: Map<string, number>): Map<number, number> {
  const tf = new Map<number, number>();
  for (const w of ws) {
    const i = index.get(w);
    if (i !== undefined) tf.set(i, (tf.get(i) ?? 0) + 1);
  }
  return tf;
}

function pushNormalised(out: SparseVector, tf: Map<number, number>, offset: number): void {
  let norm = 0;
  for (const c of tf.values()) norm += c * c;
  norm = Math.sqrt(norm) || 1;
  for (const [i, c] of [...tf].sort((a, b) => a[0] - b[0])) {
    out.indices.push(offset + i);
    out.values.push(c / norm);
  }
}

function tfidfCosine(a: Map<number, number>, b: Map<number, number>, idf: number[]): number {
  let dot = 0;
  let na = 0;
  let nb = 0;
  for (const [i, c] of a) {
    const w = c * idf[i]!;
    na += w * w;
    const o = b.get(i);
    if (o) dot += w * o * idf[i]!;
  }
  for (const [i, c] of b) nb += (c * idf[i]!) ** 2;
  return na && nb ? dot / Math.sqrt(na * nb) : 0;
}

function bigrams(ws: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i + 1 < ws.length; i++) out.push(`${ws[i]} ${ws[i + 1]}`);
  return out;
}

/** Refuting words within `window` tokens of a headline word: "the photo is fake" near "photo". */
function countNear(body: string[], head: Set<string>, cue: Set<string>, window: number): number {
  let n = 0;
  for (let i = 0; i < body.length; i++) {
    if (!cue.has(body[i]!)) continue;
    for (let j = Math.max(0, i - window); j <= Math.min(body.length - 1, i + window); j++) {
      if (head.has(body[j]!)) {
        n++;
        break;
      }
    }
  }
  return n;
}

import { grow } from '../match/postings';
import { foldCase } from '../text/normalize';

/**
 * Words of titles, names and publishers → the articles that hold them, with a typo-tolerant lookup:
 * exact, prefix (the word being typed) and within one or two edits ("peskow" → "peskov"). It narrows a popup
 * query to a few dozen articles in microseconds, so fuse.js only ever ranks a handful.
 */
export class TokenIndex {
  private readonly postings = new Map<string, WeightedPostings>();
  /** Vocabulary by first letter, so typo search scans a small bucket. */
  private readonly byInitial = new Map<string, string[]>();
  /**
   * Removed documents: skipped, not erased, so removing costs nothing and no document keeps a list of its own
   * words (which would double the memory). A restarted background builds the index without them.
   */
  private readonly removed = new Set<number>();

  /** Indexes a text of a document; the same word in several fields keeps its best weight. */
  add(doc: number, text: string, weight: number): void {
    this.addTokens(doc, new Set(tokenize(text)), weight);
  }

  /** Indexes words already tokenized (names repeat across articles; their words are worked out once). */
  addTokens(doc: number, tokens: Iterable<string>, weight: number): void {
    this.removed.delete(doc);
    for (const token of tokens) {
      let p = this.postings.get(token);
      if (!p) {
        this.postings.set(token, (p = new WeightedPostings()));
        const initial = token[0]!;
        const bucket = this.byInitial.get(initial);
        if (bucket) bucket.push(token);
        else this.byInitial.set(initial, [token]);
      }
      p.push(doc, weight);
    }
  }

  remove(doc: number): void {
    this.removed.add(doc);
  }

  /** Documents scored by how well they match every query word (all words must match somehow). */
  candidates(query: string, limit: number): number[] {
    const words = tokenize(query);
    if (!words.length) return [];
    let scores: Map<number, number> | null = null;
    words.forEach((word, i) => {
      const isLast = i === words.length - 1;
      const perDoc = new Map<number, number>();
      for (const [token, quality] of this.matchingTokens(word, isLast)) {
        const p = this.postings.get(token)!;
        for (let k = 0; k < p.length; k++) {
          const doc = p.docs[k]!;
          if (this.removed.has(doc)) continue;
          const s = (quality * p.weights[k]!) / 10;
          if (s > (perDoc.get(doc) ?? 0)) perDoc.set(doc, s);
        }
      }
      if (scores === null) scores = perDoc;
      else {
        const next = new Map<number, number>();
        for (const [doc, s] of scores) {
          const add = perDoc.get(doc);
          if (add !== undefined) next.set(doc, s + add);
        }
        scores = next;
      }
    });
    return [...(scores ?? new Map<number, number>())].sort((a, b) => b[1] - a[1]).slice(0, limit).map(([doc]) => doc);
  }

  /** Vocabulary words that may be what the reader means, with how sure we are. */
  private matchingTokens(word: string, typing: boolean): Array<[string, number]> {
    const out: Array<[string, number]> = [];
    const maxEdits = word.length >= 8 ? 2 : word.length >= 4 ? 1 : 0;
    for (const token of this.byInitial.get(word[0]!) ?? []) {
      if (token === word) out.push([token, 1]);
      else if (typing && token.startsWith(word)) out.push([token, 0.8]);
      else if (maxEdits && withinEdits(word, token, maxEdits)) out.push([token, 0.6]);
      // A typo in a word still being typed: "peskow" → "peskov…".
      else if (maxEdits && typing && token.length > word.length && withinEdits(word, token.slice(0, word.length), maxEdits)) out.push([token, 0.5]);
    }
    return out;
  }
}

/** Documents holding a word, with the weight of the field it was in (tenths, so a byte holds it). */
class WeightedPostings {
  docs = new Uint32Array(2);
  weights = new Uint8Array(2);
  length = 0;

  push(doc: number, weight: number): void {
    this.docs = grow(this.docs, this.length + 1);
    this.weights = grow(this.weights, this.length + 1);
    this.docs[this.length] = doc;
    this.weights[this.length++] = Math.round(weight * 10);
  }
}

export function tokenize(text: string): string[] {
  return foldCase(text).match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** Levenshtein distance at most `max`, with an early exit once every path is over. */
function withinEdits(a: string, b: string, max: number): boolean {
  if (Math.abs(a.length - b.length) > max) return false;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const v = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
      cur.push(v);
      if (v < best) best = v;
    }
    if (best > max) return false;
    prev = cur;
  }
  return prev[b.length]! <= max;
}

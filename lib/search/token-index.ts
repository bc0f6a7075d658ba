import { foldCase } from '../text/normalize';

/**
 * Words of titles, names and publishers → the articles that hold them, with a typo-tolerant lookup:
 * exact, prefix (the word being typed) and within one or two edits ("peskow" → "peskov"). It narrows a popup
 * query to a few dozen articles in microseconds, so fuse.js only ever ranks a handful.
 */
export class TokenIndex {
  private readonly postings = new Map<string, Map<number, number>>();
  /** Vocabulary by first letter, so typo search scans a small bucket. */
  private readonly byInitial = new Map<string, Set<string>>();
  /** Each document's words, so removing one touches only its own postings. */
  private readonly tokensOf = new Map<number, Set<string>>();

  add(doc: number, text: string, weight: number): void {
    let own = this.tokensOf.get(doc);
    if (!own) this.tokensOf.set(doc, (own = new Set()));
    for (const token of tokenize(text)) {
      own.add(token);
      let p = this.postings.get(token);
      if (!p) {
        this.postings.set(token, (p = new Map()));
        let bucket = this.byInitial.get(token[0]!);
        if (!bucket) this.byInitial.set(token[0]!, (bucket = new Set()));
        bucket.add(token);
      }
      p.set(doc, Math.max(p.get(doc) ?? 0, weight));
    }
  }

  remove(doc: number): void {
    for (const token of this.tokensOf.get(doc) ?? []) {
      const p = this.postings.get(token);
      if (!p?.delete(doc) || p.size) continue;
      this.postings.delete(token);
      this.byInitial.get(token[0]!)?.delete(token);
    }
    this.tokensOf.delete(doc);
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
        for (const [doc, weight] of this.postings.get(token)!) {
          const s = quality * weight;
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

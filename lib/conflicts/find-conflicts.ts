import type { Conflict, ConflictKind, Statement } from '../types';
import { claimWords, overlap, quantities, weekdays } from './claims';

export interface ArchiveStatements {
  articleId: string;
  title: string;
  publisher: string | null;
  statements: Statement[];
}

// How much two claims must share to be about the same thing. Tuned on the seed story; issue #3 measures it.
const SAME_CLAIM = 0.5;
const MIN_SHARED_WORDS = 2;

/**
 * Pairs of statements that cannot both be true: a denial against an affirmation of the same claim, two numbers
 * for the same counted thing, two days for the same event. Two outlets reporting the same denial agree.
 */
export function findConflicts(page: Statement[], archive: ArchiveStatements[]): Conflict[] {
  const conflicts: Conflict[] = [];
  const seen = new Set<string>();
  for (const p of page) {
    const pWords = claimWords(p.text);
    for (const source of archive) {
      for (const a of source.statements) {
        const found = compare(p, pWords, a);
        if (!found) continue;
        // One number conflict per page sentence and article is enough; each denial is worth its own line.
        const key = found.kind === 'negation' ? `${p.sentence}|${a.sentence}` : `${found.kind}|${p.sentence}|${source.articleId}`;
        if (seen.has(key)) continue;
        seen.add(key);
        conflicts.push({
          kind: found.kind,
          page: { speaker: p.speaker, text: p.text, sentence: p.sentence },
          archive: { speaker: a.speaker, text: a.text, sentence: a.sentence, articleId: source.articleId, title: source.title, publisher: source.publisher },
          explanation: found.explanation,
        });
      }
    }
  }
  return conflicts;
}

function compare(p: Statement, pWords: Set<string>, a: Statement): { kind: ConflictKind; explanation: string } | null {
  const aWords = claimWords(a.text);
  const { ratio, shared } = overlap(pWords, aWords);

  for (const qp of quantities(p.text)) {
    const qa = quantities(a.text).find((q) => q.thing === qp.thing && q.value !== qp.value);
    if (qa) {
      return { kind: 'number', explanation: `"${qp.phrase.trim()}" according to ${p.speaker}; "${qa.phrase.trim()}" according to ${a.speaker}.` };
    }
  }
  if (shared < MIN_SHARED_WORDS || ratio < SAME_CLAIM) return null;
  if (p.polarity !== a.polarity) {
    const [affirms, denies] = p.polarity === 'affirm' ? [p, a] : [a, p];
    return { kind: 'negation', explanation: `${affirms.speaker} affirms what ${denies.speaker} denies.` };
  }
  const dp = weekdays(p.text);
  const da = weekdays(a.text);
  if (dp.length && da.length && !dp.some((d) => da.includes(d))) {
    return { kind: 'date', explanation: `${cap(dp[0]!)} according to ${p.speaker}; ${cap(da[0]!)} according to ${a.speaker}.` };
  }
  return null;
}

function cap(s: string): string {
  return s[0]!.toUpperCase() + s.slice(1);
}

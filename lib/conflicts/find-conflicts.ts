import type { Conflict, ConflictKind, Statement } from '../types';
import { claimWords, overlap, quantities, shareAction, weekdays } from './claims';

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
  // A reader needs each disagreement once: per article, one conflict per page claim (the closest archive claim),
  // and one per pair of numbers however often the article repeats them.
  const best = new Map<string, { conflict: Conflict; closeness: number }>();
  const wordsOf = new Map<Statement, Set<string>>();
  const archiveWords = (a: Statement) => wordsOf.get(a) ?? wordsOf.set(a, claimWords(a.text)).get(a)!;
  for (const p of page) {
    const pWords = claimWords(p.text);
    for (const source of archive) {
      for (const a of source.statements) {
        const found = compare(p, pWords, a, archiveWords(a));
        if (!found) continue;
        const key = `${source.articleId}|${found.kind}|${found.kind === 'number' ? found.key : p.sentence}`;
        const previous = best.get(key);
        if (previous && previous.closeness >= found.closeness) continue;
        best.set(key, {
          closeness: found.closeness,
          conflict: {
            kind: found.kind,
            page: { speaker: p.speaker, text: p.text, sentence: p.sentence },
            archive: { speaker: a.speaker, text: a.text, sentence: a.sentence, articleId: source.articleId, title: source.title, publisher: source.publisher },
            explanation: found.explanation,
          },
        });
      }
    }
  }
  return [...best.values()].map((b) => b.conflict);
}

interface Found {
  kind: ConflictKind;
  explanation: string;
  /** How much the two claims share: the closest pair explains the conflict best. */
  closeness: number;
  key?: string;
}

function compare(p: Statement, pWords: Set<string>, a: Statement, aWords: Set<string>): Found | null {
  const { ratio, shared } = overlap(pWords, aWords);

  for (const qp of quantities(p.text)) {
    const qa = quantities(a.text).find((q) => q.thing === qp.thing && q.value !== qp.value);
    if (qa) {
      return {
        kind: 'number',
        key: `${qp.thing}|${qp.value}|${qa.value}`,
        closeness: ratio,
        explanation: `"${qp.phrase.trim()}" according to ${p.speaker}; "${qa.phrase.trim()}" according to ${a.speaker}.`,
      };
    }
  }
  if (shared < MIN_SHARED_WORDS || ratio < SAME_CLAIM) return null;
  // Sharing the story's nouns ("plan", "Kyiv") is not enough: the denial must deny the same action, or the
  // claims must overlap so much that they can only be one claim.
  if (p.polarity !== a.polarity && (shareAction(pWords, aWords) || shared >= 4)) {
    const [affirms, denies] = p.polarity === 'affirm' ? [p, a] : [a, p];
    return { kind: 'negation', closeness: shared + ratio, explanation: `Affirmed by ${affirms.speaker}; denied by ${denies.speaker}.` };
  }
  const dp = weekdays(p.text);
  const da = weekdays(a.text);
  if (dp.length && da.length && !dp.some((d) => da.includes(d))) {
    return { kind: 'date', closeness: ratio, explanation: `${cap(dp[0]!)} according to ${p.speaker}; ${cap(da[0]!)} according to ${a.speaker}.` };
  }
  return null;
}

function cap(s: string): string {
  return s[0]!.toUpperCase() + s.slice(1);
}

import type { Stance, Statement } from '../types';
import { claimWords, overlap } from '../conflicts/claims';

/**
 * A first stance signal from statements: an article disputes the page when some statement conflicts, agrees
 * when it repeats the page's claims with the same polarity, and otherwise discusses the story.
 * Issue #3 replaces this with a trained model measured on FNC-1 and ARC.
 */
export function stanceFromStatements(page: Statement[], archive: Statement[], conflictCount: number): Stance {
  if (conflictCount > 0) return 'disagree';
  let agreeing = 0;
  for (const p of page) {
    const pw = claimWords(p.text);
    if (archive.some((a) => a.polarity === p.polarity && overlap(pw, claimWords(a.text)).ratio >= 0.6)) agreeing++;
  }
  return agreeing >= 2 ? 'agree' : 'discuss';
}

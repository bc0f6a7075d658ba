import type { ArchivedArticle, Stance, Statement } from '../types';
import { articleParagraphs } from '../analyze-text';
import { claimWords, overlap } from '../conflicts/claims';
import type { StanceModel } from './stance-model';

export interface StanceEvidence {
  /** What the page claims: its headline, or the words the reader selected. */
  claim: string;
  pageStatements: Statement[];
  archived: ArchivedArticle;
  /** Statement-level conflicts found between the page and this article. */
  conflicts: number;
  model: StanceModel | undefined;
}

/**
 * The archived article's stance toward the page. A statement that contradicts the page is the strongest
 * evidence (disputes); otherwise the trained model reads the article against the page's headline, as in
 * FNC-1; without the model, repeated claims mean agreement. Null when the model finds them unrelated.
 */
export function stanceOf(e: StanceEvidence): Stance | null {
  if (e.conflicts > 0) return 'disagree';
  if (e.model) {
    const predicted = e.model.predict(e.claim, articleParagraphs(e.archived).slice(1).join('\n'));
    return predicted === 'unrelated' ? null : predicted;
  }
  if (!e.pageStatements.length) return null;
  return repeatsClaims(e.pageStatements, e.archived.statements) ? 'agree' : 'discuss';
}

function repeatsClaims(page: Statement[], archive: Statement[]): boolean {
  let agreeing = 0;
  for (const p of page) {
    const pw = claimWords(p.text);
    if (archive.some((a) => a.polarity === p.polarity && overlap(pw, claimWords(a.text)).ratio >= 0.6)) agreeing++;
  }
  return agreeing >= 2;
}

import { describe, expect, it } from 'vitest';
import { averagePrecision, fncScore, macroF1, precisionAt } from '../../../scripts/eval/metrics';
import { Bm25 } from '../../../scripts/eval/bm25';
import { parseCsv } from '../../../scripts/eval/csv';

describe('evaluation metrics', () => {
  it('FNC-1 score follows the official scorer: 0.25 for related/unrelated, 0.75 more for the exact label', () => {
    expect(fncScore(['agree', 'unrelated'], ['agree', 'unrelated'])).toBe(1);
    // agree predicted as discuss: 0.25 of 1; unrelated right: 0.25 of 0.25.
    expect(fncScore(['agree', 'unrelated'], ['discuss', 'unrelated'])).toBeCloseTo(0.5 / 1.25);
    expect(fncScore(['disagree'], ['unrelated'])).toBe(0);
  });

  it('macro-F1 averages the four classes, absent ones counting zero', () => {
    expect(macroF1(['agree', 'discuss'], ['agree', 'discuss'], ['agree', 'disagree', 'discuss', 'unrelated'])).toBe(0.5);
  });

  it('average precision and P@k', () => {
    expect(averagePrecision(['a', 'x', 'b'], new Set(['a', 'b']))).toBeCloseTo((1 + 2 / 3) / 2);
    expect(precisionAt(2, ['a', 'x', 'b'], new Set(['a', 'b']))).toBe(0.5);
  });

  it('BM25 ranks the document that holds the rare query term first', () => {
    const bm = new Bm25([['peace', 'plan', 'kremlin'], ['peace', 'talks'], ['apple', 'pie']]);
    const s = bm.scores(['kremlin', 'peace']);
    expect(s[0]).toBeGreaterThan(s[1]!);
    expect(s[2]).toBe(0);
  });

  it('CSV with quotes, doubled quotes and line breaks inside fields', () => {
    expect(parseCsv('Body ID,articleBody\n1,"He said ""no"",\nthen left"\n2,plain\n')).toEqual([
      { 'Body ID': '1', articleBody: 'He said "no",\nthen left' },
      { 'Body ID': '2', articleBody: 'plain' },
    ]);
  });
});

/** Figures used by the evaluations, as their papers define them. */

export type StanceLabel = 'agree' | 'disagree' | 'discuss' | 'unrelated';
export const STANCE_LABELS: StanceLabel[] = ['agree', 'disagree', 'discuss', 'unrelated'];

/**
 * The official FNC-1 score: +0.25 for getting related/unrelated right, +0.75 more for the right label among
 * related pairs; divided by the score of a perfect system ("relative score").
 */
export function fncScore(gold: StanceLabel[], predicted: StanceLabel[]): number {
  let score = 0;
  let max = 0;
  gold.forEach((g, i) => {
    const p = predicted[i]!;
    const related = (l: StanceLabel) => l !== 'unrelated';
    max += g === 'unrelated' ? 0.25 : 1;
    if (g === p) score += 0.25 + (related(g) ? 0.75 : 0);
    else if (related(g) && related(p)) score += 0.25;
  });
  return max ? score / max : 0;
}

export function f1PerClass<L extends string>(gold: L[], predicted: L[], labels: L[]): Record<L, number> {
  const out = {} as Record<L, number>;
  for (const label of labels) {
    let tp = 0;
    let fp = 0;
    let fn = 0;
    gold.forEach((g, i) => {
      const p = predicted[i];
      if (p === label && g === label) tp++;
      else if (p === label) fp++;
      else if (g === label) fn++;
    });
    out[label] = tp === 0 ? 0 : (2 * tp) / (2 * tp + fp + fn);
  }
  return out;
}

/** Macro-F1 as in Hanselowski et al. (2018): the mean of the per-class F1 over the four classes. */
export function macroF1<L extends string>(gold: L[], predicted: L[], labels: L[]): number {
  const f = f1PerClass(gold, predicted, labels);
  return labels.reduce((s, l) => s + f[l], 0) / labels.length;
}

/** Average precision of one ranked list against the set of relevant ids. */
export function averagePrecision(ranked: string[], relevant: Set<string>): number {
  if (relevant.size === 0) return 0;
  let hits = 0;
  let sum = 0;
  ranked.forEach((id, i) => {
    if (relevant.has(id)) {
      hits++;
      sum += hits / (i + 1);
    }
  });
  return sum / relevant.size;
}

export function precisionAt(k: number, ranked: string[], relevant: Set<string>): number {
  return ranked.slice(0, k).filter((id) => relevant.has(id)).length / k;
}

export const mean = (xs: number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : 0);
export const round = (x: number, digits = 4) => Math.round(x * 10 ** digits) / 10 ** digits;

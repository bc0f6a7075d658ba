/** Stance on FNC-1's competition test set and on ARC's test set, with the model the extension ships. */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { tokens } from '../../lib/stance/stance-features';
import { STANCE_CLASSES, StanceModel, type StanceClass, type StoredStanceModel } from '../../lib/stance/stance-model';
import { arcTest, fncTest, type StanceSet } from '../stance-data';
import { f1PerClass, fncScore, macroF1 } from './metrics';

export interface StanceResult {
  score: number;
  f1: Record<StanceClass, number>;
  macroF1: number;
  pairs: number;
  msPerPair: number;
}

export function loadShippedStanceModel(): StanceModel {
  const path = fileURLToPath(new URL('../../assets/models/stance-model.json', import.meta.url));
  return new StanceModel(JSON.parse(readFileSync(path, 'utf8')) as StoredStanceModel);
}

export function evaluateStance(model: StanceModel, set: StanceSet): StanceResult {
  const bodyTokens = new Map<string, string[]>();
  const gold: StanceClass[] = [];
  const predicted: StanceClass[] = [];
  const t0 = performance.now();
  for (const p of set.pairs) {
    let bt = bodyTokens.get(p.bodyId);
    if (!bt) bodyTokens.set(p.bodyId, (bt = tokens(set.bodies.get(p.bodyId) ?? '')));
    gold.push(p.stance);
    predicted.push(model.predict(p.headline, bt));
  }
  const ms = (performance.now() - t0) / Math.max(1, set.pairs.length);
  return { score: fncScore(gold, predicted), f1: f1PerClass(gold, predicted, STANCE_CLASSES), macroF1: macroF1(gold, predicted, STANCE_CLASSES), pairs: set.pairs.length, msPerPair: ms };
}

export const evaluateFnc1 = (model: StanceModel) => evaluateStance(model, fncTest());
export const evaluateArc = (model: StanceModel) => evaluateStance(model, arcTest());

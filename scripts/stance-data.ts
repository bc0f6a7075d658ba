/** FNC-1 and ARC pairs, read in place from the corpora (FNC-1 format: stances + bodies CSVs). */
import { readFileSync } from 'node:fs';
import type { StanceClass } from '../lib/stance/stance-model';
import { parseCsv } from './eval/csv';
import { corpus } from './eval/corpora';

export interface StancePair {
  headline: string;
  bodyId: string;
  stance: StanceClass;
}

export interface StanceSet {
  pairs: StancePair[];
  bodies: Map<string, string>;
}

export function readStanceSet(folder: string, stancesFile: string, bodiesFile: string): StanceSet {
  const bodies = new Map(parseCsv(readFileSync(corpus(folder, bodiesFile), 'utf8')).map((r) => [r['Body ID']!, r['articleBody']!]));
  const pairs = parseCsv(readFileSync(corpus(folder, stancesFile), 'utf8')).map((r) => ({
    headline: r['Headline']!,
    bodyId: r['Body ID']!,
    stance: r['Stance']!.trim() as StanceClass,
  }));
  return { pairs, bodies };
}

/**
 * FNC-1's training data, split by article body: one body in ten (by id) is held out to pick the epoch. Held-out
 * bodies, like the competition test set's, are never seen in training, so the choice is not fooled by memorised
 * bodies. The competition test set only measures.
 */
export function fncTrainingSplit(): { train: StanceSet; validation: StanceSet } {
  const all = readStanceSet('fnc-1', 'train_stances.reconstructed.csv', 'train_bodies.csv');
  const heldOut = (bodyId: string) => Number(bodyId) % 10 === 3;
  return {
    train: { pairs: all.pairs.filter((p) => !heldOut(p.bodyId)), bodies: all.bodies },
    validation: { pairs: all.pairs.filter((p) => heldOut(p.bodyId)), bodies: all.bodies },
  };
}
/**
 * A stricter split for choosing the decision rule: also holds out every headline related to a held-out body, so
 * the validation claims were not read in training under the same words, as in the competition test set. It
 * leaves less than half the data for training, so it only trains a stand-in model whose validation answers
 * set the rule; the shipped model trains on `fncTrainingSplit`.
 */
export function fncUnseenStorySplit(): { train: StanceSet; validation: StanceSet } {
  const { train, validation } = fncTrainingSplit();
  const heldOutHeadlines = new Set(validation.pairs.filter((p) => p.stance !== 'unrelated').map((p) => p.headline));
  return { train: { ...train, pairs: train.pairs.filter((p) => !heldOutHeadlines.has(p.headline)) }, validation };
}

export const fncTest = () => readStanceSet('fnc-1', 'competition_test_stances.csv', 'competition_test_bodies.csv');
export const arcTest = () => readStanceSet('arc-stance', 'arc_stances_test.csv', 'arc_bodies.csv');

/**
 * npm run train: trains the stance model on FNC-1's training data only and writes
 * assets/models/stance-model.json. Held-out parts of the training data choose the epoch and the decision rule;
 * the competition test set is never read here.
 */
import { writeFileSync, mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { contentTokens, inputSize, stanceFeatures, tokens, type SparseVector, type StanceVocabulary } from '../lib/stance/stance-features';
import { STANCE_CLASSES, StanceModel, type StoredStanceModel } from '../lib/stance/stance-model';
import { fncScore, f1PerClass } from './eval/metrics';
import { fncTrainingSplit, fncUnseenStorySplit, type StanceSet } from './stance-data';

const VOCAB = 5000;
const HIDDEN = 100;
const EPOCHS = Number(process.env.EPOCHS ?? 8);
const BATCH = 128;
const LR = 0.002;
const L2 = 1e-6;
const KEEP = 0.6;
const SEED = Number(process.env.SEED ?? 7);
// Disagreement is rare in FNC-1 (under 2% of pairs) yet the class a reader most needs; it weighs more in the loss.
const CLASS_WEIGHTS = (process.env.CLASS_WEIGHTS ?? '1,3,1,1').split(',').map(Number);

const OUT = fileURLToPath(new URL('../assets/models/stance-model.json', import.meta.url));

let rng = SEED;
const random = () => ((rng = (Math.imul(rng, 1103515245) + 12345) >>> 0) / 2 ** 32);

function buildVocabulary(set: StanceSet): StanceVocabulary {
  const df = new Map<string, number>();
  const docs: string[][] = [...new Set(set.pairs.map((p) => p.headline))].map(contentTokens);
  for (const body of new Set(set.pairs.map((p) => p.bodyId))) docs.push(contentTokens(set.bodies.get(body) ?? ''));
  for (const d of docs) for (const w of new Set(d)) df.set(w, (df.get(w) ?? 0) + 1);
  const words = [...df].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).slice(0, VOCAB).map(([w]) => w);
  const idf = words.map((w) => Math.log((1 + docs.length) / (1 + df.get(w)!)) + 1);
  return { words, idf };
}

/** Inputs of every pair; with a model, its own vocabulary is used. */
function featurise(set: StanceSet, vocab: StanceVocabulary, model?: StanceModel): { x: SparseVector[]; y: number[] } {
  const index = new Map(vocab.words.map((w, i) => [w, i]));
  const bodyTokens = new Map<string, string[]>();
  const x: SparseVector[] = [];
  const y: number[] = [];
  for (const p of set.pairs) {
    let bt = bodyTokens.get(p.bodyId);
    if (!bt) bodyTokens.set(p.bodyId, (bt = tokens(set.bodies.get(p.bodyId) ?? '')));
    x.push(model ? model.features(p.headline, bt) : stanceFeatures(vocab, index, p.headline, bt));
    y.push(STANCE_CLASSES.indexOf(p.stance));
  }
  return { x, y };
}

const DECISION_SCALES = [1, 1.5, 2, 3, 4, 5, 6, 8, 10];

function main() {
  // 1. A stand-in model on unseen stories sets how much more readily to answer "disagree" (see chooseScale).
  const proxy = fncUnseenStorySplit();
  const standIn = train(proxy.train, proxy.validation);
  const scale = chooseDisagreeScale(new StanceModel(standIn), proxy.validation);
  // 2. The shipped model, on the full training split.
  const { train: trainSet, validation } = fncTrainingSplit();
  const stored = { ...train(trainSet, validation), decisionScale: [1, scale, 1, 1] };
  mkdirSync(fileURLToPath(new URL('../assets/models/', import.meta.url)), { recursive: true });
  writeFileSync(OUT, JSON.stringify(stored));
  console.log(`wrote ${OUT} (disagree scale ${scale})`);
}

/**
 * Disagreement is rare and the model is shy of it on stories it has not seen. The rule: among the scales that
 * lose no FNC-1 score on the unseen-story validation, take the one with the best disagree F1.
 */
function chooseDisagreeScale(model: StanceModel, validation: StanceSet): number {
  const { x, y } = featurise(validation, { words: [], idf: [] }, model);
  const gold = y.map((c) => STANCE_CLASSES[c]!);
  const probabilities = x.map((v) => model.forward(v));
  const evaluate = (scale: number) => {
    const predicted = probabilities.map((p) => {
      const q = p.map((v, c) => (c === 1 ? v * scale : v));
      return STANCE_CLASSES[q.indexOf(Math.max(...q))]!;
    });
    return { scale, score: fncScore(gold, predicted), disagree: f1PerClass(gold, predicted, STANCE_CLASSES).disagree };
  };
  const results = DECISION_SCALES.map(evaluate);
  for (const r of results) console.log(`disagree scale ${r.scale}: unseen-story validation FNC ${r.score.toFixed(4)}, F1 disagree ${r.disagree.toFixed(3)}`);
  const base = results[0]!.score;
  return results.filter((r) => r.score >= base).sort((a, b) => b.disagree - a.disagree)[0]!.scale;
}

function train(trainSet: StanceSet, validation: StanceSet): StoredStanceModel {
  rng = SEED;
  const t0 = Date.now();
  const vocab = buildVocabulary(trainSet);
  const tr = featurise(trainSet, vocab);
  const va = featurise(validation, vocab);

  const inputs = inputSize(vocab);
  const C = STANCE_CLASSES.length;
  const w1 = new Float32Array(inputs * HIDDEN).map(() => (random() * 2 - 1) * Math.sqrt(6 / (inputs / 50 + HIDDEN)));
  const b1 = new Float32Array(HIDDEN);
  const w2 = new Float32Array(HIDDEN * C).map(() => (random() * 2 - 1) * Math.sqrt(6 / (HIDDEN + C)));
  const b2 = new Float32Array(C);
  const adam = (n: number) => ({ m: new Float32Array(n), v: new Float32Array(n), t: new Float32Array(n) });
  const aw1 = adam(w1.length);
  const ab1 = adam(b1.length);
  const aw2 = adam(w2.length);
  const ab2 = adam(b2.length);
  const g1 = new Float32Array(w1.length);
  const gb1 = new Float32Array(HIDDEN);
  const g2 = new Float32Array(w2.length);
  const gb2 = new Float32Array(C);
  let step = 0;

  const update = (w: Float32Array, g: Float32Array, st: ReturnType<typeof adam>, i: number) => {
    const grad = g[i]! + L2 * w[i]!;
    st.m[i] = 0.9 * st.m[i]! + 0.1 * grad;
    st.v[i] = 0.999 * st.v[i]! + 0.001 * grad * grad;
    const mh = st.m[i]! / (1 - 0.9 ** step);
    const vh = st.v[i]! / (1 - 0.999 ** step);
    w[i]! -= (LR * mh) / (Math.sqrt(vh) + 1e-8);
    g[i] = 0;
  };

  const snapshot = () => ({ w1: w1.slice(), b1: b1.slice(), w2: w2.slice(), b2: b2.slice() });
  let best = { score: -1, epoch: 0, weights: snapshot() };
  const order = tr.x.map((_, i) => i);
  const hiddenAct = new Float32Array(HIDDEN);
  const mask = new Float32Array(HIDDEN);
  console.log(`training on ${tr.x.length} pairs, choosing the epoch on ${va.x.length}`);
  for (let epoch = 1; epoch <= EPOCHS; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    let loss = 0;
    for (let start = 0; start < order.length; start += BATCH) {
      const touched = new Set<number>();
      const batch = order.slice(start, start + BATCH);
      for (const n of batch) {
        const x = tr.x[n]!;
        hiddenAct.set(b1);
        for (let k = 0; k < x.indices.length; k++) {
          const row = x.indices[k]! * HIDDEN;
          const v = x.values[k]!;
          for (let j = 0; j < HIDDEN; j++) hiddenAct[j]! += v * w1[row + j]!;
        }
        for (let j = 0; j < HIDDEN; j++) {
          mask[j] = random() < KEEP ? 1 / KEEP : 0;
          hiddenAct[j] = hiddenAct[j]! > 0 ? hiddenAct[j]! * mask[j]! : 0;
        }
        const logits = Array.from(b2);
        for (let j = 0; j < HIDDEN; j++) if (hiddenAct[j]) for (let c = 0; c < C; c++) logits[c]! += hiddenAct[j]! * w2[j * C + c]!;
        const max = Math.max(...logits);
        const exp = logits.map((l) => Math.exp(l - max));
        const sum = exp.reduce((a, b) => a + b, 0);
        const p = exp.map((e) => e / sum);
        loss -= Math.log(p[tr.y[n]!]! + 1e-12);
        const weight = CLASS_WEIGHTS[tr.y[n]!]!;
        const dlog = p.map((q, c) => (weight * (q - (c === tr.y[n] ? 1 : 0))) / batch.length);
        const dh = new Float32Array(HIDDEN);
        for (let c = 0; c < C; c++) gb2[c]! += dlog[c]!;
        for (let j = 0; j < HIDDEN; j++) {
          if (!hiddenAct[j]) continue;
          for (let c = 0; c < C; c++) {
            g2[j * C + c]! += hiddenAct[j]! * dlog[c]!;
            dh[j]! += w2[j * C + c]! * dlog[c]!;
          }
          dh[j]! *= mask[j]!;
        }
        for (let j = 0; j < HIDDEN; j++) gb1[j]! += dh[j]!;
        for (let k = 0; k < x.indices.length; k++) {
          const r = x.indices[k]!;
          touched.add(r);
          const row = r * HIDDEN;
          const v = x.values[k]!;
          for (let j = 0; j < HIDDEN; j++) if (dh[j]) g1[row + j]! += v * dh[j]!;
        }
      }
      step++;
      // Lazy Adam: only the rows of inputs present in this batch move (sparse inputs, dense moments).
      for (const r of touched) for (let j = 0; j < HIDDEN; j++) update(w1, g1, aw1, r * HIDDEN + j);
      for (let i = 0; i < b1.length; i++) update(b1, gb1, ab1, i);
      for (let i = 0; i < w2.length; i++) update(w2, g2, aw2, i);
      for (let i = 0; i < b2.length; i++) update(b2, gb2, ab2, i);
    }
    const model = new StanceModel(store(vocab, w1, b1, w2, b2));
    const predicted = va.x.map((x) => {
      const p = model.forward(x);
      return STANCE_CLASSES[p.indexOf(Math.max(...p))]!;
    });
    const gold = va.y.map((y) => STANCE_CLASSES[y]!);
    const score = fncScore(gold, predicted) + 0.1 * f1PerClass(gold, predicted, STANCE_CLASSES).disagree;
    const f1 = f1PerClass(gold, predicted, STANCE_CLASSES);
    console.log(`epoch ${epoch}: loss ${(loss / order.length).toFixed(4)}  validation FNC ${fncScore(gold, predicted).toFixed(4)}  F1 agree ${f1.agree.toFixed(3)} disagree ${f1.disagree.toFixed(3)} discuss ${f1.discuss.toFixed(3)} unrelated ${f1.unrelated.toFixed(3)}  (${((Date.now() - t0) / 1000).toFixed(0)} s)`);
    if (score > best.score) best = { score, epoch, weights: snapshot() };
  }
  console.log(`kept epoch ${best.epoch}`);
  const w = best.weights;
  return store(vocab, w.w1, w.b1, w.w2, w.b2);
}

/** int8 per-row quantisation of the first layer: a quarter of the size, no measurable loss. */
function store(vocab: StanceVocabulary, w1: Float32Array, b1: Float32Array, w2: Float32Array, b2: Float32Array): StoredStanceModel {
  const rows = w1.length / HIDDEN;
  const bytes = new Uint8Array(w1.length);
  const scales: number[] = [];
  for (let r = 0; r < rows; r++) {
    let max = 0;
    for (let j = 0; j < HIDDEN; j++) max = Math.max(max, Math.abs(w1[r * HIDDEN + j]!));
    const scale = max / 127 || 1e-9;
    scales.push(Number(scale.toPrecision(5)));
    for (let j = 0; j < HIDDEN; j++) bytes[r * HIDDEN + j] = Math.round(w1[r * HIDDEN + j]! / scales[r]!) & 0xff;
  }
  const round = (xs: Float32Array) => Array.from(xs, (x) => Number(x.toPrecision(6)));
  return {
    format: 'crosscheck-stance-mlp',
    version: 1,
    trainedOn: 'FNC-1 training data (train_stances, train_bodies), 9 bodies in 10; the 10th picked the epoch',
    vocabulary: { words: vocab.words, idf: vocab.idf.map((x) => Number(x.toPrecision(5))) },
    hidden: HIDDEN,
    w1: Buffer.from(bytes).toString('base64'),
    w1Scale: scales,
    b1: round(b1),
    w2: round(w2),
    b2: round(b2),
  };
}

main();

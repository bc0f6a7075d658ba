import { inputSize, stanceFeatures, tokens, type SparseVector, type StanceVocabulary } from './stance-features';

export type StanceClass = 'agree' | 'disagree' | 'discuss' | 'unrelated';
export const STANCE_CLASSES: StanceClass[] = ['agree', 'disagree', 'discuss', 'unrelated'];

/** The stance model as stored in assets/models/stance-model.json (written by `npm run train`). */
export interface StoredStanceModel {
  format: 'crosscheck-stance-mlp';
  version: 1;
  trainedOn: string;
  vocabulary: StanceVocabulary;
  hidden: number;
  /** First layer, one row per input, int8 quantised with a scale per row, base64. */
  w1: string;
  w1Scale: number[];
  b1: number[];
  /** Second layer, hidden × classes, row-major. */
  w2: number[];
  b2: number[];
  /** Multipliers on the class probabilities before the answer is picked (disagree is answered more readily). */
  decisionScale?: number[];
}

/**
 * One hidden layer (ReLU) over sparse inputs, softmax over the four FNC-1 classes. Small enough to ship
 * (about 1.5 MB) and to run in well under a millisecond per pair.
 */
export class StanceModel {
  private readonly index: Map<string, number>;
  private readonly w1: Float32Array;

  constructor(private readonly stored: StoredStanceModel) {
    this.index = new Map(stored.vocabulary.words.map((w, i) => [w, i]));
    const bytes = decodeBase64(stored.w1);
    const h = stored.hidden;
    this.w1 = new Float32Array(bytes.length);
    for (let i = 0; i < bytes.length; i++) {
      const signed = bytes[i]! > 127 ? bytes[i]! - 256 : bytes[i]!;
      this.w1[i] = signed * stored.w1Scale[Math.floor(i / h)]!;
    }
    if (this.w1.length !== inputSize(stored.vocabulary) * h) throw new Error('stance model: layer size does not match its vocabulary');
  }

  features(headline: string, bodyTokens: string[]): SparseVector {
    return stanceFeatures(this.stored.vocabulary, this.index, headline, bodyTokens);
  }

  /** Class probabilities for a headline and a body (tokens of the body may be passed to reuse them). */
  probabilities(headline: string, body: string | string[]): number[] {
    return this.forward(this.features(headline, typeof body === 'string' ? tokens(body) : body));
  }

  predict(headline: string, body: string | string[]): StanceClass {
    const scale = this.stored.decisionScale;
    const p = this.probabilities(headline, body).map((v, c) => v * (scale?.[c] ?? 1));
    return STANCE_CLASSES[p.indexOf(Math.max(...p))]!;
  }

  forward(x: SparseVector): number[] {
    const { hidden: h, b1, w2, b2 } = this.stored;
    const act = Float64Array.from(b1);
    for (let k = 0; k < x.indices.length; k++) {
      const row = x.indices[k]! * h;
      const v = x.values[k]!;
      for (let j = 0; j < h; j++) act[j]! += v * this.w1[row + j]!;
    }
    const logits = [...b2];
    for (let j = 0; j < h; j++) {
      const a = act[j]! > 0 ? act[j]! : 0;
      if (a === 0) continue;
      for (let c = 0; c < logits.length; c++) logits[c]! += a * w2[j * logits.length + c]!;
    }
    const max = Math.max(...logits);
    const exp = logits.map((l) => Math.exp(l - max));
    const sum = exp.reduce((a, b) => a + b, 0);
    return exp.map((e) => e / sum);
  }
}

function decodeBase64(text: string): Uint8Array {
  if (typeof atob === 'function') return Uint8Array.from(atob(text), (c) => c.charCodeAt(0));
  return new Uint8Array(Buffer.from(text, 'base64'));
}

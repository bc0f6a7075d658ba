import { statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseSeedText } from '@/lib/archive/seed-format';
import { shippedStanceModel } from '@/lib/stance/shipped-model';
import { ROOT, seedText } from '../support/engine';

const seedBody = parseSeedText(seedText()).paragraphs.join('\n');
const cooking = 'Preheat the oven to 200 degrees. Mix the flour, butter and sugar until the dough is smooth, then bake the apple pie for forty minutes and let it cool before serving with cream.';

describe('the shipped stance model', () => {
  it('fits the size budget (2 MB)', () => {
    expect(statSync(join(ROOT, 'assets/models/stance-model.json')).size).toBeLessThanOrEqual(2 * 1024 * 1024);
  });

  it('answers in well under 2 ms a pair', () => {
    const model = shippedStanceModel();
    const headlines = ['Trump approves peace plan', 'Kremlin denies receiving proposal', 'New apple pie recipe wins prize', 'Zelensky to meet Driscoll'];
    model.predict(headlines[0]!, seedBody);
    const t0 = performance.now();
    for (let i = 0; i < 400; i++) model.predict(headlines[i % 4]!, seedBody);
    expect((performance.now() - t0) / 400).toBeLessThan(2);
  });

  it('tells related from unrelated pairs', () => {
    const model = shippedStanceModel();
    expect(model.predict('Trump approves 28-point plan to end war in Ukraine', seedBody)).not.toBe('unrelated');
    expect(model.predict('Trump approves 28-point plan to end war in Ukraine', cooking)).toBe('unrelated');
    const p = model.probabilities('Trump approves 28-point plan to end war in Ukraine', seedBody);
    expect(p.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 6);
  });
});

import { describe, expect, it } from 'vitest';
import { findKeyTerms, isPhrase } from '@/lib/nlp/key-terms';

describe('key terms', () => {
  it('keep counted things and repeated pairs of English words', () => {
    const terms = findKeyTerms('The 28-point plan was sent. Officials read the peace plan; the peace plan was not signed.');
    expect(terms).toContain('28-point plan');
    expect(terms).toContain('peace plan');
    expect(terms).not.toContain('the');
  });

  it('join neighbouring Chinese pairs into the characters the reader wrote, and keep other alphabets whole', () => {
    const zh = findKeyTerms('长江中游持续强降雨。气象部门预计，强降雨仍将持续。强降雨造成多地受灾。');
    expect(zh).toContain('强降雨');
    expect(zh).not.toContain('强降 降雨');
    expect(findKeyTerms('Наводнение в Сибири: наводнение затронуло пять районов')).toContain('наводнение');
  });

  it('tell phrases, shown to the reader as reasons, from single words', () => {
    expect(isPhrase('peace plan')).toBe(true);
    expect(isPhrase('强降雨')).toBe(true);
    expect(isPhrase('降雨')).toBe(false);
    expect(isPhrase('kremlin')).toBe(false);
  });
});

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { isContent } from '@/lib/nlp/key-terms';
import { matchWords } from '@/lib/text/match-words';
import { words } from '@/lib/text/normalize';
import { corpus, readabilityPages } from '../../../scripts/eval/corpora';

const isLatin = (w: string) => /^[a-z0-9]/.test(w);

describe('the words matching compares', () => {
  it('are exactly words() on the Latin text of every Readability test page, so English matching does not move', () => {
    const pages = readabilityPages();
    expect(pages.length).toBe(130);
    for (const { folder } of pages) {
      const text = readFileSync(corpus('readability-test-pages', folder, 'expected.html'), 'utf8').replace(/<[^>]+>/g, ' ');
      expect(matchWords(text).filter(isLatin), folder).toEqual(words(text));
    }
  });

  it('pair the characters of Chinese and Japanese, which have no spaces between words', () => {
    expect(matchWords('中国人民')).toEqual(['中国', '国人', '人民']);
    // Voiced kana fold apart into a base and a mark; they come back whole. The long-vowel mark stays in its word.
    expect(matchWords('トレンドが')).toEqual(['トレ', 'レン', 'ンド', 'ドが']);
    expect(matchWords('ブルーベリー')).toContain('ルー');
    // A lone character is no pair; Latin words around it are kept as they are.
    expect(matchWords('G20峰会 在 Paris')).toEqual(['g20', '峰会', 'paris']);
  });

  it('keep whole words of other alphabets, folded like Latin ones', () => {
    expect(matchWords('Путин встретился с Зеленским')).toEqual(['путин', 'встретился', 'с', 'зеленским']);
    expect(matchWords('Ο πρωθυπουργός μίλησε')).toEqual(['ο', 'πρωθυπουργος', 'μιλησε']);
    // Devanagari vowel signs are combining marks: the word stays whole.
    expect(matchWords('भारत सरकार')).toEqual(['भारत', 'सरकार']);
    expect(matchWords('대한민국 정부는')).toEqual(['대한민국', '정부는']);
    expect(matchWords('قال الرئيس')).toEqual(['قال', 'الرئيس']);
  });

  it('count a Chinese pair as a content word, and short words of any alphabet not', () => {
    expect(isContent('峰会')).toBe(true);
    expect(isContent('с')).toBe(false);
    expect(isContent('путин')).toBe(true);
    expect(isContent('of')).toBe(false);
  });
});

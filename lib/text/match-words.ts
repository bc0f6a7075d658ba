import { foldCase } from './normalize';

/**
 * Scripts written without spaces between words. Without a dictionary the usual way to index them is by
 * overlapping pairs of characters: "中国人民" gives 中国, 国人, 人民, and a report of the same story shares most
 * of its pairs. The long-vowel mark ー belongs to no script but lives inside katakana words.
 */
const UNSPACED = String.raw`\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\u30fc`;

/**
 * One word at a time, in three kinds: what `words()` takes from Latin text (kept identical, so English matching
 * and its measured figures do not move), a run of unspaced script, or a word of any other alphabet (Cyrillic,
 * Greek, Arabic, Hebrew, Hangul, Devanagari…) with its vowel signs and other combining marks.
 */
const WORD = new RegExp(
  String.raw`[a-z0-9]+(?:[-'][a-z0-9]+)*|[${UNSPACED}]+|(?:(?![\p{sc=Latin}${UNSPACED}])\p{L})(?:(?![\p{sc=Latin}${UNSPACED}])[\p{L}\p{M}])*`,
  'gu',
);
const UNSPACED_PAIR = new RegExp(String.raw`^[${UNSPACED}]{2}$`, 'u');
const UNSPACED_START = new RegExp(String.raw`^[${UNSPACED}]`, 'u');
const UNSPACED_PHRASE = new RegExp(String.raw`^[${UNSPACED}]{3,}$`, 'u');

/**
 * The words matching compares and key terms are made of, in any script, folded like `words()`. That one stays
 * Latin only: the stance model and the claim patterns were built on its English tokens.
 */
export function matchWords(text: string): string[] {
  // Folding strips accents by decomposing; composing again gives back Hangul syllables and voiced kana (が),
  // which decompose into parts no reader types.
  const folded = foldCase(text).normalize('NFC');
  const out: string[] = [];
  for (const [token] of folded.matchAll(WORD)) {
    if (!UNSPACED_START.test(token)) {
      out.push(token);
      continue;
    }
    const chars = Array.from(token);
    for (let i = 0; i + 1 < chars.length; i++) out.push(chars[i]! + chars[i + 1]!);
  }
  return out;
}

/** A pair of Chinese or Japanese characters: two characters, yet as telling as a longer word elsewhere. */
export function isUnspacedPair(word: string): boolean {
  return UNSPACED_PAIR.test(word);
}

/** Three or more Chinese or Japanese characters: neighbouring pairs joined into a phrase (see findKeyTerms). */
export function isUnspacedPhrase(term: string): boolean {
  return UNSPACED_PHRASE.test(term);
}

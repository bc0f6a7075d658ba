/**
 * The language of a text, as a two-letter code, from its script and its commonest words. Enough to tell
 * English (where the statement and entity features work) from the rest; unknown is null, not a guess.
 */
const STOPWORDS: Record<string, string[]> = {
  en: ['the', 'and', 'of', 'to', 'in', 'is', 'that', 'for', 'was', 'with', 'said', 'on'],
  fr: ['le', 'la', 'les', 'et', 'des', 'est', 'une', 'dans', 'que', 'pour', 'pas', 'sur'],
  de: ['der', 'die', 'und', 'das', 'ist', 'nicht', 'mit', 'den', 'von', 'ein', 'sich', 'auch'],
  es: ['el', 'la', 'los', 'las', 'que', 'del', 'por', 'una', 'con', 'para', 'como', 'más'],
  pt: ['o', 'a', 'os', 'que', 'do', 'da', 'em', 'um', 'para', 'com', 'não', 'uma'],
  it: ['il', 'la', 'che', 'di', 'per', 'non', 'una', 'sono', 'del', 'della', 'con', 'anche'],
  nl: ['de', 'het', 'een', 'van', 'en', 'dat', 'niet', 'voor', 'met', 'zijn', 'ook', 'maar'],
  cs: ['a', 'je', 'se', 'na', 'že', 'to', 'v', 'do', 've', 'jsou', 'jako', 'také'],
};

export function detectLanguage(text: string): string | null {
  const sample = text.slice(0, 5000);
  const letters = sample.match(/\p{L}/gu)?.length ?? 0;
  if (letters < 20) return null;
  const share = (re: RegExp) => (sample.match(re)?.length ?? 0) / letters;
  if (share(/[\u3040-\u30ff]/g) > 0.05) return 'ja';
  if (share(/[\uac00-\ud7af]/g) > 0.2) return 'ko';
  if (share(/[\u4e00-\u9fff]/g) > 0.2) return 'zh';
  if (share(/[\u0400-\u04ff]/g) > 0.3) return /[іїєґ]/i.test(sample) ? 'uk' : 'ru';
  if (share(/[\u0600-\u06ff]/g) > 0.3) return 'ar';
  if (share(/[\u0590-\u05ff]/g) > 0.3) return 'he';
  const words = sample.toLowerCase().match(/\p{L}+/gu) ?? [];
  let best: string | null = null;
  let bestCount = 0;
  for (const [lang, list] of Object.entries(STOPWORDS)) {
    const set = new Set(list);
    const count = words.filter((w) => set.has(w)).length;
    if (count > bestCount) [best, bestCount] = [lang, count];
  }
  return bestCount >= Math.max(3, words.length * 0.05) ? best : null;
}

/** Chinese, Japanese and Korean say in one character what English says in about three. */
export function isDenseScript(lang: string | null): boolean {
  return lang === 'zh' || lang === 'ja' || lang === 'ko';
}

import { STOPWORDS } from '../text/stopwords';
import { words } from '../text/normalize';

/**
 * Salient words and phrases of a text, lower case, best first: quantities that identify a story
 * ("28-point plan") and the content words and pairs it repeats ("peace plan").
 */
export function findKeyTerms(text: string, max = 20): string[] {
  const tokens = words(text);
  const counts = new Map<string, number>();
  const bump = (t: string, by = 1) => counts.set(t, (counts.get(t) ?? 0) + by);
  for (let i = 0; i < tokens.length; i++) {
    const w = tokens[i]!;
    const next = tokens[i + 1];
    // A counted thing: "28-point plan", "20 point plan".
    if (/^\d+-[a-z]+$/.test(w) && next && !STOPWORDS.has(next)) bump(`${w} ${next}`, 3);
    if (isContent(w)) bump(w);
    if (next && isContent(w) && isContent(next)) bump(`${w} ${next}`, 1.5);
  }
  return [...counts]
    .filter(([term, n]) => n >= 2 || /^\d+-/.test(term))
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .slice(0, max)
    .map(([term]) => term);
}

export function isContent(word: string): boolean {
  return word.length > 2 && !STOPWORDS.has(word) && !/^\d+$/.test(word);
}

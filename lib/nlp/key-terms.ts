import { STOPWORDS } from '../text/stopwords';
import { isUnspacedPair, isUnspacedPhrase, matchWords } from '../text/match-words';

/**
 * Salient words and phrases of a text, lower case, best first: quantities that identify a story
 * ("28-point plan") and the content words and pairs it repeats ("peace plan").
 */
export function findKeyTerms(text: string, max = 20): string[] {
  const tokens = matchWords(text);
  const counts = new Map<string, number>();
  const bump = (t: string, by = 1) => counts.set(t, (counts.get(t) ?? 0) + by);
  for (let i = 0; i < tokens.length; i++) {
    const w = tokens[i]!;
    const next = tokens[i + 1];
    // A counted thing: "28-point plan", "20 point plan".
    if (/^\d+-[a-z]+$/.test(w) && next && !STOPWORDS.has(next)) bump(`${w} ${next}`, 3);
    if (isContent(w)) bump(w);
    if (next && isContent(w) && isContent(next)) bump(phrase(w, next), 1.5);
  }
  return [...counts]
    .filter(([term, n]) => n >= 2 || /^\d+-/.test(term))
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .slice(0, max)
    .map(([term]) => term);
}

/**
 * Two neighbouring words as one phrase. Neighbouring Chinese or Japanese pairs overlap by a character
 * (强降, 降雨): the phrase is the three characters a reader wrote, 强降雨.
 */
function phrase(first: string, second: string): string {
  if (!isUnspacedPair(first) || !isUnspacedPair(second)) return `${first} ${second}`;
  const [a, b] = [Array.from(first), Array.from(second)];
  return a[1] === b[0] ? a[0]! + second : `${first} ${second}`;
}

/** A key term of more than one word: what a reader is shown as a reason two reports tell the same story. */
export function isPhrase(term: string): boolean {
  return term.includes(' ') || isUnspacedPhrase(term);
}

export function isContent(word: string): boolean {
  return (word.length > 2 || isUnspacedPair(word)) && !STOPWORDS.has(word) && !/^\d+$/.test(word);
}

/** A deliberately small suffix stripper: enough for "received" = "receiving" = "receive" in overlap tests. */
export function stem(word: string): string {
  if (word.length <= 4 || /\d/.test(word)) return word;
  return word
    .replace(/(?:ational|ation|ations)$/, 'ate')
    .replace(/(?:ies)$/, 'y')
    .replace(/(?:ing|ed|es|s|e)$/, '')
    .replace(/(.)\1$/, '$1');
}

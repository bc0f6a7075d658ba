/** Text clean-up shared by extraction, NLP and matching. */

/** Curly quotes and dashes to their plain forms, so patterns need one spelling. */
export function plainPunctuation(text: string): string {
  return text
    .replace(/[\u2018\u2019\u201B\u2032]/g, "'")
    .replace(/[\u201C\u201D\u201E\u2033]/g, '"')
    .replace(/[\u2013\u2014]/g, ' - ')
    .replace(/\u00A0/g, ' ');
}

export function collapseSpace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** Lower case without diacritics: "Zelenskyy’s" and "zelenskyy's" compare equal. */
export function foldCase(text: string): string {
  return plainPunctuation(text).normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
}

/** Words of a text, folded, keeping hyphenated compounds ("28-point") whole. */
export function words(text: string): string[] {
  return foldCase(text).match(/[a-z0-9]+(?:[-'][a-z0-9]+)*/g) ?? [];
}

/** A short extract for a result list: whole words, at most `max` characters. */
export function snippet(text: string, max = 220): string {
  const clean = collapseSpace(text);
  if (clean.length <= max) return clean;
  const cut = clean.slice(0, max);
  return cut.slice(0, Math.max(cut.lastIndexOf(' '), max * 0.6)).replace(/[,;:\s]+$/, '') + '…';
}

import { collapseSpace, plainPunctuation } from '../text/normalize';

export interface Sentence {
  text: string;
  paragraph: number;
}

// Abbreviations that end with a full stop but do not end a sentence.
const ABBREVIATIONS = /(?:\b(?:Mr|Mrs|Ms|Dr|Gen|Sen|Rep|Gov|Lt|Col|St|Jr|Sr|Inc|Ltd|Co|Corp|vs|No|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)|\b[A-Z](?:\.[A-Z])*)\.$/;

/** Splits paragraphs into sentences, keeping quotations that span a full stop together. */
export function splitSentences(paragraphs: string[]): Sentence[] {
  const out: Sentence[] = [];
  paragraphs.forEach((raw, paragraph) => {
    const text = collapseSpace(plainPunctuation(raw));
    let start = 0;
    let inQuote = false;
    for (let i = 0; i < text.length; i++) {
      const ch = text[i];
      if (ch === '"') inQuote = !inQuote;
      if ((ch === '.' || ch === '?' || ch === '!') && !inQuote) {
        let j = i + 1;
        while (text[j] === '"' || text[j] === "'" || text[j] === ')') j++;
        if (j < text.length && text[j] !== ' ') continue;
        const candidate = text.slice(start, j).trim();
        if (ABBREVIATIONS.test(candidate) || /\d\.$/.test(candidate) && /^\d/.test(text.slice(j + 1))) continue;
        if (j < text.length && !/^\s+["']?[A-Z0-9]/.test(text.slice(j))) continue;
        if (candidate) out.push({ text: candidate, paragraph });
        start = j;
      }
      // A quote closing after its full stop: ."
      if (ch === '"' && !inQuote && /[.?!]$/.test(text.slice(start, i)) && /^\s+[A-Z]/.test(text.slice(i + 1))) {
        out.push({ text: text.slice(start, i + 1).trim(), paragraph });
        start = i + 1;
      }
    }
    const tail = text.slice(start).trim();
    if (tail) out.push({ text: tail, paragraph });
  });
  return out;
}

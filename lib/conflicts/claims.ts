import { STOPWORDS } from '../text/stopwords';
import { stem } from '../text/stem';
import { words } from '../text/normalize';
import verbs from '../../data/reporting-verbs.json';

const NEGATIONS = new Set(verbs.negations);
const WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];

/** The content of a claim with negations removed, so "has not received" and "received" compare as one claim. */
export function claimWords(text: string): Set<string> {
  return new Set(
    words(text.replace(/n't\b/g, ' not'))
      .filter((w) => w.length > 2 && !STOPWORDS.has(w) && !NEGATIONS.has(w) && !WEEKDAYS.includes(w) && !/^\d/.test(w))
      .map(stem),
  );
}

/** Shared content over the smaller claim: 1 when one claim's content is wholly inside the other. */
export function overlap(a: Set<string>, b: Set<string>): { ratio: number; shared: number } {
  if (!a.size || !b.size) return { ratio: 0, shared: 0 };
  let shared = 0;
  for (const w of a) if (b.has(w)) shared++;
  return { ratio: shared / Math.min(a.size, b.size), shared };
}

export interface Quantity {
  value: number;
  /** What is counted, e.g. "point plan". */
  thing: string;
  phrase: string;
}

/** Counted things: "28-point plan", "20 point plan", "30,000 troops". */
export function quantities(text: string): Quantity[] {
  const out: Quantity[] = [];
  const re = /\b(\d[\d,.]*)(?:-|\s)([a-z]+)(?:\s+(?:us\s+|u\.s\.\s+|peace\s+)?([a-z]+))?/gi;
  for (const m of text.matchAll(re)) {
    const value = Number(m[1]!.replace(/,/g, ''));
    const unit = m[2]!.toLowerCase();
    if (!Number.isFinite(value) || STOPWORDS.has(unit) || /^(?:am|pm|percent)$/.test(unit)) continue;
    const noun = m[3]?.toLowerCase();
    const thing = noun && !STOPWORDS.has(noun) ? `${stem(unit)} ${stem(noun)}` : stem(unit);
    out.push({ value, thing, phrase: m[0]! });
  }
  return out;
}

export function weekdays(text: string): string[] {
  return words(text).filter((w) => WEEKDAYS.includes(w));
}

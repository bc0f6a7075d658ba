import { STOPWORDS } from '../text/stopwords';
import { stem } from '../text/stem';
import { words } from '../text/normalize';
import synonyms from '../../data/claim-synonyms.json';
import { defaultAliases } from '../nlp/default-aliases';
import { NEGATIONS } from '../statements/reporting-verbs';

const WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];

// Stemmed word → its group's first word: "framework" and "proposal" both become "plan".
const SAME_MEANING = new Map<string, string>();
const ACTIONS = new Set<string>();
for (const group of [...synonyms.things, ...synonyms.actions]) for (const w of group) SAME_MEANING.set(stem(w), stem(group[0]!));
for (const group of synonyms.actions) ACTIONS.add(stem(group[0]!));

/** True if the two claims share an action ("received", "presented"): a denial contradicts an action, not a noun. */
export function shareAction(a: Set<string>, b: Set<string>): boolean {
  for (const w of a) if (ACTIONS.has(w) && b.has(w)) return true;
  return false;
}

/**
 * The content of a claim, for deciding whether two statements are about the same thing: negations removed
 * ("has not received" = "received"), spellings of one name merged (Kiev = Kyiv) and words of one meaning merged
 * ("shared" = "presented", "framework" = "plan").
 */
export function claimWords(text: string): Set<string> {
  return new Set(
    words(text.replace(/n't\b/g, ' not'))
      .filter((w) => w.length > 2 && !STOPWORDS.has(w) && !NEGATIONS.has(w) && !WEEKDAYS.includes(w) && !/^\d/.test(w))
      .map((w) => {
        const entity = defaultAliases.lookup(w);
        if (entity) return entity.name.toLowerCase();
        const s = stem(w);
        return SAME_MEANING.get(s) ?? s;
      }),
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

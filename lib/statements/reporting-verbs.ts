import verbs from '../../data/reporting-verbs.json';
import { words } from '../text/normalize';
import type { Polarity } from '../types';

const DENY = new Set(verbs.deny);
/** Words that negate a claim; conflicts strip them to compare claims (lib/conflicts/claims.ts). */
export const NEGATIONS: ReadonlySet<string> = new Set(verbs.negations);
const HEDGES = new Set(verbs.hedges);

/** Alternation of every reporting verb, for building sentence patterns. */
export const VERB_ALTERNATION = [...verbs.neutral, ...verbs.deny].sort((a, b) => b.length - a.length).join('|');

/** Deny when the verb denies, or the claim is negated an odd number of times ("did not say it had no plans" affirms). */
export function polarityOf(verb: string, claim: string): Polarity {
  const negations = words(claim.replace(/n't\b/g, ' not')).filter((w) => NEGATIONS.has(w)).length;
  const verbDenies = DENY.has(verb.toLowerCase());
  return (negations + (verbDenies ? 1 : 0)) % 2 === 1 ? 'deny' : 'affirm';
}

export function isHedged(verb: string, claim: string): boolean {
  return verb.toLowerCase() === 'alleged' || words(claim).some((w) => HEDGES.has(w));
}

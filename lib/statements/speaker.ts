import type { AliasBook } from '../nlp/aliases';
import type { Entity } from '../types';
import { collapseSpace } from '../text/normalize';

/** Who is speaking, as the sidebar names them. */
export interface Speaker {
  name: string;
  kind: 'named' | 'described';
}

// Nouns that make a phrase a plausible source of words.
const SOURCE_NOUNS =
  /\b(?:officials?|spokes(?:person|woman|man)|sources?|ministers?|minister|president|secretary|envoy|ministry|government|report|reports|analysts?|experts?|diplomats?|aides?|advisers?|advisors?|lawmakers?|senators?|leaders?|people|person|representatives?|agency|office|police|spokespeople|statement|kremlin|white house|they|he|she|we|i|it|media|newspaper|negotiators?|delegation|administration|commander|army|military|mayor|governor|chief|director|ceo|embassy|authorities|witnesses|residents|observers|critics|supporters)\b/i;

const PRONOUN_OR_BACKREFERENCE = /^(?:they|he|she|it|the (?:official|officials|source|sources|report|spokes(?:person|woman|man)|minister|ministry|envoy|agency|statement|diplomat|aide))$/i;

/** True if a phrase can be a speaker: a name we recognise or a described source. */
export function looksLikeSpeaker(phrase: string, entities: Entity[]): boolean {
  const p = collapseSpace(phrase);
  if (!p || p.split(' ').length > 20) return false;
  if (/^(?:that|this|which|what|there|it is|it was)\b/i.test(p)) return false;
  if (SOURCE_NOUNS.test(p)) return true;
  return entities.some((e) => e.type !== 'other' && mentions(p, e) && p.split(' ').length <= 6);
}

/**
 * Names the speaker: the named person inside a described phrase wins ("Kremlin spokesperson Dmitry Peskov" →
 * "Dmitry Peskov"), then a known institution ("the Kremlin" → "Kremlin"); a back-reference ("the official",
 * "They") takes the speaker it refers back to.
 */
export function resolveSpeaker(phrase: string, entities: Entity[], aliases: AliasBook, previous: Speaker | null): Speaker {
  const p = collapseSpace(phrase).replace(/^(?:however|meanwhile|but|and|also|earlier|separately),?\s+/i, '');
  const core = p.replace(/\s+(?:also|earlier|later|separately|previously|on \w+day)$/i, '');
  if (PRONOUN_OR_BACKREFERENCE.test(core) && previous) return previous;
  const person = entities
    .filter((e) => e.type === 'person' && mentions(core, e))
    .sort((a, b) => b.name.length - a.name.length)[0];
  if (person) return { name: person.name, kind: 'named' };
  const known = aliases.lookup(core);
  if (known) return { name: known.name, kind: 'named' };
  const described = core.replace(/^(?:The|A|An)\b/, (m) => m.toLowerCase());
  // "the source close to the Ukrainian government" is the source introduced earlier as "a source close to …".
  if (previous && /^the\s/i.test(described) && previous.name.toLowerCase().includes(`a ${described.slice(4).toLowerCase()}`)) {
    return { name: `a ${described.slice(4)}`, kind: 'described' };
  }
  return { name: described, kind: 'described' };
}

function mentions(phrase: string, entity: Entity): boolean {
  const lower = phrase.toLowerCase();
  return [entity.name, ...entity.aliases].some((s) => s.length > 2 && new RegExp(`\\b${escape(s.toLowerCase())}\\b`).test(lower));
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

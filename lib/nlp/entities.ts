import nlp from 'compromise';
import type { Entity, EntityType } from '../types';
import { foldCase, plainPunctuation } from '../text/normalize';
import type { AliasBook } from './aliases';

/**
 * compromise's last step after tagging, the chunker, groups words into noun and verb phrases. Names read only
 * the tags, so it is left out: about a twelfth of the tagger's time (ECB+ and NewsWCL50, 1,032 texts: 10.9 s
 * against 11.9 s, every text's entities the same). Taken out of compromise's own list, since it runs on every
 * `nlp()`; this module is compromise's only user.
 */
const hooks = nlp.hooks();
if (hooks.includes('chunks')) hooks.splice(hooks.indexOf('chunks'), 1);

interface Candidate {
  name: string;
  type: EntityType;
  spelling: string;
}

/**
 * People, organisations and places named in a text, under canonical names.
 * compromise proposes names; the alias book canonicalises them and adds the ones it knows that the tagger missed
 * ("the Kremlin"); a bare surname joins the full name used elsewhere in the same text ("Driscoll" → "Daniel Driscoll").
 * `taggerBudget`: how many of the text's first characters compromise reads (see TAGGER_BUDGET).
 */
export function findEntities(text: string, aliases: AliasBook, taggerBudget = TAGGER_BUDGET): Entity[] {
  const clean = plainPunctuation(text);
  const doc = nlp(taggerShare(clean, taggerBudget));
  const candidates: Candidate[] = [];
  const add = (raw: string, type: EntityType) => {
    for (const part of splitCompound(tidy(raw), type, aliases)) addOne(part, type);
  };
  const addOne = (spelling: string, type: EntityType) => {
    if (!isPlausibleName(spelling)) return;
    const known = aliases.lookup(spelling);
    if (known) candidates.push({ name: known.name, type: known.type, spelling });
    else candidates.push({ name: aliases.stripTitle(spelling), type, spelling });
  };
  for (const t of doc.people().out('array') as string[]) add(t, 'person');
  for (const t of doc.organizations().out('array') as string[]) add(t, 'organization');
  for (const t of doc.places().out('array') as string[]) add(t, 'place');

  const folded = foldCase(clean);
  for (const spelling of aliases.spellings()) {
    if (spelling.length < 2) continue;
    const entry = aliases.entryFor(spelling)!;
    const written = [entry.name, ...entry.aliases].find((a) => foldCase(a) === spelling) ?? entry.name;
    // Acronyms must match in capitals: "US" is a country, "us" is a pronoun.
    const count = isAcronym(written) ? countWord(clean, written) : countWord(folded, spelling);
    for (let i = 0; i < count; i++) candidates.push({ name: entry.name, type: entry.type, spelling: written });
  }

  return mergeCandidates(candidates, folded);
}

/**
 * compromise tags about 5 ms of text per 1,000 characters here, and the sidebar waits for it: a 50,000-character
 * page (a feed Readability took whole) held it for 300 ms. Names are proposed from the first TAGGER_BUDGET
 * characters, cut at a paragraph; a news report names its people, organisations and places early. Mentions are
 * still counted in the whole text, and names the alias book knows are found anywhere. 4,000 (2026-12-01, 12,000
 * before): while a page loads, the tagger shares two cores with it and took 28 to 114 ms of the sidebar's
 * wait on the bench's news pages at 6,000; the seed's statements were all found with the right speakers at
 * each step, ECB+ MAP went 0.9307 → 0.9310 and NewsWCL50 MAP 0.9855 → 0.9860 (6,000) → 0.9849.
 */
export const TAGGER_BUDGET = 4_000;

function taggerShare(text: string, budget: number): string {
  if (text.length <= budget) return text;
  const cut = text.lastIndexOf('\n', budget);
  return text.slice(0, cut > budget / 2 ? cut : budget);
}

function mergeCandidates(candidates: Candidate[], foldedText: string): Entity[] {
  const byName = new Map<string, { type: EntityType; spellings: Set<string> }>();
  for (const c of candidates) {
    if (!c.name) continue;
    const entry = byName.get(c.name) ?? { type: c.type, spellings: new Set<string>() };
    entry.spellings.add(c.spelling);
    byName.set(c.name, entry);
  }
  // A bare surname joins the one full name in this text that ends with it.
  for (const [name, entry] of byName) {
    if (entry.type !== 'person' || name.includes(' ')) continue;
    const full = [...byName.keys()].filter((n) => n !== name && n.endsWith(' ' + name) && byName.get(n)!.type === 'person');
    if (full.length === 1) {
      for (const s of entry.spellings) byName.get(full[0]!)!.spellings.add(s);
      byName.delete(name);
    }
  }
  const entities: Entity[] = [];
  for (const [name, entry] of byName) {
    // "Zelenskyy's government" is the person's government, already counted under the person.
    if (entry.type === 'organization' && / government$/.test(name) && candidatesNamePerson(byName, name)) continue;
    const spellings = new Set([...entry.spellings].map((s) => foldCase(s)));
    spellings.add(foldCase(name));
    const mentions = Math.max(1, countMentions(foldedText, [...spellings]));
    const aliases = [...entry.spellings].filter((s) => foldCase(s) !== foldCase(name));
    entities.push({ name, type: entry.type, mentions, aliases: [...new Set(aliases)] });
  }
  return entities.sort((a, b) => b.mentions - a.mentions || a.name.localeCompare(b.name));
}

function candidatesNamePerson(byName: Map<string, { type: EntityType; spellings: Set<string> }>, orgName: string): boolean {
  const head = foldCase(orgName.replace(/ government$/, ''));
  return [...byName].some(([, e]) => e.type === 'person' && [...e.spellings].some((s) => foldCase(s).endsWith(head)));
}

/** Counts mentions without double-counting "Donald Trump" as also "Trump". */
function countMentions(foldedText: string, spellings: string[]): number {
  let text = foldedText;
  let count = 0;
  for (const s of [...spellings].sort((a, b) => b.length - a.length)) {
    const re = wordPattern(s);
    count += (text.match(re) ?? []).length;
    text = text.replace(re, ' ');
  }
  return count;
}

function countWord(foldedText: string, spelling: string): number {
  return (foldedText.match(wordPattern(spelling)) ?? []).length;
}

const patternCache = new Map<string, RegExp>();
function wordPattern(spelling: string): RegExp {
  let re = patternCache.get(spelling);
  if (!re) {
    re = new RegExp(`(?<![a-z0-9])${spelling.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![a-z0-9])`, 'g');
    patternCache.set(spelling, re);
  }
  return re;
}

/** "Miami, Florida" is two places; "Russia-Ukraine" is two countries we know. */
function splitCompound(name: string, type: EntityType, aliases: AliasBook): string[] {
  if (type === 'place' && name.includes(',')) return name.split(/,\s*/);
  const halves = name.split('-');
  if (halves.length === 2 && halves.every((h) => aliases.lookup(h))) return halves;
  return [name];
}

function isAcronym(s: string): boolean {
  return /^[A-Z.]{2,5}$/.test(s);
}

function tidy(raw: string): string {
  return raw
    .replace(/['’]s\b/g, '')
    .replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}.]+$/gu, '')
    .replace(/\.$/, '')
    .trim();
}

/** Drops tagger noise: headings in capitals, single letters, fragments without a capital. */
function isPlausibleName(s: string): boolean {
  if (s.length < 2 || s.length > 60) return false;
  if (!/^\p{Lu}/u.test(s)) return false;
  if (s === s.toUpperCase() && s.length > 5) return false;
  return true;
}

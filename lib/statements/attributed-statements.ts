import type { AliasBook } from '../nlp/aliases';
import { splitSentences } from '../nlp/sentences';
import type { Entity, Statement } from '../types';
import { collapseSpace } from '../text/normalize';
import { VERB_ALTERNATION, isHedged, polarityOf } from './reporting-verbs';
import { looksLikeSpeaker, resolveSpeaker, type Speaker } from './speaker';

interface Attribution {
  speakerPhrase: string;
  verb: string;
  claim: string;
}

const V = `(${VERB_ALTERNATION})`;
// What may follow a reporting verb before the claim: an addressee and a time ("told reporters on Wednesday").
const AFTER_VERB = String.raw`(\s+(?:reporters|journalists|the press|(?:the\s+)?[A-Z][\w.&]*(?:\s+[A-Z][\w.&]*)*|him|her|them|us|me))?(?:\s+(?:on|in|late|early)\s+\w+(?:\s+\w+)?|\s+(?:this|last)\s+\w+|\s+(?:today|yesterday|earlier|later))?`;

const TRAILING = new RegExp(String.raw`^(.+?),["']?\s+([^,"]{2,120}?)\s+(?:also\s+|earlier\s+|later\s+)?${V}${AFTER_VERB}\s*[.!?]?["']?$`);
const TRAILING_INVERTED = new RegExp(String.raw`^(.+?),["']?\s+${V}\s+([^,"]{2,120}?)[.!?]?$`);
const LEADING_ACCORDING = /^According to ([^,]{2,120}),\s*(.+)$/i;
const TRAILING_ACCORDING = /^(.+?),?\s+according to ([^"]{2,200}?)[.!?]?$/i;
const PARENTHETICAL = new RegExp(String.raw`^(.+?),"?\s+([^,"]{2,80}?)\s+${V}(?:\s+[^,"]{1,40})?,\s+(.+)$`);
// "The official would not elaborate on the plan, noting it is still under negotiation": the subject speaks.
const PARTICIPLE = /^(.{2,80}?)\s+(?:would not|did not|declined to|refused to|also|has|had|was|were)\b[^,]*,\s+(noting|adding|saying|stressing|insisting|warning|arguing|explaining)\s+(?:that\s+)?(.+)$/;
const LEADING = new RegExp(String.raw`^(?:(?:However|Meanwhile|But|And|Separately|Still|Yet),?\s+)?(.{2,160}?)\s+(?:has\s+|have\s+|had\s+)?(?:also\s+|earlier\s+|later\s+|previously\s+)?${V}\b${AFTER_VERB}\s*(?:that\s+|:\s*|,\s*)?(.+)$`);

// A subject that holds its own verb is a clause, not a speaker: "The United States has handed Ukraine a plan, a US official".
const FINITE_VERB = /\b(?:has|have|had|is|are|was|were|will|would|did|does|do)\b/i;

/** Finds who said what in an article: speaker, reporting verb, words, direct or reported, affirm or deny, hedged. */
export function findStatements(paragraphs: string[], entities: Entity[], aliases: AliasBook): Statement[] {
  const statements: Statement[] = [];
  let previous: Speaker | null = null;
  let previousDirect: { paragraph: number; speaker: Speaker; verb: string } | null = null;

  for (const sentence of splitSentences(paragraphs)) {
    const found = attribute(sentence.text, entities);
    if (!found) {
      // A quotation standing alone right after a quoted statement continues it.
      const quote = /^"([^"]{10,})"$/.exec(sentence.text);
      if (quote && previousDirect && previousDirect.paragraph === sentence.paragraph) {
        statements.push(make(previousDirect.speaker, previousDirect.verb, quote[1]!, sentence.text, sentence.paragraph));
      }
      continue;
    }
    for (const part of splitEmbedded(found, entities)) {
      const speaker = resolveSpeaker(part.speakerPhrase, entities, aliases, previous);
      const st = make(speaker, part.verb, part.claim, sentence.text, sentence.paragraph);
      statements.push(st);
      previous = speaker;
      previousDirect = st.direct ? { paragraph: sentence.paragraph, speaker, verb: part.verb } : null;
    }
  }
  return statements;
}

function attribute(sentence: string, entities: Entity[]): Attribution | null {
  let m = TRAILING.exec(sentence);
  if (m && looksLikeSpeaker(m[2]!, entities)) return { claim: m[1]!, speakerPhrase: m[2]!, verb: m[3]! };
  m = TRAILING_INVERTED.exec(sentence);
  if (m && looksLikeSpeaker(m[3]!, entities) && /^[A-Za-z]/.test(m[3]!)) return { claim: m[1]!, speakerPhrase: m[3]!, verb: m[2]! };
  m = LEADING_ACCORDING.exec(sentence);
  if (m) return { speakerPhrase: m[1]!, verb: 'according to', claim: m[2]! };
  m = TRAILING_ACCORDING.exec(sentence);
  if (m) {
    // "according to people familiar with the talks, and borrows from …": the source ends where a new clause starts.
    const [source, ...more] = m[2]!.split(/,\s+(?=(?:and|but|which|who|while|as)\s)/);
    return { claim: [m[1]!, ...more].join(', '), speakerPhrase: source!, verb: 'according to' };
  }
  m = PARENTHETICAL.exec(sentence);
  if (m && looksLikeSpeaker(m[2]!, entities)) return { claim: `${m[1]} ${m[4]}`, speakerPhrase: m[2]!, verb: m[3]! };
  m = LEADING.exec(sentence);
  if (m && looksLikeSpeaker(m[1]!, entities) && !/"/.test(m[1]!) && !FINITE_VERB.test(m[1]!)) return leading(m);
  m = PARTICIPLE.exec(sentence);
  if (m && looksLikeSpeaker(m[1]!, entities) && !FINITE_VERB.test(m[1]!)) return { speakerPhrase: m[1]!, verb: m[2]!, claim: m[3]! };
  return null;
}

/** Only "told" takes an addressee: in "said Ukraine had no role", "Ukraine" belongs to the claim. */
function leading(m: RegExpExecArray): Attribution {
  const verb = m[2]!;
  const addressee = m[3] ?? '';
  const claim = /^tells?|told$/i.test(verb) || !addressee ? m[4]! : `${addressee.trim()} ${m[4]!}`;
  return { speakerPhrase: m[1]!, verb, claim };
}

/** "X says A, though B and Russia denies C": the second speaker gets a statement of its own. */
function splitEmbedded(found: Attribution, entities: Entity[]): Attribution[] {
  const parts = found.claim.split(/,\s+(?:though|although|but|while|whereas)\s+|\s+and\s+(?=[A-Z])/);
  if (parts.length < 2) return [found];
  const out: Attribution[] = [];
  const kept: string[] = [];
  for (const part of parts) {
    const inner = LEADING.exec(part);
    if (inner && looksLikeSpeaker(inner[1]!, entities) && !/"/.test(inner[1]!) && !FINITE_VERB.test(inner[1]!)) {
      out.push(leading(inner));
    } else kept.push(part);
  }
  if (out.length === 0) return [found];
  return [{ ...found, claim: kept.join(', ') }, ...out];
}

function make(speaker: Speaker, verb: string, claim: string, sentence: string, paragraph: number): Statement {
  const trimmed = collapseSpace(claim).replace(/^["']+|["',]+$/g, '').replace(/[.]$/, '').trim();
  const direct = /^"[^"]+"?$/.test(collapseSpace(claim).replace(/,$/, '')) || /"[^"]{12,}"/.test(claim);
  return {
    speaker: speaker.name,
    speakerKind: speaker.kind,
    verb: verb.toLowerCase(),
    text: trimmed.length > 400 ? trimmed.slice(0, 399) + '…' : trimmed,
    sentence,
    direct,
    polarity: polarityOf(verb, trimmed),
    hedged: isHedged(verb, trimmed),
    paragraph,
  };
}

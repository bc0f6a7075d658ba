import { describe, expect, it } from 'vitest';
import { analyzeArticleText } from '@/lib/analyze-text';
import { parseSeedText } from '@/lib/archive/seed-format';
import { findEntities } from '@/lib/nlp/entities';
import { defaultAliases } from '@/lib/nlp/default-aliases';
import { findStatements } from '@/lib/statements/attributed-statements';
import { seedText } from '../support/engine';

const statementsOf = (paragraphs: string[]) => findStatements(paragraphs, findEntities(paragraphs.join('\n'), defaultAliases), defaultAliases);

describe('findStatements on the seed', () => {
  const { statements } = analyzeArticleText(parseSeedText(seedText()), defaultAliases);
  const find = (words: string) => statements.find((s) => s.text.includes(words));

  it('attributes each claim to its speaker, named or described', () => {
    expect(find('approved a 28-point plan')?.speaker).toBe('a senior administration official');
    expect(find('has not yet been presented to Kiev')?.speaker).toBe('Three US officials');
    expect(find('no such plans')?.speaker).toBe('Dmitry Peskov');
    expect(find('Russia has not received any information')?.speaker).toBe('Maria Zakharova');
    expect(find('its stance on a potential Ukraine peace agreement')?.speaker).toBe('Kremlin');
    expect(find('Witkoff and Putin envoy Kirill Dmitriev met in Miami')?.speaker).toBe('Axios');
    expect(find('had no role in shaping')?.speaker).toMatch(/^a source close to the Ukrainian government/);
    expect(find('receiving any proposal')?.speaker).toBe('Russia');
  });

  it('follows "the official" and "They" back to who was named before', () => {
    expect(find('The plan focuses on giving both sides security guarantees')).toMatchObject({ speaker: 'a senior administration official', direct: true });
    expect(find('was informed of the plan')?.speaker).toMatch(/^a source close to the Ukrainian government/);
    expect(find('inspired by Trump')?.speaker).toBe('Axios');
  });

  it('marks denials and hedges', () => {
    expect(find('no such plans')?.polarity).toBe('deny');
    expect(find('Russia has not received any information')).toMatchObject({ polarity: 'deny', hedged: true });
    expect(find('approved a 28-point plan')?.polarity).toBe('affirm');
    expect(find('receiving any proposal')).toMatchObject({ polarity: 'deny', verb: 'denies' });
  });

  it('finds more than ten attributed statements', () => {
    expect(statements.length).toBeGreaterThan(10);
  });
});

describe('findStatements on sentence shapes', () => {
  it('reads a quote followed by its speaker and an addition', () => {
    const [s] = statementsOf([`"We are ready to work constructively with the American side," Zelensky said in his nightly address, adding that Ukraine needed peace.`]);
    expect(s).toMatchObject({ speaker: 'Volodymyr Zelensky', direct: true, verb: 'said' });
  });

  it('keeps "said Ukraine had…" whole: only "told" takes an addressee', () => {
    const [s] = statementsOf(['A European official said Ukraine had no role in the plan.']);
    expect(s).toMatchObject({ speaker: 'a European official', text: 'Ukraine had no role in the plan', polarity: 'deny' });
  });

  it('ignores sentences nobody is quoted in', () => {
    expect(statementsOf(['The weather in Kyiv was cold on Wednesday.', 'Markets rose sharply.'])).toEqual([]);
  });

  it('counts double negation as affirmation', () => {
    const [s] = statementsOf(['Peskov said it was not true that Russia had no plans.']);
    expect(s?.polarity).toBe('affirm');
  });
});

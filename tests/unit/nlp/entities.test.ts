import nlp from 'compromise';
import { describe, expect, it } from 'vitest';
import { findEntities, TAGGER_BUDGET } from '@/lib/nlp/entities';
import { defaultAliases } from '@/lib/nlp/default-aliases';
import { seedText } from '../support/engine';

const names = (text: string) => findEntities(text, defaultAliases);

describe('findEntities', () => {
  it('finds the seed’s people, organisations and places under canonical names', () => {
    const entities = names(seedText());
    const byName = new Map(entities.map((e) => [e.name, e]));
    for (const person of ['Donald Trump', 'Vladimir Putin', 'Dmitry Peskov', 'Maria Zakharova', 'Steve Witkoff', 'Kirill Dmitriev', 'Daniel Driscoll', 'Volodymyr Zelensky']) {
      expect(byName.get(person)?.type, person).toBe('person');
    }
    expect(byName.get('Kremlin')?.type).toBe('organization');
    expect(byName.get('Kyiv')).toMatchObject({ type: 'place', aliases: ['Kiev'] });
    expect(byName.get('Russia')?.type).toBe('place');
    // Headings in capitals are not organisations.
    expect(byName.has('CONFLICT & PEACE')).toBe(false);
  });

  it('merges spellings and short forms: Kiev = Kyiv, Zelenskyy = Zelenskiy, "US President Donald Trump" = "Trump"', () => {
    const e = names('Zelenskyy met US President Donald Trump in Kiev. Trump later called Zelenskiy. Kyiv said nothing.');
    const get = (n: string) => e.find((x) => x.name === n);
    expect(get('Volodymyr Zelensky')?.mentions).toBe(2);
    expect(get('Donald Trump')?.mentions).toBe(2);
    expect(get('Kyiv')?.mentions).toBe(2);
    expect(e.filter((x) => x.name === 'Trump' || x.name === 'Kiev')).toEqual([]);
  });

  it('tells the country "US" from the pronoun "us"', () => {
    expect(names('He told us the weather was fine.').some((e) => e.name === 'United States')).toBe(false);
    expect(names('The US said the plan was final.').some((e) => e.name === 'United States')).toBe(true);
  });

  it('joins a bare surname to the full name used in the same text', () => {
    const e = names('Army Secretary Daniel Driscoll travelled to Kyiv. Driscoll met officials there.');
    expect(e.find((x) => x.name === 'Daniel Driscoll')?.mentions).toBe(2);
  });

  it('tags a long text’s opening only, and still counts every mention and every name the alias book knows', () => {
    const filler = 'The committee met again on Tuesday and spoke about the budget for the coming year.\n'.repeat(Math.ceil(TAGGER_BUDGET / 80));
    const text = `Maria Holloway, the mayor, opened the meeting.\n${filler}Later, Maria Holloway and Gregor Vasquez spoke in Kyiv.`;
    const byName = new Map(findEntities(text, defaultAliases).map((e) => [e.name, e]));
    // Named in the opening: found, and both mentions counted.
    expect(byName.get('Maria Holloway')).toMatchObject({ type: 'person', mentions: 2 });
    // A place the alias book knows is found after the tagged opening too.
    expect(byName.get('Kyiv')?.type).toBe('place');
    // A name first met past the budget is left to the tagger's share: not proposed.
    expect(byName.has('Gregor Vasquez')).toBe(false);
    // The same name inside the budget is.
    expect(findEntities('Gregor Vasquez spoke in Kyiv on Monday.', defaultAliases).some((e) => e.name === 'Gregor Vasquez')).toBe(true);
  });

  it('names the same without compromise’s chunker, which it leaves out', () => {
    const hooks = nlp.hooks();
    expect(hooks).not.toContain('chunks');
    const without = findEntities(seedText(), defaultAliases);
    hooks.push('chunks');
    try {
      expect(findEntities(seedText(), defaultAliases)).toEqual(without);
    } finally {
      hooks.splice(hooks.indexOf('chunks'), 1);
    }
  });
});

import { describe, expect, it } from 'vitest';
import { findConflicts } from '@/lib/conflicts/find-conflicts';
import type { Statement } from '@/lib/types';

const said = (speaker: string, text: string, polarity: Statement['polarity'] = 'affirm'): Statement => ({
  speaker, speakerKind: 'named', verb: 'said', text, sentence: `${text}, ${speaker} said.`, direct: false, polarity, hedged: false, paragraph: 0,
});
const archive = (statements: Statement[]) => [{ articleId: 'seed', title: 'Seed', publisher: 'Anadolu Agency', statements }];

describe('findConflicts', () => {
  it('pairs a denial with an affirmation of the same claim, and explains it', () => {
    const [c, ...rest] = findConflicts(
      [said('Dmitry Peskov', 'Moscow had received the US proposal through official channels')],
      archive([said('Maria Zakharova', 'Russia has not received any information from the US through official channels', 'deny')]),
    );
    expect(rest).toEqual([]);
    expect(c).toMatchObject({ kind: 'negation', page: { speaker: 'Dmitry Peskov' }, archive: { speaker: 'Maria Zakharova', articleId: 'seed' } });
    expect(c!.explanation).toBe('Affirmed by Dmitry Peskov; denied by Maria Zakharova.');
  });

  it('flags different numbers for the same counted thing', () => {
    const [c] = findConflicts([said('a US official', 'Washington handed Kyiv a 20-point plan')], archive([said('an official', 'Trump approved a 28-point plan')]));
    expect(c).toMatchObject({ kind: 'number' });
    expect(c!.explanation).toContain('20-point plan');
    expect(c!.explanation).toContain('28-point plan');
  });

  it('flags different days for the same event', () => {
    const [c] = findConflicts(
      [said('two US officials', 'Army Secretary Daniel Driscoll travelled to Kyiv on Tuesday')],
      archive([said('a European official', 'Army Secretary Daniel Driscoll travelled to Kyiv on Wednesday with a delegation')]),
    );
    expect(c).toMatchObject({ kind: 'date', explanation: expect.stringMatching(/^Tuesday according to two US officials; Wednesday/) });
  });

  it('two outlets reporting the same denial agree: no conflict', () => {
    expect(findConflicts(
      [said('Kremlin', 'Russia has not received any proposal from Washington', 'deny')],
      archive([said('Maria Zakharova', 'Russia has not received any proposal through official channels', 'deny')]),
    )).toEqual([]);
  });

  it('unrelated claims of opposite polarity are not a conflict', () => {
    expect(findConflicts([said('A', 'The ceasefire in Gaza held for a fourth day')], archive([said('B', 'Russia has not received any information', 'deny')]))).toEqual([]);
  });

  it('the same numbers are not a conflict, and a repeated number pair is reported once', () => {
    expect(findConflicts([said('A', 'the 28-point plan was approved')], archive([said('B', 'Trump approved a 28-point plan')]))).toEqual([]);
    const twice = findConflicts([said('A', 'the 20-point plan')], archive([said('B', 'a 28-point plan'), said('C', 'The 28-point US plan')]));
    expect(twice).toHaveLength(1);
  });
});

describe('findConflicts across wordings', () => {
  it('"was shared in full" against "has not been presented": same claim in other words and spellings', () => {
    const [c] = findConflicts(
      [said('a US official', 'The plan was shared in full with Kyiv')],
      archive([said('Three US officials', 'the framework for the peace deal has not yet been presented to Kiev', 'deny')]),
    );
    expect(c).toMatchObject({ kind: 'negation', explanation: 'Affirmed by a US official; denied by Three US officials.' });
  });
});

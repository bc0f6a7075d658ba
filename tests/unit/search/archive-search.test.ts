import { describe, expect, it } from 'vitest';
import { indexRecordOf } from '@/lib/match/index-record';
import { Lexicon } from '@/lib/match/lexicon';
import { ArchiveSearch } from '@/lib/search/archive-search';
import { bundledArchive } from '../support/engine';

// Search reads articles as the background loads them: as index records.
const lexicon = new Lexicon();
const article = () => bundledArchive().articles[0]!;
const seed = () => indexRecordOf(article(), lexicon);
const other = () => indexRecordOf({ ...article(), id: 'gaza', title: 'Gaza ceasefire holds as Witkoff presses for second phase', publisher: 'Harbour Times', entities: [{ name: 'Steve Witkoff', type: 'person' as const, mentions: 2, aliases: ['Witkoff'] }] }, lexicon);

describe('ArchiveSearch', () => {
  it('finds names despite typos, and marks what matched', () => {
    const search = new ArchiveSearch([seed(), other()]);
    const [hit] = search.search('Peskow');
    expect(hit?.id).toBe(seed().id);
    expect(hit?.matchedAlso).toMatchObject({ field: 'person', text: expect.stringMatching(/Peskov/) });
  });

  it('answers every keystroke, prefix by prefix', () => {
    const search = new ArchiveSearch([seed(), other()]);
    for (const prefix of ['ga', 'gaz', 'gaza', 'gaza c', 'gaza cease']) expect(search.search(prefix)[0]?.id, prefix).toBe('gaza');
  });

  it('knows the other spelling of a place', () => {
    expect(new ArchiveSearch([seed(), other()]).search('Kiev')[0]?.id).toBe(seed().id);
    expect(new ArchiveSearch([seed(), other()]).search('Kyiv')[0]?.id).toBe(seed().id);
  });

  it('forgets deleted articles and finds added ones', () => {
    const search = new ArchiveSearch([seed()]);
    expect(search.search('Witkoff presses')).toEqual([]);
    search.add(other());
    expect(search.search('Witkoff presses')[0]?.id).toBe('gaza');
    search.remove('gaza');
    expect(search.search('Witkoff presses')).toEqual([]);
  });

  it('returns nothing for one letter or for words no article holds', () => {
    const search = new ArchiveSearch([seed(), other()]);
    expect(search.search('p')).toEqual([]);
    expect(search.search('zzqxv')).toEqual([]);
  });
});

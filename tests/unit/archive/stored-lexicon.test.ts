import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { ArchiveStore } from '@/lib/archive/archive-store';
import { articleTerms } from '@/lib/match/features';
import { bundledArchive } from '../support/engine';

const seed = () => bundledArchive().articles[0]!;
/** An article with words the seed does not have. */
const other = () => ({ ...seed(), id: 'other', contentHash: 'other', url: 'https://example.com/other', title: 'Flamingos gather', paragraphs: ['Flamingos gathered in the lagoon near Camargue, ornithologists counted thousands.'] });

describe('the stored word lexicon', () => {
  it('lets a reopened store read every index record back as the article’s words', async () => {
    const factory = new IDBFactory();
    const store = await ArchiveStore.open(factory, 'lexicon');
    await store.putMany([seed()]);
    await store.putMany([other()]);
    store.close();
    const again = await ArchiveStore.open(factory, 'lexicon');
    for (const article of [seed(), other()]) {
      const record = (await again.indexRecords()).find((r) => r.id === article.id)!;
      expect([...record.terms].map((n) => again.lexicon.names[n]).sort()).toEqual([...articleTerms(article).keys()].sort());
    }
  });

  it('takes back the words of a cancelled write, in memory and in the database', async () => {
    const factory = new IDBFactory();
    const store = await ArchiveStore.open(factory, 'lexicon');
    await store.putMany([seed()]);
    const size = store.lexicon.size;
    // Cancelled after the first batch (holding the new article's words) was written, before the second.
    let checks = 0;
    const signal = { get aborted() { return ++checks > 1; } } as AbortSignal;
    const more = Array.from({ length: 150 }, (_, i) => ({ ...seed(), id: `copy-${i}`, contentHash: `copy-${i}`, url: null }));
    await expect(store.putMany([other(), ...more], { signal })).rejects.toThrow(/cancelled/);
    expect(checks).toBe(2);
    expect(store.lexicon.size).toBe(size);
    store.close();
    const again = await ArchiveStore.open(factory, 'lexicon');
    expect(again.lexicon.names).toEqual(store.lexicon.names);
    // The next write numbers its new words from where the stored lexicon ends.
    await again.putMany([other()]);
    const record = (await again.indexRecords()).find((r) => r.id === 'other')!;
    expect([...record.terms].map((n) => again.lexicon.names[n]).sort()).toEqual([...articleTerms(other()).keys()].sort());
  });
});

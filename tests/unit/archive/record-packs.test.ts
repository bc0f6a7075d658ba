import { IDBFactory } from 'fake-indexeddb';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ArchiveStore } from '@/lib/archive/archive-store';
import { PACK_SIZE, packRecords, unpackRecords } from '@/lib/archive/record-packs';
import { REPACK_AFTER } from '@/lib/archive/stored-records';
import { indexRecordOf, type IndexRecord } from '@/lib/match/index-record';
import { Lexicon } from '@/lib/match/lexicon';
import type { ArchivedArticle } from '@/lib/types';
import { bundledArchive } from '../support/engine';

const seed = () => bundledArchive().articles[0]!;

/** Varied copies of the seed: no address, no publisher, no names, names with quotes and other scripts. */
function articles(n: number, prefix = 'a'): ArchivedArticle[] {
  return Array.from({ length: n }, (_, i) => {
    const base = seed();
    const id = `${prefix}-${String(i).padStart(5, '0')}`;
    const odd = i % 4;
    return {
      ...base,
      id,
      contentHash: id,
      origin: 'imported' as const,
      url: odd === 1 ? null : `https://example.com/${id}`,
      publisher: odd === 2 ? null : base.publisher,
      title: `${base.title} "${i}" – ${odd === 3 ? 'Пресс-секретарь' : 'report'}`,
      entities: odd === 1 ? [] : odd === 3 ? [...base.entities, { name: 'Дмитрий "Дима" Песков', type: 'person' as const, mentions: 70_000, aliases: ['Peskov', 'Pieskow|x'] }] : base.entities,
      paragraphs: [...base.paragraphs.slice(i % 3), `Paragraph ${i} mentions harbour${i} and 澳大利亚 ${i}.`],
    };
  });
}

/** What the `index` store holds, read one value at a time with the plain IndexedDB API. */
function storedIndex(factory: IDBFactory, name: string): Promise<IndexRecord[]> {
  return new Promise((resolve, reject) => {
    const open = factory.open(name);
    open.onsuccess = () => {
      const all = open.result.transaction('index').objectStore('index').getAll();
      all.onsuccess = () => {
        open.result.close();
        resolve(all.result as IndexRecord[]);
      };
      all.onerror = () => reject(all.error);
    };
    open.onerror = () => reject(open.error);
  });
}

/** The store's index records, and which of its object stores were read whole to get them. */
async function readRecords(store: ArchiveStore): Promise<{ records: IndexRecord[]; readWhole: string[] }> {
  const getAll = vi.spyOn(IDBObjectStore.prototype, 'getAll');
  const records = await store.indexRecords();
  const readWhole = getAll.mock.contexts.map((s) => (s as IDBObjectStore).name);
  getAll.mockRestore();
  return { records, readWhole };
}

afterEach(() => vi.restoreAllMocks());

describe('record packs', () => {
  it('give back every record as it was, field for field, across pack boundaries', () => {
    const lexicon = new Lexicon();
    const records = articles(PACK_SIZE * 2 + 7).map((a) => indexRecordOf(a, lexicon));
    const packs = packRecords(records);
    expect(packs.map((p) => p.size)).toEqual([PACK_SIZE, PACK_SIZE, 7]);
    expect(packs.flatMap(unpackRecords)).toEqual(records);
    expect(packRecords([])).toEqual([]);
  });

  it('a pack whose columns disagree is refused rather than read wrong', () => {
    const lexicon = new Lexicon();
    const [pack] = packRecords(articles(3).map((a) => indexRecordOf(a, lexicon)));
    expect(() => unpackRecords({ ...pack!, ids: JSON.stringify(['only-one']) })).toThrow(/does not add up/);
  });
});

describe('the stored index records, packed', () => {
  it('a store reopened after packing reads the same records as one by one, and packs only when due', async () => {
    const factory = new IDBFactory();
    const store = await ArchiveStore.open(factory, 'packed');
    await store.putMany(articles(1500));
    const oneByOne = await store.indexRecords();
    expect(oneByOne).toEqual(await storedIndex(factory, 'packed'));
    expect(await store.packIfDue()).toBe(true);
    expect(await store.packIfDue()).toBe(false);
    store.close();
    const again = await ArchiveStore.open(factory, 'packed');
    // Only the packs' store is read whole: the `index` store is not.
    expect(await readRecords(again)).toEqual({ records: oneByOne, readWhole: ['packs'] });
    again.close();
  });

  it('writes after the packing (saves, removals, an update of the bundled articles) are read too, in id order', async () => {
    const factory = new IDBFactory();
    const store = await ArchiveStore.open(factory, 'writes');
    await store.syncBundled(bundledArchive().articles, 'v1');
    await store.putMany(articles(300));
    await store.packIfDue();
    const changed = { ...articles(1)[0]!, id: 'a-00007', contentHash: 'a-00007', title: 'Rewritten title' };
    await store.putMany([changed, ...articles(2, 'b'), ...articles(1, '0')]);
    await store.deleteMany(['a-00003', 'a-00299']);
    await store.syncBundled([], 'v2');
    expect(await store.packIfDue()).toBe(false);
    store.close();
    const again = await ArchiveStore.open(factory, 'writes');
    const { records, readWhole } = await readRecords(again);
    expect(readWhole).toEqual(['packs']);
    expect(records).toEqual(await storedIndex(factory, 'writes'));
    expect(records).toHaveLength(300 - 2 + 3);
    expect(records.find((r) => r.id === 'a-00007')!.title).toBe('Rewritten title');
    expect(records.map((r) => r.id)).not.toContain(seed().id);
    again.close();
  });

  it(`packs again once ${REPACK_AFTER} records were written since`, async () => {
    const factory = new IDBFactory();
    const store = await ArchiveStore.open(factory, 'again');
    await store.putMany(articles(10));
    expect(await store.packIfDue()).toBe(true);
    await store.putMany(articles(REPACK_AFTER - 1, 'b'));
    expect(await store.packIfDue()).toBe(false);
    await store.deleteMany(['a-00001']);
    expect(await store.packIfDue()).toBe(true);
    expect(await readRecords(store)).toEqual({ records: await storedIndex(factory, 'again'), readWhole: ['packs'] });
    store.close();
  });

  it('packs that do not match the store are passed over: every record is read one by one', async () => {
    const factory = new IDBFactory();
    const store = await ArchiveStore.open(factory, 'damaged');
    await store.putMany(articles(20));
    await store.packIfDue();
    store.close();
    // An index record removed behind the store's back (as a bug in a later write might): the count is off.
    await new Promise<void>((resolve) => {
      const open = factory.open('damaged');
      open.onsuccess = () => {
        const tx = open.result.transaction('index', 'readwrite');
        tx.objectStore('index').delete('a-00004');
        tx.oncomplete = () => {
          open.result.close();
          resolve();
        };
      };
    });
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const again = await ArchiveStore.open(factory, 'damaged');
    const { records, readWhole } = await readRecords(again);
    expect(readWhole).toEqual(['packs', 'index']);
    expect(records).toEqual(await storedIndex(factory, 'damaged'));
    expect(records).toHaveLength(19);
    expect(String(warn.mock.calls[0])).toMatch(/hold 20 records, the store 19/);
    // The next packing makes them whole again.
    expect(await again.packIfDue()).toBe(true);
    again.close();
    warn.mockClear();
    const mended = await ArchiveStore.open(factory, 'damaged');
    expect(await readRecords(mended)).toEqual({ records, readWhole: ['packs'] });
    expect(warn).not.toHaveBeenCalled();
    mended.close();
  });
});

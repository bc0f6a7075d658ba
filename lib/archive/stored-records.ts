import type { IndexRecord } from '../match/index-record';
import type { ArchiveTransaction } from './archive-store';
import { unpackRecords } from './record-packs';

/** meta's `packs` entry when the packs, with the ids in `unpacked`, hold every index record. */
export const PACKS_WHOLE = 'whole';
/**
 * How many records may be written since the last packing before the next: each of them is read alone at a
 * start, while packing again reads and writes every record, so a save or two does not repack 10,000.
 */
export const REPACK_AFTER = 200;

/**
 * Every index record, in id order (as one by one, so that both ways build the same index): from the packs,
 * with the records written since read alone, when the packs are whole; otherwise (never packed yet, or a
 * count that does not add up) from the `index` store one value at a time.
 */
export async function readRecords(tx: ArchiveTransaction<IDBTransactionMode>): Promise<{ records: IndexRecord[]; packed: boolean }> {
  const index = tx.objectStore('index');
  if ((await tx.objectStore('meta').get('packs')) === PACKS_WHOLE) {
    const [packs, unpacked, count] = await Promise.all([tx.objectStore('packs').getAll(), tx.objectStore('unpacked').getAllKeys(), index.count()]);
    const written = await Promise.all(unpacked.map((id) => index.get(id)));
    try {
      const changed = new Set(unpacked);
      const records = packs.flatMap(unpackRecords).filter((r) => !changed.has(r.id));
      if (written.length) {
        for (const r of written) if (r) records.push(r);
        records.sort((a, b) => (a.id < b.id ? -1 : 1));
      }
      if (records.length !== count) throw new Error(`they hold ${records.length} records, the store ${count}`);
      return { records, packed: true };
    } catch (error) {
      // The packs are only a faster way to the same records: the store itself is the truth.
      console.warn('Crosscheck: the packed index records cannot be used; reading them one by one:', error);
    }
  }
  return { records: await index.getAll(), packed: false };
}

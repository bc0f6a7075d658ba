import type { ArticleOrigin } from '../types';
import type { IndexRecord } from '../match/index-record';

/**
 * Many index records stored as one IndexedDB value, column by column: every number list of the pack end to
 * end in one typed array, every text field as one JSON string. Reading a value costs IndexedDB per object
 * and string inside it, so 10,000 records read as 10 packs instead of 10,000 values: in Chromium, 10,000
 * records took 236–277 ms read one value each and 83–101 ms packed, unpacking included (docs/page-cost-log.md,
 * 2026-12-07). A restarted background reads them all before it can answer the page.
 */
export interface RecordPack {
  /** How many records the pack holds. */
  size: number;
  /** JSON arrays of (string | null), one entry per record. */
  ids: string;
  titles: string;
  publishers: string;
  publishedAts: string;
  urls: string;
  origins: string;
  addedAts: string;
  contentHashes: string;
  /** Where each record's words end in `terms` and `counts`. */
  termEnds: Uint32Array;
  terms: Uint32Array;
  counts: Uint8Array;
  /** Where each record's names end in `names`, `nameTypes`, `nameMentions` and `nameAliases`. */
  nameEnds: Uint32Array;
  /** JSON arrays of strings, one entry per name. */
  names: string;
  nameAliases: string;
  /** One letter per name, end to end. */
  nameTypes: string;
  nameMentions: Uint16Array;
  keyTermEnds: Uint32Array;
  /** A JSON array of strings, one entry per key term. */
  keyTerms: string;
}

/** How many records go in one pack: small enough to build and write without a long pause. */
export const PACK_SIZE = 1000;

/** The records in packs of PACK_SIZE, in order. */
export function packRecords(records: IndexRecord[]): RecordPack[] {
  const packs: RecordPack[] = [];
  for (let start = 0; start < records.length; start += PACK_SIZE) packs.push(packOf(records.slice(start, start + PACK_SIZE)));
  return packs;
}

function packOf(records: IndexRecord[]): RecordPack {
  const column = (read: (r: IndexRecord) => string | null) => JSON.stringify(records.map(read));
  const termEnds = ends(records, (r) => r.terms.length);
  const nameEnds = ends(records, (r) => r.names.length);
  return {
    size: records.length,
    ids: column((r) => r.id),
    titles: column((r) => r.title),
    publishers: column((r) => r.publisher),
    publishedAts: column((r) => r.publishedAt),
    urls: column((r) => r.url),
    origins: column((r) => r.origin),
    addedAts: column((r) => r.addedAt),
    contentHashes: column((r) => r.contentHash),
    termEnds,
    terms: joined(new Uint32Array(termEnds.at(-1) ?? 0), records, (r) => r.terms),
    counts: joined(new Uint8Array(termEnds.at(-1) ?? 0), records, (r) => r.counts),
    nameEnds,
    names: JSON.stringify(records.flatMap((r) => r.names)),
    nameAliases: JSON.stringify(records.flatMap((r) => r.nameAliases)),
    nameTypes: records.map((r) => r.nameTypes).join(''),
    nameMentions: joined(new Uint16Array(nameEnds.at(-1) ?? 0), records, (r) => r.nameMentions),
    keyTermEnds: ends(records, (r) => r.keyTerms.length),
    keyTerms: JSON.stringify(records.flatMap((r) => r.keyTerms)),
  };
}

/** Running totals of each record's count: record i's entries are [ends[i - 1] ?? 0, ends[i]). */
function ends(records: IndexRecord[], count: (r: IndexRecord) => number): Uint32Array {
  const out = new Uint32Array(records.length);
  let total = 0;
  records.forEach((r, i) => (out[i] = total += count(r)));
  return out;
}

function joined<T extends Uint32Array | Uint8Array | Uint16Array>(into: T, records: IndexRecord[], part: (r: IndexRecord) => T): T {
  let at = 0;
  for (const r of records) {
    const p = part(r);
    into.set(p as never, at);
    at += p.length;
  }
  return into;
}

/**
 * The pack's records. Their number lists are views into the pack's arrays (no copy): the indexes copy what
 * they keep, so the pack is freed with the records.
 */
export function unpackRecords(pack: RecordPack): IndexRecord[] {
  const strings = (json: string) => JSON.parse(json) as string[];
  const optional = (json: string) => JSON.parse(json) as Array<string | null>;
  const [ids, titles, publishers, publishedAts, urls, origins, addedAts, contentHashes] = [
    strings(pack.ids), strings(pack.titles), optional(pack.publishers), optional(pack.publishedAts),
    optional(pack.urls), strings(pack.origins), strings(pack.addedAts), strings(pack.contentHashes),
  ];
  const names = strings(pack.names);
  const nameAliases = strings(pack.nameAliases);
  const keyTerms = strings(pack.keyTerms);
  if (ids.length !== pack.size || names.length !== pack.nameTypes.length) throw new Error('A record pack does not add up');
  const records: IndexRecord[] = [];
  for (let i = 0; i < pack.size; i++) {
    const [termsFrom, termsTo] = [pack.termEnds[i - 1] ?? 0, pack.termEnds[i]!];
    const [namesFrom, namesTo] = [pack.nameEnds[i - 1] ?? 0, pack.nameEnds[i]!];
    records.push({
      id: ids[i]!,
      title: titles[i]!,
      publisher: publishers[i]!,
      publishedAt: publishedAts[i]!,
      url: urls[i]!,
      origin: origins[i] as ArticleOrigin,
      addedAt: addedAts[i]!,
      contentHash: contentHashes[i]!,
      terms: pack.terms.subarray(termsFrom, termsTo),
      counts: pack.counts.subarray(termsFrom, termsTo),
      names: names.slice(namesFrom, namesTo),
      nameTypes: pack.nameTypes.slice(namesFrom, namesTo),
      nameMentions: pack.nameMentions.subarray(namesFrom, namesTo),
      nameAliases: nameAliases.slice(namesFrom, namesTo),
      keyTerms: keyTerms.slice(pack.keyTermEnds[i - 1] ?? 0, pack.keyTermEnds[i]),
    });
  }
  return records;
}

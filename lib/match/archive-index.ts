import type { ArchivedArticle, EntityType } from '../types';
import { entityWeight, type MatchFeatures } from './features';
import { indexRecordOf, NAME_TYPES, nameType, type IndexRecord } from './index-record';
import { StringPool } from '../text/string-pool';
import { Lexicon } from './lexicon';
import { Arena, grow, PostingLists } from './postings';

/**
 * An article as matching sees it: what a result shows, and where its words and names sit in the index's
 * arenas (read them with ArchiveIndex.terms, .entities and .keyTerms).
 */
export interface ArchiveEntry extends Omit<IndexRecord, 'terms' | 'counts' | 'names' | 'nameTypes' | 'nameMentions' | 'nameAliases' | 'keyTerms'> {
  slot: number;
  termsAt: number;
  termCount: number;
  entitiesAt: number;
  entityCount: number;
  entityTotal: number;
  keyTermsAt: number;
  keyTermCount: number;
  time: number | null;
}

/** Words or names with, per id, the articles that hold each and how many (live) articles do. */
class Vocabulary {
  df = new Int32Array(1024);
  private lists = new PostingLists();
  size = 0;

  constructor(readonly lexicon: Lexicon) {}

  /** Makes room for an id of the lexicon (one the index has not seen yet). */
  has(id: number): number {
    if (id >= this.size) {
      this.df = grow(this.df, id + 1);
      this.size = id + 1;
    }
    return id;
  }

  /** Room for what a bulk load will add, counted beforehand (before anything is added). */
  reserve(counts: Int32Array): void {
    this.lists = new PostingLists(counts);
    this.has(counts.length - 1);
  }

  /** Notes that the article in `slot` holds id (after has(id)). */
  add(id: number, slot: number): void {
    this.df[id]!++;
    this.lists.add(id, slot);
  }

  /** The slots of the articles holding id, removed ones included (a view: read it before the next add). */
  postings(id: number): Uint32Array {
    return this.lists.list(id);
  }

  trim(): void {
    this.lists.trim();
  }

  id(name: string): number | undefined {
    const id = this.lexicon.id(name);
    return id !== undefined && id < this.size ? id : undefined;
  }
}

/**
 * The archive held in memory for matching, lean enough for 100,000 articles: per article its metadata and
 * its words and names as numbers (no text, no statements: those stay in IndexedDB and are read for the few
 * articles a page shows), and inverted indexes from words and names to articles, so a page is compared only
 * with articles that share something with it. A removed article leaves its slot empty until enough slots are
 * empty to rebuild, so removing is cheap and slots are never reused.
 */
export class ArchiveIndex {
  private entries: Array<ArchiveEntry | undefined> = [];
  private readonly slotOf = new Map<string, number>();
  private readonly words: Vocabulary;
  private readonly names = new Vocabulary(new Lexicon());
  private readonly keyTermLexicon = new Lexicon();
  private entityTypes: EntityType[] = [];
  private norms = new Float64Array(0);
  private normVersions = new Uint32Array(0);
  private version = 1;
  private empty = 0;
  private seen = new Uint32Array(0);
  private seenMark = 0;
  /** Per slot, the weight of the page's names and words an article shares (valid where seen == mark). */
  private overlap = new Float64Array(0);
  /** Word id << 8 | count, per article. */
  private termArena = new Arena(new Uint32Array(1024));
  /** Pairs of (name id, weight), per article. */
  private entityArena = new Arena(new Float64Array(1024));
  private keyTermArena = new Arena(new Uint32Array(1024));
  /** Publishers, dates and origins repeat across articles: one copy each. */
  private readonly strings = new StringPool();

  /** `lexicon` gives the records' word numbers their words (the store's, or a new one for records made here). */
  constructor(records: IndexRecord[], readonly lexicon: Lexicon) {
    this.words = new Vocabulary(lexicon);
    this.reserveFor(records);
    for (const r of records) this.add(r);
    this.trim();
  }

  /** Sizes the word lists and the word arena for a bulk load (the largest part of the index). */
  private reserveFor(records: IndexRecord[]): void {
    if (!records.length) return;
    const perWord = new Int32Array(this.lexicon.size);
    let total = 0;
    for (const r of records) {
      const terms = r.terms;
      total += terms.length;
      // Indexed, not for…of: this runs once per start, before the JIT has warmed up, where a for…of over the
      // 1.3 million words of 10,000 articles took twice as long in Node (9–18 ms against 5–7, 2026-12-08).
      for (let i = 0; i < terms.length; i++) perWord[terms[i]!]!++;
    }
    this.words.reserve(perWord);
    this.termArena.ensureCapacity(total);
    // Names are numbered here, in the order add() would: add() then finds each number, and its list's room.
    const perName: number[] = [];
    let names = 0;
    for (const r of records) {
      names += r.names.length;
      for (let i = 0; i < r.names.length; i++) {
        const id = this.names.lexicon.intern(r.names[i]!);
        perName[id] = (perName[id] ?? 0) + 1;
      }
    }
    this.names.reserve(Int32Array.from(perName));
    this.entityArena.ensureCapacity(names * 2);
  }

  /** An index of whole articles held in memory (command-line tools, evaluation, tests). */
  static ofArticles(articles: ArchivedArticle[]): ArchiveIndex {
    const lexicon = new Lexicon();
    return new ArchiveIndex(articles.map((a) => indexRecordOf(a, lexicon)), lexicon);
  }

  /** Gives back the room arrays keep for growth: after loading the whole archive it is pure waste. */
  private trim(): void {
    this.termArena.trim();
    this.entityArena.trim();
    this.keyTermArena.trim();
    this.words.trim();
    this.names.trim();
  }

  get size(): number {
    return this.slotOf.size;
  }

  get vocabularySize(): number {
    return this.words.size;
  }

  add(record: IndexRecord): void {
    if (this.slotOf.has(record.id)) this.remove(record.id);
    this.version++;
    const slot = this.entries.length;
    const termsAt = this.termArena.reserve(record.terms.length);
    const terms = this.termArena.array;
    const vocabulary = this.words;
    for (let i = 0; i < record.terms.length; i++) {
      const id = vocabulary.has(record.terms[i]!);
      terms[termsAt + i] = (id << 8) | record.counts[i]!;
      vocabulary.add(id, slot);
    }
    const entitiesAt = this.entityArena.reserve(record.names.length * 2);
    const entities = this.entityArena.array;
    let entityTotal = 0;
    record.names.forEach((name, i) => {
      const id = this.names.has(this.names.lexicon.intern(name));
      const type = nameType(record, i);
      this.entityTypes[id] ??= type;
      const weight = entityWeight(type, record.nameMentions[i]!);
      entities[entitiesAt + i * 2] = id;
      entities[entitiesAt + i * 2 + 1] = weight;
      entityTotal += weight;
      this.names.add(id, slot);
    });
    const keyTermsAt = this.keyTermArena.reserve(record.keyTerms.length);
    record.keyTerms.forEach((k, i) => (this.keyTermArena.array[keyTermsAt + i] = this.keyTermLexicon.intern(k)));
    const t = record.publishedAt ? Date.parse(record.publishedAt) : NaN;
    this.entries.push({
      id: record.id,
      title: record.title,
      publisher: this.strings.share(record.publisher),
      publishedAt: this.strings.share(record.publishedAt),
      url: record.url,
      origin: this.strings.share(record.origin),
      addedAt: this.strings.share(record.addedAt),
      contentHash: record.contentHash,
      slot,
      termsAt,
      termCount: record.terms.length,
      entitiesAt,
      entityCount: record.names.length,
      entityTotal,
      keyTermsAt,
      keyTermCount: record.keyTerms.length,
      time: Number.isNaN(t) ? null : t,
    });
    this.slotOf.set(record.id, slot);
  }

  /** An article's words: id << 8 | count each (a view into the arena: read it before the index changes). */
  terms(entry: ArchiveEntry): Uint32Array {
    return this.termArena.view(entry.termsAt, entry.termCount);
  }

  /** An article's names as pairs of (name id, weight). */
  entities(entry: ArchiveEntry): Float64Array {
    return this.entityArena.view(entry.entitiesAt, entry.entityCount * 2);
  }

  keyTerms(entry: ArchiveEntry): Uint32Array {
    return this.keyTermArena.view(entry.keyTermsAt, entry.keyTermCount);
  }

  remove(id: string): void {
    const slot = this.slotOf.get(id);
    if (slot === undefined) return;
    const entry = this.entries[slot]!;
    this.version++;
    for (const packed of this.terms(entry)) this.words.df[packed >>> 8]!--;
    const entities = this.entities(entry);
    for (let i = 0; i < entities.length; i += 2) this.names.df[entities[i]!]!--;
    this.entries[slot] = undefined;
    this.slotOf.delete(id);
    if (++this.empty > Math.max(1000, this.size)) this.rebuild();
  }

  get(id: string): ArchiveEntry | undefined {
    const slot = this.slotOf.get(id);
    return slot === undefined ? undefined : this.entries[slot];
  }

  *all(): IterableIterator<ArchiveEntry> {
    for (const e of this.entries) if (e) yield e;
  }

  termId(word: string): number | undefined {
    return this.words.id(word);
  }

  /** How many archive articles hold a word (by id). */
  termDf(id: number): number {
    return this.words.df[id] ?? 0;
  }

  termName(id: number): string {
    return this.lexicon.names[id]!;
  }

  entityId(name: string): number | undefined {
    return this.names.id(name);
  }

  entityName(id: number): string {
    return this.names.lexicon.names[id]!;
  }

  entityType(id: number): EntityType {
    return this.entityTypes[id] ?? 'other';
  }

  keyTermId(term: string): number | undefined {
    return this.keyTermLexicon.id(term);
  }

  keyTermName(id: number): string {
    return this.keyTermLexicon.names[id]!;
  }

  /**
   * Articles that share a name or one of the page's weightiest words (frequent on the page, rare in the
   * archive: the words that carry the similarity). Words or names found in more than a fifth of the archive
   * are skipped: they cannot tell a story apart, and they would make every article a candidate. In a large
   * archive only the MAX_CANDIDATES articles sharing the most weight go on to be scored in full.
   */
  candidates(features: MatchFeatures): ArchiveEntry[] {
    const common = Math.max(50, this.size * 0.2);
    const n = this.size + 1;
    const keys: Array<[Uint32Array, number]> = [];
    for (const [name, weight] of features.entities) {
      const id = this.names.id(name);
      const df = id === undefined ? 0 : this.names.df[id]!;
      if (df > 0 && df <= common) keys.push([this.names.postings(id!), weight * Math.log(1 + n / df)]);
    }
    const words: Array<[number, number]> = [];
    for (const [t, c] of features.terms) {
      const id = this.words.id(t);
      const df = id === undefined ? 0 : this.words.df[id]!;
      if (df > 0 && df <= common) words.push([id!, (c >= 1 ? 1 + Math.log(c) : c) * Math.log(1 + n / df)]);
    }
    words.sort((a, b) => b[1] - a[1]);
    for (const [id, weight] of words.slice(0, CANDIDATE_WORDS)) keys.push([this.words.postings(id), weight]);
    const mark = this.nextMark();
    const touched: number[] = [];
    for (const [list, weight] of keys) {
      for (const slot of list) {
        if (this.seen[slot] !== mark) {
          this.seen[slot] = mark;
          if (!this.entries[slot]) continue;
          this.overlap[slot] = 0;
          touched.push(slot);
        }
        this.overlap[slot] = this.overlap[slot]! + weight;
      }
    }
    if (touched.length > MAX_CANDIDATES) {
      touched.sort((a, b) => this.overlap[b]! - this.overlap[a]!);
      touched.length = MAX_CANDIDATES;
    }
    return touched.map((slot) => this.entries[slot]!);
  }

  /** The TF-IDF norm of an article, cached until the archive (and so every IDF) changes. */
  norm(entry: ArchiveEntry, compute: () => number): number {
    this.norms = grow(this.norms, this.entries.length);
    this.normVersions = grow(this.normVersions, this.entries.length);
    if (this.normVersions[entry.slot] === this.version) return this.norms[entry.slot]!;
    const norm = compute();
    this.norms[entry.slot] = norm;
    this.normVersions[entry.slot] = this.version;
    return norm;
  }

  /** A fresh mark for "already collected" (cheaper than clearing an array of 100,000 flags per page). */
  private nextMark(): number {
    this.seen = grow(this.seen, this.entries.length);
    this.overlap = grow(this.overlap, this.entries.length);
    if (++this.seenMark === 0xffffffff) {
      this.seen.fill(0);
      this.seenMark = 1;
    }
    return this.seenMark;
  }

  /** Drops the empty slots: the live articles are indexed afresh, in the same order, with their weights. */
  private rebuild(): void {
    const live = [...this.all()].map((e) => this.recordOf(e));
    const fresh = new ArchiveIndex(live.map(([record]) => record), this.lexicon);
    for (const [record, weights] of live) {
      // The stored weights, not ones recomputed from a mention count the index does not keep.
      const entry = fresh.get(record.id)!;
      const entities = fresh.entities(entry);
      weights.forEach((w, i) => (entities[i * 2 + 1] = w));
      entry.entityTotal = weights.reduce((a, b) => a + b, 0);
    }
    Object.assign(this, fresh);
  }

  /** An entry back to an index record (names with their weights beside, as mentions are not kept). */
  private recordOf(e: ArchiveEntry): [IndexRecord, number[]] {
    const terms = this.terms(e);
    const entities = this.entities(e);
    const names: string[] = [];
    let types = '';
    const weights: number[] = [];
    for (let i = 0; i < entities.length; i += 2) {
      names.push(this.entityName(entities[i]!));
      types += NAME_TYPES[this.entityType(entities[i]!)];
      weights.push(entities[i + 1]!);
    }
    const { slot: _s, termsAt: _t, termCount: _tc, entitiesAt: _e, entityCount: _ec, entityTotal: _et, keyTermsAt: _k, keyTermCount: _kc, time: _time, ...meta } = e;
    return [
      {
        ...meta,
        terms: Uint32Array.from(terms, (p) => p >>> 8),
        counts: Uint8Array.from(terms, (p) => p & 255),
        names,
        nameTypes: types,
        nameMentions: new Uint16Array(names.length).fill(1),
        nameAliases: names.map(() => ''),
        keyTerms: Array.from(this.keyTerms(e), (k) => this.keyTermName(k)),
      },
      weights,
    ];
  }
}

/** How many of the page's weightiest words are looked up to find candidates. */
const CANDIDATE_WORDS = 30;
/**
 * How many candidates are scored in full, those sharing the most weight of rare names and words with the page.
 * 500 rather than 2,000 (2026-12-01): the two passes of a page's ranking on a 10,000-article archive take a
 * third less time (the sidebar waits for them), ECB+ (982 documents, so the cut applies) measured MAP 0.9307
 * either way, and on the page bench's 47 news pages the top article stayed the same.
 */
const MAX_CANDIDATES = 500;

type TypedArray = Uint8Array | Uint32Array | Int32Array | Float64Array;

/** The array itself if it holds `length` numbers, else a copy at least twice as long (amortised growth). */
export function grow<T extends TypedArray>(array: T, length: number): T {
  if (array.length >= length) return array;
  const bigger = new (array.constructor as new (n: number) => T)(Math.max(length, array.length * 2));
  bigger.set(array as never);
  return bigger;
}

/**
 * A growable list of document slots in a typed array: an inverted index over 100,000 articles holds millions
 * of these entries, and a plain array or Set would cost several times the memory.
 */
export class Postings {
  private slots = new Uint32Array(4);
  length = 0;

  /** A list holding `slots`, then `slot`. */
  static of(slots: Uint32Array, slot: number): Postings {
    const postings = new Postings();
    postings.reserve(slots.length + 1);
    postings.slots.set(slots);
    postings.length = slots.length;
    postings.push(slot);
    return postings;
  }

  push(slot: number): void {
    if (this.length === this.slots.length) this.slots = grow(this.slots, this.length + 1);
    this.slots[this.length++] = slot;
  }

  /** Room for n more slots at once. */
  reserve(n: number): void {
    if (this.length + n > this.slots.length) {
      const exact = new Uint32Array(this.length + n);
      exact.set(this.view());
      this.slots = exact;
    }
  }

  /** Gives back the room kept for growth (after a bulk load, where it would be a third of the memory). */
  trim(): void {
    if (this.slots.length > this.length) this.slots = this.slots.slice(0, this.length);
  }

  /** The slots so far (a view, not a copy: read it before the next push). */
  view(): Uint32Array {
    return this.slots.subarray(0, this.length);
  }
}

/**
 * The posting lists of a whole vocabulary (per word or name id, the slots of the articles holding it). A bulk
 * load counts each id's slots first and fills them into one shared array, end to end: a list per id would be
 * thousands of small arrays, and filling them (a push into a different object for each of a million words)
 * was most of a restarted background's first index build (docs/page-cost-log.md, 2026-12-08). A list that
 * grows past the room counted for it, as when a saved article adds to the archive, is copied once into an array
 * of its own, which grows from then on (a saved article touches a hundred or so lists).
 */
export class PostingLists {
  /** Where each id's room starts in `shared`; the next id's start is where it ends. */
  private readonly starts: Uint32Array;
  /** Where each id's list ends so far in `shared`. */
  private readonly ends: Uint32Array;
  private readonly shared: Uint32Array;
  /** The lists that outgrew their room (or had none), by id. */
  private readonly grown = new Map<number, Postings>();

  /** Lists with room for `counts[id]` slots each (none: every list grows on its own). */
  constructor(counts: ArrayLike<number> = []) {
    this.starts = new Uint32Array(counts.length + 1);
    for (let id = 0; id < counts.length; id++) this.starts[id + 1] = this.starts[id]! + counts[id]!;
    this.ends = this.starts.slice(0, counts.length);
    this.shared = new Uint32Array(this.starts[counts.length]!);
  }

  add(id: number, slot: number): void {
    // A list with room left has not grown (it grows only once its room is full): no lookup on a bulk load.
    if (id < this.ends.length && this.ends[id]! < this.starts[id + 1]!) {
      this.shared[this.ends[id]!++] = slot;
      return;
    }
    const own = this.grown.get(id);
    if (own) own.push(slot);
    else this.grown.set(id, Postings.of(this.list(id), slot));
  }

  /** The slots of id's list (a view, not a copy: read it before the next add). */
  list(id: number): Uint32Array {
    const own = this.grown.get(id);
    if (own) return own.view();
    return id < this.ends.length ? this.shared.subarray(this.starts[id], this.ends[id]) : this.shared.subarray(0, 0);
  }

  /** Gives back the room the grown lists keep for growth (the shared array has none to give). */
  trim(): void {
    for (const own of this.grown.values()) own.trim();
  }
}

/**
 * One growable typed array holding a small run of numbers per article (its words, its names), end to end:
 * a typed array per article would cost more in object headers than in numbers.
 */
export class Arena<T extends Uint32Array | Float64Array> {
  length = 0;

  constructor(private data: T) {}

  /** Room for n more numbers; returns where they start. */
  reserve(n: number): number {
    this.data = grow(this.data, this.length + n);
    const start = this.length;
    this.length += n;
    return start;
  }

  /** Room for `n` numbers in all, ahead of a bulk load. */
  ensureCapacity(n: number): void {
    this.data = grow(this.data, n);
  }

  trim(): void {
    if (this.data.length > this.length) this.data = this.data.slice(0, this.length) as T;
  }

  get array(): T {
    return this.data;
  }

  view(start: number, n: number): T {
    return this.data.subarray(start, start + n) as T;
  }
}

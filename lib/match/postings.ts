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

/**
 * A growable list of document slots in a typed array: an inverted index over 100,000 articles holds millions
 * of these entries, and a plain array or Set would cost several times the memory.
 */
export class Postings {
  private slots = new Uint32Array(4);
  length = 0;

  push(slot: number): void {
    if (this.length === this.slots.length) {
      const grown = new Uint32Array(this.slots.length * 2);
      grown.set(this.slots);
      this.slots = grown;
    }
    this.slots[this.length++] = slot;
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

type NumberArray = Uint32Array | Float64Array;

/**
 * One growable typed array holding a small run of numbers per article (its words, its names), end to end:
 * a typed array per article would cost more in object headers than in numbers.
 */
export class Arena<T extends NumberArray> {
  private data: T;
  length = 0;

  constructor(private readonly make: (n: number) => T) {
    this.data = make(1024);
  }

  /** Room for n more numbers; returns where they start. */
  reserve(n: number): number {
    if (this.length + n > this.data.length) {
      const grown = this.make(Math.max(this.length + n, this.data.length * 2));
      grown.set(this.data as never);
      this.data = grown;
    }
    const start = this.length;
    this.length += n;
    return start;
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

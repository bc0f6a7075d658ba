/**
 * Strings to small numbers and back, so each article stores numbers instead of its own strings. The archive's
 * word lexicon is stored in IndexedDB too (append-only), so stored articles keep their words as numbers and
 * a restarted background loads them without reading a single word twice.
 */
export class Lexicon {
  private readonly ids = new Map<string, number>();
  readonly names: string[] = [];

  constructor(names: Iterable<string> = []) {
    for (const n of names) this.intern(n);
  }

  id(name: string): number | undefined {
    return this.ids.get(name);
  }

  intern(name: string): number {
    let id = this.ids.get(name);
    if (id === undefined) {
      id = this.names.push(name) - 1;
      this.ids.set(name, id);
    }
    return id;
  }

  /** Forgets the entries from `size` on: a write that added them was rolled back. */
  truncate(size: number): void {
    for (const name of this.names.splice(size)) this.ids.delete(name);
  }

  get size(): number {
    return this.names.length;
  }
}

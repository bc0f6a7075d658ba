/**
 * One copy of each repeated string. Strings read from IndexedDB are separate copies per article, so a
 * publisher or a name held by 100,000 articles would otherwise be stored 100,000 times.
 */
export class StringPool {
  private readonly strings = new Map<string, string>();

  share<T extends string | null>(s: T): T {
    if (s === null) return s;
    const known = this.strings.get(s);
    if (known !== undefined) return known as T;
    this.strings.set(s, s);
    return s;
  }
}

/**
 * FNV-1a over UTF-16 code units, as 16 hex digits (two 32-bit lanes with different seeds).
 * Synchronous and identical in Node and the browser, which is all an article id needs:
 * it is a deduplication key, not a security boundary.
 */
export function contentHash(text: string): string {
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ 0x5bd1e995;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x5bd1e995) ^ (b >>> 13);
  }
  return (a >>> 0).toString(16).padStart(8, '0') + (b >>> 0).toString(16).padStart(8, '0');
}

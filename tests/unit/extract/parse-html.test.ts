import { describe, expect, it } from 'vitest';
import { parseHtmlDocument } from '@/lib/extract/parse-html';

/**
 * linkedom is patched (scripts/patches/, applied by `npm ci`): a node gets its listener map on its first
 * addEventListener instead of at birth, which took a fifth of a large page's parse in garbage collection.
 * These hold the patched events to what the DOM promises.
 */
describe('parsed pages (patched linkedom)', () => {
  it('delivers events to listeners added later, bubbling up, and stops after removal', () => {
    const doc = parseHtmlDocument('<html><body><div id="outer"><p id="inner">text</p></div></body></html>');
    const inner = doc.getElementById('inner')!;
    const outer = doc.getElementById('outer')!;
    const heard: string[] = [];
    const onInner = () => heard.push('inner');
    inner.addEventListener('ping', onInner);
    outer.addEventListener('ping', () => heard.push('outer'));
    inner.dispatchEvent(new doc.defaultView!.Event('ping', { bubbles: true }));
    expect(heard).toEqual(['inner', 'outer']);
    inner.removeEventListener('ping', onInner);
    inner.dispatchEvent(new doc.defaultView!.Event('ping', { bubbles: true }));
    expect(heard).toEqual(['inner', 'outer', 'outer']);
  });

  it('lets a node that never had a listener remove one, or dispatch, without failing', () => {
    const doc = parseHtmlDocument('<p>text</p>');
    const p = doc.querySelector('p')!;
    expect(() => p.removeEventListener('ping', () => undefined)).not.toThrow();
    expect(p.dispatchEvent(new doc.defaultView!.Event('ping'))).toBe(true);
  });
});

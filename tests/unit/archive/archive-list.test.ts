import { describe, expect, it } from 'vitest';
import { DEFAULT_VIEW, publishersOf, viewArchiveList } from '@/lib/archive/archive-list';
import type { ArchiveListItem } from '@/lib/extension/messages';

const item = (id: string, title: string, publisher: string, publishedAt: string, origin: ArchiveListItem['origin'], addedAt: string): ArchiveListItem => ({ id, title, publisher, publishedAt, origin, addedAt, url: null });
const items = [
  item('a', 'Trump signs off on 28-point plan', 'Anadolu Agency', '2025-11-20T00:00:00Z', 'bundled', '2026-01-01T00:00:00Z'),
  item('b', 'Gaza ceasefire holds', 'Harbour Times', '2025-10-14T00:00:00Z', 'saved', '2026-01-03T00:00:00Z'),
  item('c', 'Kremlin says it received proposal', 'The Daily Ledger', '2025-11-21T00:00:00Z', 'imported', '2026-01-02T00:00:00Z'),
];

describe('viewArchiveList', () => {
  it('sorts by publication date, newest first, by default', () => {
    expect(viewArchiveList(items, DEFAULT_VIEW).map((i) => i.id)).toEqual(['c', 'a', 'b']);
  });
  it('sorts by date added and by title', () => {
    expect(viewArchiveList(items, { ...DEFAULT_VIEW, sort: 'added-newest' }).map((i) => i.id)).toEqual(['b', 'c', 'a']);
    expect(viewArchiveList(items, { ...DEFAULT_VIEW, sort: 'title' }).map((i) => i.id)).toEqual(['b', 'c', 'a']);
  });
  it('filters by words (title or publisher, any case and accent), origin and publisher', () => {
    expect(viewArchiveList(items, { ...DEFAULT_VIEW, query: 'KREMLIN ledger' }).map((i) => i.id)).toEqual(['c']);
    expect(viewArchiveList(items, { ...DEFAULT_VIEW, origin: 'saved' }).map((i) => i.id)).toEqual(['b']);
    expect(viewArchiveList(items, { ...DEFAULT_VIEW, publisher: 'Anadolu Agency' }).map((i) => i.id)).toEqual(['a']);
  });
  it('filters by publication date, both ends inclusive, leaving undated articles out once a date is set', () => {
    const undated = { ...item('d', 'Undated note', 'Blog', '', 'saved', '2026-01-04T00:00:00Z'), publishedAt: null };
    const all = [...items, undated];
    expect(viewArchiveList(all, { ...DEFAULT_VIEW, from: '2025-11-20' }).map((i) => i.id)).toEqual(['c', 'a']);
    expect(viewArchiveList(all, { ...DEFAULT_VIEW, to: '2025-11-20' }).map((i) => i.id)).toEqual(['a', 'b']);
    expect(viewArchiveList(all, { ...DEFAULT_VIEW, from: '2025-11-01', to: '2025-11-20' }).map((i) => i.id)).toEqual(['a']);
    expect(viewArchiveList(all, DEFAULT_VIEW).map((i) => i.id)).toContain('d');
  });
  it('lists publishers once, sorted', () => {
    expect(publishersOf([...items, items[0]!])).toEqual(['Anadolu Agency', 'Harbour Times', 'The Daily Ledger']);
  });
});

import type { ArchiveListItem } from '../extension/messages';
import type { ArticleOrigin } from '../types';
import { foldCase } from '../text/normalize';

export type ArchiveSort = 'published-newest' | 'published-oldest' | 'added-newest' | 'title';

export interface ArchiveListView {
  query: string;
  origin: ArticleOrigin | 'all';
  publisher: string | 'all';
  /** Published on or after this day (YYYY-MM-DD), or '' for no limit. */
  from: string;
  /** Published on or before this day (YYYY-MM-DD), or '' for no limit. */
  to: string;
  sort: ArchiveSort;
}

export const DEFAULT_VIEW: ArchiveListView = { query: '', origin: 'all', publisher: 'all', from: '', to: '', sort: 'published-newest' };

/**
 * The archive manager's list as the reader asked to see it: filtered by words, origin, publisher and
 * publication date (an article without a date is left out once a date is set), sorted.
 */
export function viewArchiveList(items: ArchiveListItem[], view: ArchiveListView): ArchiveListItem[] {
  const words = foldCase(view.query).split(/\s+/).filter(Boolean);
  const shown = items.filter((item) => {
    if (view.origin !== 'all' && item.origin !== view.origin) return false;
    if (view.publisher !== 'all' && item.publisher !== view.publisher) return false;
    // ISO dates compare as text; a day's own articles are inside the range at both ends.
    const day = item.publishedAt?.slice(0, 10) ?? null;
    if ((view.from || view.to) && day === null) return false;
    if (view.from && day! < view.from) return false;
    if (view.to && day! > view.to) return false;
    const haystack = foldCase(`${item.title} ${item.publisher ?? ''}`);
    return words.every((w) => haystack.includes(w));
  });
  const by: Record<ArchiveSort, (a: ArchiveListItem, b: ArchiveListItem) => number> = {
    'published-newest': (a, b) => (b.publishedAt ?? '').localeCompare(a.publishedAt ?? ''),
    'published-oldest': (a, b) => (a.publishedAt ?? '\uffff').localeCompare(b.publishedAt ?? '\uffff'),
    'added-newest': (a, b) => b.addedAt.localeCompare(a.addedAt),
    title: (a, b) => a.title.localeCompare(b.title),
  };
  return shown.sort(by[view.sort]);
}

/** Publishers present in the archive, for the filter. */
export function publishersOf(items: ArchiveListItem[]): string[] {
  return [...new Set(items.map((i) => i.publisher).filter((p): p is string => !!p))].sort((a, b) => a.localeCompare(b));
}

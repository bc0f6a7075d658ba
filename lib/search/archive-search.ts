import Fuse, { type FuseResultMatch } from 'fuse.js';
import type { ArchivedArticle } from '../types';
import type { SearchHit } from '../extension/messages';

interface SearchRecord {
  id: string;
  title: string;
  people: string[];
  organizations: string[];
  places: string[];
  publisher: string;
  article: ArchivedArticle;
}

const FIELD_LABEL: Record<string, string> = { people: 'person', organizations: 'organisation', places: 'place', publisher: 'publisher' };

/**
 * The popup's typo-tolerant search: fuse.js over titles, people, organisations, places and publishers
 * (with aliases, so "Kiev" finds "Kyiv"), never over full text, which is what keeps it fast.
 */
export class ArchiveSearch {
  private readonly fuse: Fuse<SearchRecord>;

  constructor(articles: Iterable<ArchivedArticle>) {
    this.fuse = new Fuse([...articles].map(toRecord), {
      keys: [
        { name: 'title', weight: 2 },
        { name: 'people', weight: 1.5 },
        { name: 'organizations', weight: 1 },
        { name: 'places', weight: 1 },
        { name: 'publisher', weight: 0.8 },
      ],
      includeMatches: true,
      includeScore: true,
      ignoreLocation: true,
      threshold: 0.35,
      minMatchCharLength: 2,
    });
  }

  add(article: ArchivedArticle): void {
    this.remove(article.id);
    this.fuse.add(toRecord(article));
  }

  remove(id: string): void {
    this.fuse.remove((r) => r.id === id);
  }

  search(query: string, limit = 20): SearchHit[] {
    const q = query.trim();
    if (q.length < 2) return [];
    return this.fuse.search(q, { limit }).map(({ item, matches = [] }) => {
      const title = matches.find((m) => m.key === 'title');
      const other = matches.filter((m) => m.key !== 'title').sort((a, b) => longest(b) - longest(a))[0];
      return {
        id: item.id,
        title: item.title,
        publisher: item.article.publisher,
        publishedAt: item.article.publishedAt,
        url: item.article.url,
        titleMatches: title ? usefulRanges(title) : [],
        matchedAlso: !title || longest(title) < 3 ? otherField(other) : null,
      };
    });
  }
}

function toRecord(a: ArchivedArticle): SearchRecord {
  const named = (type: string) => a.entities.filter((e) => e.type === type).flatMap((e) => [e.name, ...e.aliases]);
  return {
    id: a.id,
    title: a.title,
    people: named('person'),
    organizations: named('organization'),
    places: named('place'),
    publisher: a.publisher ?? '',
    article: a,
  };
}

function otherField(m: FuseResultMatch | undefined): SearchHit['matchedAlso'] {
  if (!m || m.value === undefined || !m.key) return null;
  return { field: FIELD_LABEL[m.key] ?? m.key, text: m.value, ranges: usefulRanges(m) };
}

/** Fuse reports every matched character run; one- and two-letter runs are noise to the eye. */
function usefulRanges(m: FuseResultMatch): Array<[number, number]> {
  return m.indices.filter(([s, e]) => e - s >= 2).map(([s, e]) => [s, e]);
}

function longest(m: FuseResultMatch): number {
  return Math.max(0, ...m.indices.map(([s, e]) => e - s + 1));
}

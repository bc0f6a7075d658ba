import Fuse, { type FuseResultMatch } from 'fuse.js';
import { nameType, type IndexRecord } from '../match/index-record';
import type { SearchHit } from '../extension/messages';
import type { EntityType } from '../types';
import { StringPool } from '../text/string-pool';
import { TokenIndex, tokenize } from './token-index';

/** What search needs of an article: its index record has it. */
export type Searchable = Pick<IndexRecord, 'id' | 'title' | 'publisher' | 'publishedAt' | 'url' | 'names' | 'nameTypes' | 'nameAliases'>;

interface SearchRecord {
  id: string;
  title: string;
  people: string[];
  organizations: string[];
  places: string[];
  publisher: string;
  publishedAt: string | null;
  url: string | null;
}

const FIELD_LABEL: Record<string, string> = { people: 'person', organizations: 'organisation', places: 'place', publisher: 'publisher' };

const FUSE_OPTIONS = {
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
};

/** How many articles the word index hands to fuse.js for the final, typo-tolerant ranking. */
const SHORTLIST = 60;

/**
 * The popup's typo-tolerant search over titles, people, organisations, places and publishers (with aliases,
 * so "Kiev" finds "Kyiv"), never over full text. A word index shortlists articles for every keystroke;
 * fuse.js ranks the shortlist and marks the matched characters. fuse.js over the whole archive took about
 * 265 ms a keystroke at 10,000 articles (npm run bench).
 */
export class ArchiveSearch {
  private readonly records: Array<SearchRecord | undefined> = [];
  private readonly slotOf = new Map<string, number>();
  private readonly words = new TokenIndex();
  /** One copy of each name and publisher, shared by every article that has it. */
  private readonly strings = new StringPool();
  private readonly nameTokens = new Map<string, string[]>();

  constructor(articles: Iterable<Searchable>) {
    for (const a of articles) this.add(a);
  }

  add(article: Searchable): void {
    this.remove(article.id);
    const record = toRecord(article, this.strings);
    const slot = this.records.push(record) - 1;
    this.slotOf.set(article.id, slot);
    this.words.add(slot, record.title, 2);
    this.words.addTokens(slot, this.tokensOf(record.people), 1.5);
    this.words.addTokens(slot, this.tokensOf(record.organizations, record.places), 1);
    this.words.addTokens(slot, this.tokensOfName(record.publisher), 0.8);
  }

  /** The distinct words of the names (a Set built in place: this runs for every article at a restart). */
  private tokensOf(...lists: string[][]): Iterable<string> {
    const tokens = new Set<string>();
    for (const names of lists) for (const name of names) for (const token of this.tokensOfName(name)) tokens.add(token);
    return tokens;
  }

  private tokensOfName(name: string): string[] {
    let tokens = this.nameTokens.get(name);
    if (!tokens) this.nameTokens.set(name, (tokens = tokenize(name)));
    return tokens;
  }

  remove(id: string): void {
    const slot = this.slotOf.get(id);
    if (slot === undefined) return;
    this.words.remove(slot);
    this.records[slot] = undefined;
    this.slotOf.delete(id);
  }

  search(query: string, limit = 20): SearchHit[] {
    const q = query.trim();
    if (q.length < 2) return [];
    const shortlist = this.words.candidates(q, SHORTLIST).map((slot) => this.records[slot]!);
    if (!shortlist.length) return [];
    // The word index ranks (a title word outranks a place name); fuse.js confirms and marks the matches.
    const rank = new Map(shortlist.map((r, i) => [r.id, i]));
    const confirmed = new Fuse(shortlist, FUSE_OPTIONS).search(q).sort((a, b) => rank.get(a.item.id)! - rank.get(b.item.id)!);
    return confirmed.slice(0, limit).map(({ item, matches = [] }) => {
      const title = matches.find((m) => m.key === 'title');
      const other = matches.filter((m) => m.key !== 'title').sort((a, b) => longest(b) - longest(a))[0];
      return {
        id: item.id,
        title: item.title,
        publisher: item.publisher || null,
        publishedAt: item.publishedAt,
        url: item.url,
        titleMatches: title ? usefulRanges(title) : [],
        matchedAlso: !title || longest(title) < 3 ? otherField(other) : null,
      };
    });
  }
}

const NONE: string[] = [];

function toRecord(a: Searchable, strings: StringPool): SearchRecord {
  // One pass over the names (with their other spellings), each into its type's list.
  const lists: Record<EntityType, string[]> = { person: [], organization: [], place: [], other: [] };
  a.names.forEach((name, i) => {
    const list = lists[nameType(a, i)];
    list.push(strings.share(name));
    if (a.nameAliases[i]) for (const alias of a.nameAliases[i]!.split('|')) list.push(strings.share(alias));
  });
  const orNone = (names: string[]) => (names.length ? names : NONE);
  return {
    id: a.id,
    title: a.title,
    people: orNone(lists.person),
    organizations: orNone(lists.organization),
    places: orNone(lists.place),
    publisher: strings.share(a.publisher ?? ''),
    publishedAt: strings.share(a.publishedAt),
    url: a.url,
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

import type { EntityType } from '../types';
import { foldCase } from '../text/normalize';

/** One entry of data/aliases.json: a canonical entity and the spellings that name it. */
export interface AliasEntry {
  name: string;
  type: EntityType;
  aliases: string[];
  /** For institutions that stand for a government: "the Kremlin" is Russia's presidency. */
  standsFor?: string;
}

export interface AliasData {
  entities: AliasEntry[];
  titles: string[];
}

/** Looks up spellings (case- and accent-insensitive) and strips titles ("US President Donald Trump" → "Donald Trump"). */
export class AliasBook {
  private readonly bySpelling = new Map<string, AliasEntry>();
  private readonly titlePattern: RegExp;

  constructor(data: AliasData) {
    for (const entry of data.entities) {
      for (const spelling of [entry.name, ...entry.aliases]) this.bySpelling.set(key(spelling), entry);
    }
    const titles = [...data.titles].sort((a, b) => b.length - a.length).map(escapeRegExp);
    this.titlePattern = new RegExp(`^(?:the\\s+)?(?:(?:${titles.join('|')})\\s+)+`, 'i');
  }

  lookup(spelling: string): AliasEntry | undefined {
    return this.bySpelling.get(key(spelling)) ?? this.bySpelling.get(key(this.stripTitle(spelling)));
  }

  stripTitle(name: string): string {
    return name.replace(this.titlePattern, '').trim();
  }

  /** Every known spelling, longest first, for finding gazetteer entities that a tagger missed. */
  spellings(): string[] {
    return [...this.bySpelling.keys()].sort((a, b) => b.length - a.length);
  }

  entryFor(foldedSpelling: string): AliasEntry | undefined {
    return this.bySpelling.get(foldedSpelling);
  }
}

function key(spelling: string): string {
  return foldCase(spelling).replace(/^the\s+/, '').replace(/['’]s$/, '').replace(/[.,;:]+$/, '').trim();
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

import { describe, expect, it } from 'vitest';
import { ArchiveIndex } from '@/lib/match/archive-index';
import { matchFeatures } from '@/lib/match/features';
import { indexRecordOf, type IndexRecord } from '@/lib/match/index-record';
import { Lexicon } from '@/lib/match/lexicon';
import { rankRelated } from '@/lib/match/rank-related';
import { articlePool } from '../../../scripts/bench/generate-archive';
import { bundledArchive } from '../support/engine';

const seed = () => bundledArchive().articles[0]!;
const lexicon = new Lexicon();

/** Copies of the seed with fewer and fewer paragraphs: related to it, each by a different amount. */
function copies(n: number, prefix: string): IndexRecord[] {
  const s = seed();
  return Array.from({ length: n }, (_, i) => indexRecordOf({ ...s, id: `${prefix}${i}`, contentHash: `${prefix}${i}`, paragraphs: s.paragraphs.slice(0, 1 + (i % s.paragraphs.length)) }, lexicon));
}

const rank = (index: ArchiveIndex) => {
  const s = seed();
  return rankRelated(index, matchFeatures(s, '', s.entities, s.keyTerms), { threshold: 0, limit: 50 }).map((r) => [r.entry.id, r.score]);
};

describe('ArchiveIndex', () => {
  it('ranks the same after many removals (and the rebuild they cause) as a fresh index of what is left', () => {
    const kept = copies(40, 'kept-');
    const index = new ArchiveIndex([...copies(1200, 'gone-'), ...kept], lexicon);
    expect(index.size).toBe(1240);
    for (let i = 0; i < 1200; i++) index.remove(`gone-${i}`);
    expect(index.size).toBe(40);
    expect(rank(index)).toEqual(rank(new ArchiveIndex(kept, lexicon)));
    expect([...index.all()].map((e) => e.id)).toEqual(kept.map((r) => r.id));
  });

  it('holds the same lists built in one go as article by article, or in one go and then added to', () => {
    // Real reporting (NewsWCL50 and ECB+ texts): many stories, many names, words shared across them.
    const articles = articlePool(80);
    const records = articles.map((a) => indexRecordOf(a, lexicon));
    const whole = new ArchiveIndex(records, lexicon);
    const oneByOne = new ArchiveIndex([], lexicon);
    for (const r of records) oneByOne.add(r);
    const half = Math.floor(records.length / 2);
    const addedTo = new ArchiveIndex(records.slice(0, half), lexicon);
    for (const r of records.slice(half)) addedTo.add(r);
        for (const page of articles) {
      const features = matchFeatures(page, '', page.entities, page.keyTerms);
      const found = (index: ArchiveIndex) => ({
        candidates: index.candidates(features).map((e) => e.id),
        ranked: rankRelated(index, features, { threshold: 0, limit: 50 }).map((r) => [r.entry.id, r.score]),
      });
      const expected = found(whole);
      expect(expected.candidates.length).toBeGreaterThan(0);
      expect(found(oneByOne)).toEqual(expected);
      expect(found(addedTo)).toEqual(expected);
    }
  });

  it('forgets a removed article, and an article added again replaces its old copy', () => {
    const index = new ArchiveIndex(copies(3, 'a-'), lexicon);
    index.remove('a-1');
    expect(rank(index).map(([id]) => id)).not.toContain('a-1');
    index.add(copies(3, 'a-')[2]!);
    expect(index.size).toBe(2);
    expect(rank(index).map(([id]) => id).sort()).toEqual(['a-0', 'a-2']);
  });
});

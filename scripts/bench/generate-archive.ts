/**
 * Realistic archives of any size for the benchmark: a pool of real articles from the corpora (ECB+ and
 * NewsWCL50 texts, analysed once by the engine), varied per copy: new id and address, shifted date, a
 * renamed person, paragraphs rotated. Names, words and lengths keep the corpora's distributions.
 */
import { readFileSync } from 'node:fs';
import { prepareArticle } from '../../lib/archive/prepare';
import { defaultAliases } from '../../lib/nlp/default-aliases';
import type { ArchivedArticle, Article } from '../../lib/types';
import { corpus } from '../eval/corpora';

const FIRST = ['Anna', 'Marek', 'Sofia', 'Omar', 'Lena', 'Kofi', 'Yuki', 'Pablo', 'Irina', 'Tomas', 'Aisha', 'Jonas'];
const LAST = ['Kowalski', 'Haddad', 'Novak', 'Okafor', 'Silva', 'Tanaka', 'Berg', 'Moreau', 'Petrov', 'Quinn', 'Rahman', 'Vogel'];

export function articlePool(size: number): ArchivedArticle[] {
  const texts = [
    ...readJsonl(corpus('newswcl50', 'articles.jsonl')),
    ...readJsonl(corpus('ecbplus', 'ecbplus_docs.jsonl')),
  ].slice(0, size);
  return texts.map((t, i) => prepareArticle(asArticle(String(t.text), i), 'imported', defaultAliases, new Date(0)));
}

export function generateArchive(pool: ArchivedArticle[], n: number): ArchivedArticle[] {
  const out: ArchivedArticle[] = [];
  for (let i = 0; i < n; i++) {
    const base = pool[i % pool.length]!;
    const copy = Math.floor(i / pool.length);
    const person = base.entities.find((e) => e.type === 'person');
    const newName = `${FIRST[i % FIRST.length]} ${LAST[(i * 7 + copy) % LAST.length]}`;
    const rename = (s: string) => (person && copy > 0 ? s.split(person.name).join(newName) : s);
    const rotate = copy % Math.max(1, base.paragraphs.length);
    const paragraphs = [...base.paragraphs.slice(rotate), ...base.paragraphs.slice(0, rotate)].map(rename);
    const id = `gen-${i}`;
    out.push({
      ...base,
      id,
      contentHash: id,
      url: `https://news${i % 50}.example/${2015 + (i % 10)}/${(i % 12) + 1}/${(i % 28) + 1}/story-${i}`,
      title: rename(base.title) + (copy ? ` (${copy})` : ''),
      publishedAt: new Date(Date.UTC(2015 + (i % 10), i % 12, (i % 28) + 1)).toISOString(),
      paragraphs,
      entities: base.entities.map((e) => (person && copy > 0 && e.name === person.name ? { ...e, name: newName, aliases: [] } : e)),
    });
  }
  return out;
}

function asArticle(text: string, i: number): Article {
  const [title, ...paragraphs] = text.split('\n').map((l) => l.trim()).filter(Boolean);
  return { title: title ?? `Article ${i}`, standfirst: null, byline: null, publisher: `Outlet ${i % 40}`, publishedAt: null, section: null, url: null, lang: 'en', paragraphs };
}

function readJsonl(path: string): Array<Record<string, unknown>> {
  return readFileSync(path, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as Record<string, unknown>);
}

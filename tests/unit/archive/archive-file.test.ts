import { describe, expect, it } from 'vitest';
import { parseArchiveFile, toArchiveFile, toArchiveNdjson } from '@/lib/archive/archive-file';
import { bundledArchive } from '../support/engine';

const articles = () => [bundledArchive().articles[0]!, { ...bundledArchive().articles[0]!, id: 'b', contentHash: 'b', title: 'Another' }];

describe('export files', () => {
  it('JSON and NDJSON both read back exactly what was written', () => {
    const now = new Date('2026-11-24T00:00:00Z');
    expect(parseArchiveFile(JSON.stringify(toArchiveFile(articles(), now)))).toEqual({ ok: true, articles: articles() });
    const ndjson = toArchiveNdjson(articles(), now);
    expect(ndjson.trim().split('\n')).toHaveLength(3);
    expect(parseArchiveFile(ndjson)).toEqual({ ok: true, articles: articles() });
  });

  it('refuses an article address that is not http(s): it could run script when opened', () => {
    const file = toArchiveFile([{ ...articles()[0]!, url: 'javascript:alert(1)' }], new Date());
    expect(parseArchiveFile(JSON.stringify(file))).toMatchObject({ ok: false, problems: [{ index: 0, problem: 'url must be an http(s) address' }] });
  });

  it('a truncated NDJSON file is refused, naming the broken line', () => {
    const ndjson = toArchiveNdjson(articles(), new Date());
    const truncated = ndjson.slice(0, ndjson.length - 40);
    expect(parseArchiveFile(truncated)).toMatchObject({ ok: false, problems: [{ index: 1, problem: expect.stringMatching(/not valid JSON/) }] });
  });

  it('an NDJSON record that is valid JSON but not an article is refused with its line', () => {
    const lines = toArchiveNdjson(articles(), new Date()).trim().split('\n');
    lines.push(JSON.stringify({ id: 'x', title: 'No paragraphs' }));
    expect(parseArchiveFile(lines.join('\n'))).toMatchObject({ ok: false, problems: [{ index: 2, problem: expect.stringMatching(/paragraphs/) }] });
  });

  it('text that is neither gives the plain message', () => {
    expect(parseArchiveFile('hello\nworld')).toMatchObject({ ok: false, error: expect.stringMatching(/not JSON/) });
  });
});

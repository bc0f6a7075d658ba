import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyzePage } from '@/lib/analyze';
import { archiveInMemory } from '@/lib/archive/article-source';
import { prepareArticle } from '@/lib/archive/prepare';
import { extractArticle } from '@/lib/extract/extract-article';
import { parseHtmlDocument } from '@/lib/extract/parse-html';
import { defaultAliases } from '@/lib/nlp/default-aliases';
import type { ArchivedArticle } from '@/lib/types';
import { corpus } from '../../../scripts/eval/corpora';
import { bundledArchive } from '../support/engine';

const page = (folder: string) => readFileSync(corpus('readability-test-pages', folder, 'source.html'), 'utf8');

/** An earlier report of a test page's story, as the page bench archives it: every other paragraph, elsewhere. */
function earlierReport(folder: string): ArchivedArticle {
  const { article } = extractArticle(parseHtmlDocument(page(folder)), `http://127.0.0.1/${folder}/page.html`);
  const report = { ...article, title: `Earlier report: ${article.title}`, paragraphs: article.paragraphs.filter((_, i) => i % 2 === 0), url: `https://earlier.example/${folder}` };
  return { ...prepareArticle(report, 'imported', defaultAliases, new Date(0)), id: `earlier-${folder}` };
}

describe('related reporting in scripts without Latin letters', () => {
  it('finds the earlier report of a Chinese story (youth) and not that of another Chinese story (qq)', async () => {
    const archive = [...bundledArchive().articles, earlierReport('youth'), earlierReport('qq')];
    const ctx = { ...archiveInMemory(archive), aliases: defaultAliases };
    const { isArticle, related } = await analyzePage(parseHtmlDocument(page('youth')), 'http://127.0.0.1/youth/page.html', ctx);
    expect(isArticle).toBe(true);
    expect(related.map((r) => r.id)).toEqual(['earlier-youth']);
    // The reasons are the story's own words, in its own script.
    expect(related[0]!.why.join(' ')).toMatch(/\p{sc=Han}/u);
  });
});

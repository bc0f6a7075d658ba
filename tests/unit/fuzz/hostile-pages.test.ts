import { describe, expect, it } from 'vitest';
import { analyzeHtml, MAX_PAGE_HTML } from '@/lib/analyze';
import { archiveInMemory } from '@/lib/archive/article-source';
import { parseHtmlDocument } from '@/lib/extract/parse-html';
import { extractorFor } from '@/lib/extract/page-extractor';
import { defaultAliases } from '@/lib/nlp/default-aliases';
import { bundledArchive } from '../support/engine';
import { hostilePages, twentyMegabytePage } from './hostile-pages';

const PAGES = Number(process.env.CROSSCHECK_FUZZ_PAGES ?? 5000);
/** No page may hold the background longer than this (2 cores, shared with the rest of the test run). */
const BOUND_MS = 3000;

const ctx = () => ({ ...archiveInMemory(bundledArchive().articles), aliases: defaultAliases });
const URL_ = 'https://example.com/2025/11/21/kremlin-plan-talks';

describe('hostile and malformed pages', () => {
  it(`answers each of ${PAGES} generated pages without a crash, within a bounded time`, async () => {
    const engine = ctx();
    const slowest = new Map<string, number>();
    let i = -1;
    for (const page of hostilePages(PAGES)) {
      i++;
      // Let the test runner's own messages through now and then: a loop of microtasks alone starves them.
      if (i % 20 === 0) await new Promise((resolve) => setTimeout(resolve, 0));
      const t = performance.now();
      const analysis = await analyzeHtml(page.html, URL_, engine, extractorFor(parseHtmlDocument)).catch((error: Error) => {
        throw new Error(`page ${i} (${page.kind}) crashed: ${error.message}`);
      });
      const ms = performance.now() - t;
      expect(typeof analysis.isArticle, `page ${i} (${page.kind})`).toBe('boolean');
      expect(ms, `page ${i} (${page.kind}) took ${ms.toFixed(0)} ms`).toBeLessThan(BOUND_MS);
      slowest.set(page.kind, Math.max(slowest.get(page.kind) ?? 0, ms));
    }
    const report = [...slowest].sort((a, b) => b[1] - a[1]).map(([kind, ms]) => `${kind} ${ms.toFixed(0)} ms`);
    console.log(`fuzz: ${PAGES} pages, slowest by kind: ${report.join(', ')}`);
  }, 900_000);

  it('turns down a 20 MB page without parsing it, and a page past the tree limits without Readability', async () => {
    const engine = ctx();
    const huge = twentyMegabytePage();
    expect(huge.length).toBeGreaterThan(MAX_PAGE_HTML);
    let t = performance.now();
    expect((await analyzeHtml(huge, URL_, engine, extractorFor(parseHtmlDocument))).isArticle).toBe(false);
    const hugeMs = performance.now() - t;
    const deep = `<html><body>${'<div>'.repeat(5000)}Peskov said the plan was received.${'</div>'.repeat(5000)}</body></html>`;
    t = performance.now();
    expect((await analyzeHtml(deep, URL_, engine, extractorFor(parseHtmlDocument))).isArticle).toBe(false);
    const deepMs = performance.now() - t;
    console.log(`20 MB page: ${hugeMs.toFixed(0)} ms; 5,000 deep: ${deepMs.toFixed(0)} ms`);
    expect(hugeMs).toBeLessThan(BOUND_MS);
    expect(deepMs).toBeLessThan(BOUND_MS);
  });
});

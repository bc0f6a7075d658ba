import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it, vi } from 'vitest';
import { ArchiveService } from '@/lib/archive/archive-service';
import { ArchiveStore } from '@/lib/archive/archive-store';
import { ArchiveSearch } from '@/lib/search/archive-search';
import { extractorFor } from '@/lib/extract/page-extractor';
import { parseHtmlDocument } from '@/lib/extract/parse-html';
import { defaultAliases } from '@/lib/nlp/default-aliases';
import { shippedStanceModel } from '@/lib/stance/shipped-model';
import type { StanceModel } from '@/lib/stance/stance-model';
import { ARTICLE_URL, bundledArchive, fixturePage } from '../support/engine';

async function start(factory = new IDBFactory(), options: { stance?: () => StanceModel; packAfterMs?: number } = {}) {
  const store = await ArchiveStore.open(factory);
  const service = await ArchiveService.start({ store, bundled: bundledArchive(), aliases: defaultAliases, extractPage: extractorFor(parseHtmlDocument), now: () => new Date('2026-01-01T00:00:00Z'), ...options });
  return { store, service, factory };
}

describe('ArchiveService', () => {
  it('asks for the stance model only when an analysis weighs a related article, so a restarted background counts without it', async () => {
    let asked = 0;
    const { service } = await start(new IDBFactory(), {
      stance: () => {
        asked++;
        return shippedStanceModel();
      },
    });
    const unrelated = await service.analyzeGlance({ title: 'Tide tables for the harbour', description: null, lang: 'en', paragraphs: ['High water at the harbour is at six in the morning and again in the evening, the port office said.'] }, 'https://example.org/tides');
    expect(unrelated.related).toEqual([]);
    expect(asked).toBe(0);
    const analysis = await service.analyzeHtml(fixturePage('peace-plan-article.html'), ARTICLE_URL);
    expect(analysis.related).toHaveLength(1);
    expect(asked).toBeGreaterThan(0);
  });

  it('packs the stored index records a while after it starts and after writes, so a restart reads the packs', async () => {
    const factory = new IDBFactory();
    // Each store's own packings: other tests' services pack on their own timers.
    const packing = vi.spyOn(ArchiveStore.prototype, 'packIfDue');
    const packingsOf = (store: ArchiveStore) => packing.mock.contexts.flatMap((c, i) => (c === store ? [packing.mock.results[i]!.value as Promise<boolean>] : []));
    const open = async () => {
      const started = await start(factory, { packAfterMs: 10 });
      return { ...started, packings: () => packingsOf(started.store) };
    };
    const first = await open();
    expect(first.packings()).toHaveLength(0);
    await vi.waitFor(() => expect(first.packings()).toHaveLength(1));
    // Never packed before: the first start packs.
    await expect(first.packings()[0]).resolves.toBe(true);
    const [seed] = (await first.service.exportFile()).articles;
    const copies = Array.from({ length: 250 }, (_, i) => ({ ...seed!, id: `copy-${i}`, contentHash: `copy-${i}`, url: `https://example.com/${i}`, origin: 'imported' as const }));
    await first.service.importFile(JSON.stringify({ ...(await first.service.exportFile()), articles: copies }));
    await vi.waitFor(() => expect(first.packings()).toHaveLength(2));
    await expect(first.packings()[1]).resolves.toBe(true);
    first.store.close();

    const getAll = vi.spyOn(IDBObjectStore.prototype, 'getAll');
    const again = await open();
    expect(getAll.mock.contexts.map((s) => (s as IDBObjectStore).name)).toEqual(['lexicon', 'packs']);
    getAll.mockRestore();
    expect(again.service.list()).toHaveLength(251);
    expect(again.service.list().find((a) => a.id === 'copy-249')).toMatchObject({ url: 'https://example.com/249', origin: 'imported' });
    expect(again.service.find('Peskow').length).toBeGreaterThan(0);
    await vi.waitFor(() => expect(again.packings()).toHaveLength(1));
    // Nothing was written since: no packing.
    await expect(again.packings()[0]).resolves.toBe(false);
    again.store.close();
    packing.mockRestore();
  });

  it('after a start, builds the popup index 3 s after matching’s (not between a page’s glance and its sidebar), or at once for a search', async () => {
    // Read from the service itself: other tests' services build their own indexes on their own timers.
    const popupIndex = (service: ArchiveService) => (service as unknown as { builtSearch: ArchiveSearch | null }).builtSearch;
    const { service } = await start();
    const glance = { title: 'Kremlin weighs the peace plan', description: null, lang: 'en', paragraphs: ['Peskov said the Kremlin had received the 28-point plan.'] };
    const askedAt = performance.now();
    expect((await service.analyzeGlance(glance, 'https://example.org/kremlin')).related).toHaveLength(1);
    expect(popupIndex(service)).toBeNull();
    await vi.waitFor(() => expect(popupIndex(service)).not.toBeNull(), { timeout: 5_000, interval: 20 });
    expect(performance.now() - askedAt).toBeGreaterThan(2_900);
    // A search first: its index is built at once.
    const again = await start();
    expect(popupIndex(again.service)).toBeNull();
    expect(again.service.find('Peskow')[0]?.title).toContain('28-point plan');
  });

  it('starts with the bundled archive and relates the demo article to the seed', async () => {
    const { service } = await start();
    expect(await service.list()).toHaveLength(1);
    const analysis = await service.analyzeHtml(fixturePage('peace-plan-article.html'), ARTICLE_URL);
    expect(analysis.related.map((r) => r.title)).toEqual([expect.stringContaining('28-point plan')]);
  });

  it('export, delete, import gives back the same archive, and matching still works', async () => {
    const { service } = await start();
    const exported = await service.exportFile();
    await service.delete(exported.articles.map((a) => a.id));
    expect(await service.list()).toHaveLength(0);
    expect((await service.analyzeHtml(fixturePage('peace-plan-article.html'), ARTICLE_URL)).related).toHaveLength(0);
    const result = await service.importFile(JSON.stringify(exported));
    expect(result).toEqual({ ok: true, added: 1, merged: 0 });
    expect((await service.exportFile()).articles).toEqual(exported.articles);
    expect((await service.analyzeHtml(fixturePage('peace-plan-article.html'), ARTICLE_URL)).related).toHaveLength(1);
    expect(service.find('Peskow')[0]?.title).toContain('28-point plan');
  });

  it('exports the chosen articles alone, once each, and skips ids it does not hold', async () => {
    const { service } = await start();
    const [seed] = (await service.exportFile()).articles;
    const copies = [1, 2].map((i) => ({ ...seed!, id: `copy-${i}`, contentHash: `copy-${i}`, url: `https://example.com/${i}`, title: `Copy ${i}` }));
    await service.importFile(JSON.stringify({ ...(await service.exportFile()), articles: copies }));
    const chosen = await service.exportFile(['copy-2', 'gone', 'copy-2', seed!.id]);
    expect(chosen.articles.map((a) => a.id)).toEqual(['copy-2', seed!.id]);
    expect(chosen.articles[0]).toEqual(copies[1]);
    expect((await service.exportFile([])).articles).toEqual([]);
  });

  it('reports progress on a large import, and a cancelled one leaves the archive exactly as it was', async () => {
    const { service } = await start();
    const file = await service.exportFile();
    const many = Array.from({ length: 450 }, (_, i) => ({ ...file.articles[0]!, id: `copy-${i}`, contentHash: `copy-${i}`, url: `https://example.com/${i}`, title: `Copy ${i}` }));
    const text = JSON.stringify({ ...file, articles: many });

    const cancel = new AbortController();
    const seen: number[] = [];
    const cancelled = await service.importFile(text, {
      signal: cancel.signal,
      onProgress: (done, total) => {
        seen.push(done);
        expect(total).toBe(450);
        if (done >= 200) cancel.abort();
      },
    });
    expect(cancelled).toMatchObject({ ok: false, error: expect.stringMatching(/cancelled/) });
    expect(seen).toEqual([100, 200]);
    expect(service.list().map((a) => a.id)).toEqual(file.articles.map((a) => a.id));
    expect((await service.exportFile()).articles).toEqual(file.articles);
    expect(service.find('Copy 1')).toEqual([]);

    const progress: number[] = [];
    expect(await service.importFile(text, { onProgress: (done) => progress.push(done) })).toEqual({ ok: true, added: 450, merged: 0 });
    expect(progress).toEqual([100, 200, 300, 400, 450]);
    expect(service.list()).toHaveLength(451);
  });

  it('merges duplicates within one file: same text, or same address', async () => {
    const { service } = await start();
    const file = await service.exportFile();
    const a = { ...file.articles[0]!, id: 'a', contentHash: 'hash-a', url: 'https://example.com/a', title: 'A' };
    const sameText = { ...a, id: 'a-copy', url: 'https://example.com/a-copy' };
    const sameAddress = { ...a, id: 'a-again', contentHash: 'hash-a2' };
    const result = await service.importFile(JSON.stringify({ ...file, articles: [a, sameText, sameAddress] }));
    expect(result).toEqual({ ok: true, added: 1, merged: 2 });
    expect(service.list().map((x) => x.id).sort()).toEqual([file.articles[0]!.id, 'a'].sort());
  });

  it('a file with one bad record imports nothing and names the record', async () => {
    const { service } = await start();
    const file = await service.exportFile();
    const good = { ...file.articles[0]!, id: 'other', contentHash: 'other', url: 'https://example.com/a', title: 'Another' };
    const bad = { ...file.articles[0]!, id: 'bad', title: '' };
    const result = await service.importFile(JSON.stringify({ ...file, articles: [good, bad] }));
    expect(result).toMatchObject({ ok: false, problems: [{ index: 1, problem: 'missing title' }] });
    expect(await service.list()).toHaveLength(1);
  });

  it('rejects files that are not exports, or of another version, with a sentence a reader understands', async () => {
    const { service } = await start();
    expect(await service.importFile('{"format": "crosscheck-archive", "ver')).toMatchObject({ ok: false, error: expect.stringMatching(/not JSON/) });
    expect(await service.importFile('[]')).toMatchObject({ ok: false, error: expect.stringMatching(/not a Crosscheck archive/) });
    expect(await service.importFile('{"format":"crosscheck-archive","version":9,"articles":[]}')).toMatchObject({ ok: false, error: expect.stringMatching(/version 9/) });
  });

  it('saving the same page twice keeps one copy; a restart keeps saved articles and does not duplicate bundled ones', async () => {
    const { service, factory, store } = await start();
    const page = await service.analyzeHtml(fixturePage('gaza-ceasefire-article.html'), 'https://harbour.example/world/2025/10/14/gaza');
    await service.save(page.extracted);
    await service.save(page.extracted);
    expect((await service.list()).map((a) => a.origin).sort()).toEqual(['bundled', 'saved']);
    store.close();
    const again = await start(factory);
    expect((await again.service.list()).map((a) => a.origin).sort()).toEqual(['bundled', 'saved']);
  });

  it('an update that drops a bundled article removes it but keeps what the reader saved', async () => {
    const factory = new IDBFactory();
    const { service, store } = await start(factory);
    const page = await service.analyzeHtml(fixturePage('gaza-ceasefire-article.html'), 'https://harbour.example/world/2025/10/14/gaza');
    await service.save(page.extracted);
    store.close();
    const store2 = await ArchiveStore.open(factory);
    const result = await store2.syncBundled([], 'next-build');
    expect(result).toEqual({ added: 0, removed: 1, skipped: false });
    expect((await store2.all()).map((a) => a.origin)).toEqual(['saved']);
  });
});

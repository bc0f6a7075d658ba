/**
 * npm run bench: speed at scale on generated archives (default 1,000 and 10,000 articles; `-- --sizes
 * 1000,10000,100000` for more), each figure beside today's naive choice in the same run (fuse.js over the
 * articles' full text). Issue #4 sets those targets. Then, when Chromium is here, what the extension costs
 * the pages it runs on (`page`, issue #6; it builds the extension first). `-- --json` prints one JSON object;
 * `-- --no-page` skips the browser part, `-- --page-only` runs only it (`-- --pages 10` on the first 10 pages
 * only, to check the bench itself; `-- --no-v8-trace` traces as runs before 2026-12-03 did).
 */
import Fuse from 'fuse.js';
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { IDBFactory } from 'fake-indexeddb';
import 'fake-indexeddb/auto';
import { parseArchiveFile, toArchiveFile } from '../lib/archive/archive-file';
import { ArchiveStore } from '../lib/archive/archive-store';
import { ArchiveIndex } from '../lib/match/archive-index';
import type { IndexRecord } from '../lib/match/index-record';
import { relateToArchive } from '../lib/analyze';
import { defaultAliases } from '../lib/nlp/default-aliases';
import { shippedStanceModel } from '../lib/stance/shipped-model';
import { ArchiveSearch } from '../lib/search/archive-search';
import { articlePool, generateArchive } from './bench/generate-archive';
import { measurePageCost } from './bench/page-cost';
import { CHROMIUM } from './chromium';
import { percentile, round as r } from './bench/stats';
import { runCli } from './cli-error';

const QUERIES = ['peskov', 'kremlin plan', 'north korea summit', 'ukraine ceasefire', 'lindsay lohan rehab'];

runCli(async () => {
  const { values } = parseArgs({
    options: { json: { type: 'boolean' }, sizes: { type: 'string' }, 'no-page': { type: 'boolean' }, 'page-only': { type: 'boolean' }, pages: { type: 'string' }, 'no-v8-trace': { type: 'boolean' } },
  });
  const sizes = values['page-only'] ? [] : (values.sizes ?? '1000,10000').split(',').map(Number);
  const log = (s: string) => !values.json && process.stderr.write(s + '\n');
  if (sizes.length) log('preparing a pool of 400 real articles from the corpora…');
  const pool = sizes.length ? articlePool(400) : [];
  const result: Record<string, unknown> = {};
  const search: object[] = [];
  const match: object[] = [];
  const load: object[] = [];
  const imports: object[] = [];
  const memory: object[] = [];
  if (sizes.length) Object.assign(result, { search, match, load, import: imports, memory });

  for (const n of sizes) {
    log(`${n} articles…`);
    // Import: validate an export file and write it (articles and their index records) in one transaction.
    const factory = new IDBFactory();
    let t = performance.now();
    let importSeconds: number;
    {
      const file = JSON.stringify(toArchiveFile(generateArchive(pool, n), new Date()));
      t = performance.now();
      const store = await ArchiveStore.open(factory, `bench-${n}`);
      const parsed = parseArchiveFile(file);
      if (!parsed.ok) throw new Error(parsed.error);
      await store.putMany(parsed.articles);
      importSeconds = (performance.now() - t) / 1000;
      store.close();
    }

    // Cold load: a restarted background reads the index records, builds the index the first question needs
    // (the other follows right after, see ArchiveService) and answers: a page's related articles, or a search.
    const stance = shippedStanceModel();
    const coldSearch = async () => {
      t = performance.now();
      const store = await ArchiveStore.open(factory, `bench-${n}`);
      new ArchiveSearch(await store.indexRecords()).search('pe');
      const ms = performance.now() - t;
      store.close();
      return ms;
    };
    // The baseline: the records as the import left them, one value each; the background packs them a few
    // seconds after the import (see ArchiveService), and every later start reads the packs.
    const coldSearchOneByOneMs = await coldSearch();
    {
      const store = await ArchiveStore.open(factory, `bench-${n}`);
      await store.packIfDue();
      store.close();
    }
    const coldSearchMs = await coldSearch();
    t = performance.now();
    const reopened = await ArchiveStore.open(factory, `bench-${n}`);
    const records = await reopened.indexRecords();
    const index = new ArchiveIndex(records, reopened.lexicon);
    const articles = { get: (ids: string[]) => reopened.getMany(ids) };
    await relateToArchive(pool[0]!, pool[0]!, { index, aliases: defaultAliases, stance, articles });
    const coldMs = performance.now() - t;
    const archiveSearch = new ArchiveSearch(records);
    records.length = 0;

    const keystrokes = QUERIES.flatMap((q) => Array.from({ length: q.length - 1 }, (_, i) => q.slice(0, i + 2)));
    const searchTimes = keystrokes.map((q) => time(() => archiveSearch.search(q)));
    let fuseP50: number | null = null;
    if (n <= 10_000) {
      const fuse = new Fuse(generateArchive(pool, n), { keys: ['title', 'paragraphs'], ignoreLocation: true, threshold: 0.35 });
      const fuseTimes = keystrokes.slice(0, n <= 1000 ? keystrokes.length : 6).map((q) => time(() => fuse.search(q, { limit: 20 })));
      fuseP50 = percentile(fuseTimes, 50);
    }
    search.push({ n, p50Ms: r(percentile(searchTimes, 50)), p95Ms: r(percentile(searchTimes, 95)), fuseFullTextP50Ms: fuseP50 === null ? null : r(fuseP50) });

    // Match: related articles and conflicts for one page (its text already analysed), reading the shown
    // articles from the store, as the background does.
    const matchTimes: number[] = [];
    {
      const ctx = { index, aliases: defaultAliases, stance, articles };
      for (const page of pool.slice(1, 31)) {
        const start = performance.now();
        await relateToArchive(page, page, ctx);
        matchTimes.push(performance.now() - start);
      }
    }
    match.push({ n, p50Ms: r(percentile(matchTimes, 50)), p95Ms: r(percentile(matchTimes, 95)) });

    const heapMb = (await indexMemory(reopened)) / 2 ** 20;
    load.push({ n, coldMs: Math.round(coldMs), coldSearchMs: Math.round(coldSearchMs), coldSearchOneByOneMs: Math.round(coldSearchOneByOneMs) });
    imports.push({ n, seconds: r(importSeconds) });
    memory.push({ n, heapMb: Math.round(heapMb) });
    reopened.close();
    if (global.gc) global.gc();
  }
  if (!values['no-page']) {
    if (!existsSync(CHROMIUM)) log(`page: skipped, no Chromium at ${CHROMIUM} (set CHROMIUM_PATH)`);
    else {
      log('page: building the extension…');
      const build = spawnSync('npx', ['wxt', 'build'], { stdio: ['ignore', 'ignore', 'inherit'] });
      if (build.status !== 0) throw new Error('The extension did not build: run npm run build to see why');
      const { perPage, ...page } = await measurePageCost({ log, pages: values.pages ? Number(values.pages) : undefined, traceV8: !values['no-v8-trace'] });
      result.page = values.json ? { ...page, perPage } : page;
    }
  }
  if (values.json) process.stdout.write(JSON.stringify(result, null, 2) + '\n');
  else for (const [k, rows] of Object.entries(result)) console.log(k.padEnd(7), Array.isArray(rows) ? rows.map((x) => JSON.stringify(x)).join('  ') : JSON.stringify(rows));
});

/**
 * What the two indexes hold once loaded: the heap with them (and the records they were built from let go),
 * less the heap once they are let go too. fake-indexeddb's own copy of the data, which in a browser lives
 * outside the service worker, is there in both readings and so not counted. Typed arrays count. In a function
 * of its own, so that nothing else keeps the indexes alive.
 */
async function indexMemory(store: ArchiveStore): Promise<number> {
  let records: IndexRecord[] | null = await store.indexRecords();
  const indexes: Array<ArchiveIndex | ArchiveSearch> = [new ArchiveIndex(records, store.lexicon), new ArchiveSearch(records)];
  records = null;
  const withIndexes = heapNow();
  indexes.length = 0;
  return withIndexes - heapNow();
}

function heapNow(): number {
  // Twice: typed arrays' memory is given back on the second pass.
  global.gc?.();
  global.gc?.();
  const m = process.memoryUsage();
  return m.heapUsed + m.arrayBuffers;
}

function time(f: () => unknown): number {
  const t = performance.now();
  f();
  return performance.now() - t;
}


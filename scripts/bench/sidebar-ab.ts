/**
 * Sidebar ready, build against build: `npx tsx scripts/bench/sidebar-ab.ts <built extension folder> …`.
 * Each folder in turn, then again in the reverse order, on the news pages of the page bench (page-cost.ts)
 * with the same 10,000-article archive, and without a trace: about 2.5 minutes a pass, against 40 for
 * `npm run bench -- --page-only`. On this 2-core machine the same build's p95 moves by tens of milliseconds
 * from one run to the next, so only builds measured side by side, in one run, compare. Even then, the build
 * in the middle passes (A B B A) came out 2 to 48 ms later page by page in every run of 2026-12-07, whichever
 * it was: run the builds in both orders, as two runs. With AB_JSON=<file>,
 * every page's times, build by build, are written there too. Beside the sidebar, each build's worker's glance
 * (GLANCE_MEASURE, read from the worker after each page): its own share of the wait, far less noisy.
 */
import { writeFileSync } from 'node:fs';
import { GLANCE_MEASURE, SIDEBAR_COMPLETE_MARK } from '../../lib/extension/marks';
import { addPass, mean, percentile, round } from './stats';
import { launchWithExtension } from '../chromium';
import { domContentLoadedAt, importArchive, OFFLINE, pageUrl, readPages, servePages, sidebarShownAfter, untilWatched, warmUp, writeArchive } from './page-cost';

const ARCHIVE_SIZE = 10_000;
const builds = process.argv.slice(2);
if (builds.length === 0) {
  console.error('usage: tsx scripts/bench/sidebar-ab.ts <built extension folder> [<folder> …]');
  process.exit(2);
}
const news = readPages().filter((p) => p.news).map((p) => p.folder);
const server = await servePages();
const port = (server.address() as { port: number }).port;
const archive = writeArchive(news, ARCHIVE_SIZE);
/** Per build, per page, the first answer's times over the passes. */
const byPage = new Map<string, Map<string, number[]>>(builds.map((b) => [b, new Map()]));
/** The same for the worker's glance (builds before GLANCE_MEASURE have none). */
const glanceByPage = new Map<string, Map<string, number[]>>(builds.map((b) => [b, new Map()]));
try {
  for (const build of [...builds, ...[...builds].reverse()]) {
    const extension = await launchWithExtension({ extensionDir: build, args: [OFFLINE] });
    try {
      await importArchive(extension.context, extension.extensionUrl('/options.html'), archive, ARCHIVE_SIZE);
      const page = await extension.context.newPage();
      await warmUp(page, pageUrl(port, news[0]!));
      const ready: number[] = [];
      const complete: number[] = [];
      for (const folder of news) {
        await page.goto(pageUrl(port, folder), { waitUntil: 'domcontentloaded' });
        const dcl = await domContentLoadedAt(page);
        const ms = await sidebarShownAfter(page, dcl);
        if (ms !== null) {
          ready.push(ms);
          addPass(byPage.get(build)!, folder, ms);
        }
        // Builds before the sidebar opened at the glance set no such mark: their first answer was the whole page's.
        const whole = ms === null ? null : ((await sidebarShownAfter(page, dcl, SIDEBAR_COMPLETE_MARK)) ?? ms);
        if (whole !== null) complete.push(whole);
        // The same watch as the page bench's, so every page starts from a quiet browser.
        await untilWatched(page, dcl);
        const glanceMs = await extension.worker.evaluate((name) => {
          const ms = performance.getEntriesByName(name).at(-1)?.duration ?? null;
          performance.clearMeasures(name);
          return ms;
        }, GLANCE_MEASURE);
        if (glanceMs !== null) addPass(glanceByPage.get(build)!, folder, glanceMs);
      }
      const glances = [...glanceByPage.get(build)!.values()].flat();
      if (glances.length) console.log(`${build}: the worker's glance p50 ${r(percentile(glances, 50))} ms, p90 ${r(percentile(glances, 90))} ms, p95 ${r(percentile(glances, 95))} ms (${glances.length} glances, all passes so far)`);
      console.log(`${build}: sidebar on ${ready.length} of ${news.length} pages, ready p50 ${percentile(ready, 50)} ms, p95 ${percentile(ready, 95)} ms, max ${Math.max(...ready)} ms; whole page's analysis p50 ${percentile(complete, 50)} ms, p95 ${percentile(complete, 95)} ms`);
    } finally {
      await extension.close();
    }
  }
  if (process.env.AB_JSON) writeFileSync(process.env.AB_JSON, JSON.stringify(Object.fromEntries([...byPage].map(([b, times]) => [b, Object.fromEntries(times)])), null, 1));
  comparePageByPage('sidebar', byPage);
  comparePageByPage("worker's glance", glanceByPage);
} finally {
  server.close();
}

/**
 * Paired by page, which the machine's drift between passes moves far less than a p95 of 46 pages: for each
 * page the mean of its passes, and how each build's differs from the first build's.
 */
function comparePageByPage(what: string, times: Map<string, Map<string, number[]>>): void {
  const [base, ...others] = builds;
  for (const other of others) {
    const differences = [...times.get(base!)!].flatMap(([folder, ours]) => {
      const theirs = times.get(other)!.get(folder);
      return theirs ? [mean(theirs) - mean(ours)] : [];
    });
    if (!differences.length) continue;
    const faster = differences.filter((d) => d < 0).length;
    const slower = differences.filter((d) => d > 0).length;
    const same = differences.length - faster - slower;
    console.log(`${what}: ${other} against ${base}, page by page (${differences.length} pages): median difference ${r(percentile(differences, 50))} ms, faster on ${faster}, slower on ${slower}${same ? `, the same on ${same}` : ''}`);
  }
}

/** Tenths of a millisecond, for the report. */
function r(ms: number): number {
  return round(ms, 1);
}

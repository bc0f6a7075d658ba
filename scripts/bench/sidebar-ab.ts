/**
 * Sidebar ready, build against build: `npx tsx scripts/bench/sidebar-ab.ts <built extension folder> …`.
 * On the news pages of the page bench (page-cost.ts), with the same 10,000-article archive and without a
 * trace, each page is loaded in every build before the next page (interleave.ts), the builds' order turning
 * from page to page and pass to pass: as many passes as builds (AB_PASSES=<n> for more), 7 to 10 minutes a
 * pass with two builds on the slow machine of 2026-12-07, against 40 for `npm run bench -- --page-only`. The
 * same build's p95 moves by tens of milliseconds from one run to the next, so only builds measured side by
 * side, in one run, compare, page by page. Even so, the same build against itself came out 18 and 9.5 ms
 * apart page by page in two runs: read a difference within about 20 ms as noise. (Run pass by pass, A B B
 * A, as until late on 2026-12-07, the build in the middle passes came out 2 to 48 ms later in every run of
 * that day, whichever it was.) With AB_JSON=<file>, every page's times, build by build, are written there
 * too. Beside the sidebar, each build's worker's glance (GLANCE_MEASURE, read from the worker after each
 * page): its own share of the wait, far less noisy. AB_COLD_WORKER=1 stops each build's service worker before
 * every page, as the browser does after 30 s without events: a reader who spent a while on one article meets
 * a stopped background on the next.
 */
import { writeFileSync } from 'node:fs';
import { GLANCE_MEASURE, SIDEBAR_COMPLETE_MARK } from '../../lib/extension/marks';
import { stopBackground } from '../chromium';
import { addPass, mean, percentile, round } from './stats';
import { buildOrder, closeBuilds, leavePage, openBuilds, passCount, type BuildUnderTest } from './interleave';
import { domContentLoadedAt, pageUrl, readPages, servePages, sidebarShownAfter, untilWatched, writeArchive } from './page-cost';

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
const PASSES = passCount(builds.length);
const COLD_WORKER = process.env.AB_COLD_WORKER === '1';
/** How long a page's sidebar is waited for: a restarted background takes seconds (2026-12-07). */
const SIDEBAR_WAIT_MS = COLD_WORKER ? 10_000 : undefined;
/** Per build, per page, the first answer's times over the passes. */
const byPage = new Map<string, Map<string, number[]>>(builds.map((b) => [b, new Map()]));
/** The same for the worker's glance (builds before GLANCE_MEASURE have none). */
const glanceByPage = new Map<string, Map<string, number[]>>(builds.map((b) => [b, new Map()]));
/** Per build, every pass's whole-page times, for the summary lines (the first answer's are in byPage). */
const complete = new Map<string, number[]>(builds.map((b) => [b, []]));
let open: BuildUnderTest[] = [];
try {
  open = await openBuilds(builds, { archive, archiveSize: ARCHIVE_SIZE, warmUpUrl: pageUrl(port, news[0]!) });
  for (let pass = 0; pass < PASSES; pass++) {
    for (const [index, folder] of news.entries()) {
      for (const { build, extension, page } of buildOrder(open, index, pass)) {
        if (COLD_WORKER) await stopBackground(page);
        await page.goto(pageUrl(port, folder), { waitUntil: 'domcontentloaded' });
        const dcl = await domContentLoadedAt(page);
        const ms = await sidebarShownAfter(page, dcl, undefined, SIDEBAR_WAIT_MS);
        if (ms !== null) addPass(byPage.get(build)!, folder, ms);
        // Builds before the sidebar opened at the glance set no such mark: their first answer was the whole page's.
        const whole = ms === null ? null : ((await sidebarShownAfter(page, dcl, SIDEBAR_COMPLETE_MARK, SIDEBAR_WAIT_MS)) ?? ms);
        if (whole !== null) complete.get(build)!.push(whole);
        // The same watch as the page bench's, so every page starts from a quiet browser.
        await untilWatched(page, dcl);
        const glanceMs = await extension.worker.evaluate((name) => {
          const ms = performance.getEntriesByName(name).at(-1)?.duration ?? null;
          performance.clearMeasures(name);
          return ms;
        }, GLANCE_MEASURE);
        if (glanceMs !== null) addPass(glanceByPage.get(build)!, folder, glanceMs);
        await leavePage(page);
      }
    }
    console.log(`pass ${pass + 1} of ${PASSES} done`);
  }
  for (const build of builds) {
    const glances = [...glanceByPage.get(build)!.values()].flat();
    if (glances.length) console.log(`${build}: the worker's glance p50 ${r(percentile(glances, 50))} ms, p90 ${r(percentile(glances, 90))} ms, p95 ${r(percentile(glances, 95))} ms (${glances.length} glances)`);
    const shown = [...byPage.get(build)!.values()].flat();
    const whole = complete.get(build)!;
    console.log(`${build}: sidebar on ${shown.length} of ${news.length * PASSES} loads, ready p50 ${percentile(shown, 50)} ms, p95 ${percentile(shown, 95)} ms, max ${Math.max(...shown)} ms; whole page's analysis p50 ${percentile(whole, 50)} ms, p95 ${percentile(whole, 95)} ms`);
  }
  if (process.env.AB_JSON) writeFileSync(process.env.AB_JSON, JSON.stringify(Object.fromEntries([...byPage].map(([b, times]) => [b, Object.fromEntries(times)])), null, 1));
  comparePageByPage('sidebar', byPage);
  comparePageByPage("worker's glance", glanceByPage);
} finally {
  await closeBuilds(open);
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

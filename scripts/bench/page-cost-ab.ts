/**
 * Main-thread time in the extension, build against build: `npx tsx scripts/bench/page-cost-ab.ts <built
 * extension folder> …`. The page bench's measure (page-cost.ts: a DevTools trace, every event whose script
 * is the extension's, the sidebar's insertion included) on its 130 pages and 10,000-article archive, without
 * its runs without the extension and with the floor: each page is loaded in every build before the next page
 * (interleave.ts), the builds' order turning from page to page and pass to pass, so that builds compare in
 * one run, on the same machine within seconds: CPU time, and wall time (what the page waited, the moments
 * the system gave its core to another process included). As many passes as builds; AB_PASSES=<n> for more,
 * AB_ONCE=1 for one. AB_PAGES=news or other measures only those pages, and AB_PAGES=<folder>,<folder>… the
 * pages named. The trace holds V8's own events (see page-cost.ts), which makes a load slow, about 11 s, and
 * weighs on every process; AB_NO_V8=1 traces as the bench's `--no-v8-trace` does (the compile of the
 * imported page tools is then not seen). With AB_JSON=<file>, every page's CPU and wall time by part, build by build
 * and pass by pass, is written there too.
 */
import { writeFileSync } from 'node:fs';
import { SIDEBAR_SHOWN_MARK } from '../../lib/extension/marks';
import { buildOrder, closeBuilds, leavePage, openBuilds, passCount, type BuildUnderTest } from './interleave';
import { INSERTED_MARK, pageUrl, readPages, servePages, sidebarShownAfter, TRACE_CATEGORIES_WITHOUT_V8, tracedLoad, untilWatched, writeArchive } from './page-cost';
import { addPass, mean, percentile, round } from './stats';
import { extensionMainThreadTime, type TimeParts } from './trace-attribution';

const ARCHIVE_SIZE = 10_000;
const builds = process.argv.slice(2);
if (builds.length === 0) {
  console.error('usage: tsx scripts/bench/page-cost-ab.ts <built extension folder> [<folder> …]');
  process.exit(2);
}
const only = process.env.AB_PAGES;
const all = readPages();
// A comma-separated list names the pages themselves: those a change touches, say.
const named = only?.includes(',') ? new Set(only.split(',')) : null;
const pages = all.filter((p) => (named ? named.has(p.folder) : only === 'news' ? p.news : only === 'other' ? !p.news : true));
const server = await servePages();
const port = (server.address() as { port: number }).port;
const archive = writeArchive(all.filter((p) => p.news).map((p) => p.folder), ARCHIVE_SIZE);
const line = (values: number[]) => `p50 ${round(percentile(values, 50))} ms, p95 ${round(percentile(values, 95))} ms`;
/** Per build, per page: the CPU time of each pass, and the sidebar's first answer where it opened. */
const cpu = new Map<string, Map<string, number[]>>(builds.map((b) => [b, new Map()]));
/** Per build, per page: the wall time of each pass (what the page waited: see page-cost.ts). */
const wall = new Map<string, Map<string, number[]>>(builds.map((b) => [b, new Map()]));
const sidebar = new Map<string, number[]>(builds.map((b) => [b, []]));
/** Per build, per page: each pass's CPU and wall time by part, for AB_JSON. */
const parts = new Map<string, Record<string, Array<{ cpu: TimeParts; wall: TimeParts }>>>(builds.map((b) => [b, {}]));
const categories = process.env.AB_NO_V8 ? TRACE_CATEGORIES_WITHOUT_V8 : undefined;
const passes = process.env.AB_ONCE ? 1 : passCount(builds.length);
let open: BuildUnderTest[] = [];
try {
  open = await openBuilds(builds, { archive, archiveSize: ARCHIVE_SIZE, warmUpUrl: pageUrl(port, pages[0]!.folder), watchShifts: true });
  for (let pass = 0; pass < passes; pass++) {
    for (const [index, { folder }] of pages.entries()) {
      const url = pageUrl(port, folder);
      for (const { build, extension, page } of buildOrder(open, index, pass)) {
        const { events } = await tracedLoad(page, url, async (dcl) => {
          const ms = await sidebarShownAfter(page, dcl, SIDEBAR_SHOWN_MARK);
          if (ms !== null) sidebar.get(build)!.push(ms);
          await untilWatched(page, dcl);
        }, categories);
        const spent = extensionMainThreadTime(events, extension.extensionUrl('/'), url, INSERTED_MARK);
        addPass(cpu.get(build)!, folder, spent.cpuMs);
        addPass(wall.get(build)!, folder, spent.wallMs);
        (parts.get(build)![folder] ??= []).push({ cpu: spent.cpuParts, wall: spent.wallParts });
        await leavePage(page);
      }
    }
    // This pass's figure for the group measured (the other pages, unless AB_PAGES=news).
    const news = only === 'news';
    for (const build of builds) {
      const times = [...cpu.get(build)!].filter(([f]) => pages.find((p) => p.folder === f)?.news === news).map(([, t]) => t.at(-1)!);
      console.log(`pass ${pass + 1} of ${passes}, ${build}: ${news ? 'news articles' : 'other pages'}, ${line(times)}`);
    }
  }
} finally {
  await closeBuilds(open);
  server.close();
}

if (process.env.AB_JSON) writeFileSync(process.env.AB_JSON, JSON.stringify(Object.fromEntries(parts), null, 1));
for (const [group, news] of [['news articles', true], ['other pages', false]] as const) {
  const folders = pages.filter((p) => p.news === news).map((p) => p.folder);
  if (folders.length === 0) continue;
  console.log(`\n${group} (${folders.length}), CPU time in the extension, every pass:`);
  for (const build of builds) console.log(`  ${build}: ${line(folders.flatMap((f) => cpu.get(build)!.get(f) ?? []))}; wall time ${line(folders.flatMap((f) => wall.get(build)!.get(f) ?? []))}`);
  // Paired by page: each page's mean over its passes, against the first build's.
  const [base, ...others] = builds;
  for (const other of others) {
    const differences = folders.map((f) => mean(cpu.get(other)!.get(f)!) - mean(cpu.get(base!)!.get(f)!));
    const lower = differences.filter((d) => d < 0).length;
    const waited = folders.map((f) => mean(wall.get(other)!.get(f)!) - mean(wall.get(base!)!.get(f)!));
    console.log(`  ${other} against ${base}, page by page: CPU median ${round(percentile(differences, 50))} ms, lower on ${lower} of ${differences.length}; wall median ${round(percentile(waited, 50))} ms, lower on ${waited.filter((d) => d < 0).length}`);
  }
}
for (const build of builds) {
  const times = sidebar.get(build)!;
  if (times.length) console.log(`sidebar's first answer, ${build}: ${times.length} loads, ${line(times)}`);
}

/**
 * How much of the content script's cost on a page is V8 compiling it: `npx tsx scripts/bench/script-compile.ts
 * [built extension folder]` loads Readability's 83 test pages that are not news (each on a site of its own,
 * so each in a new renderer, as page-cost.ts does) and reads, from a trace, the thread time of the script's
 * evaluation and of the compile work inside it: the whole script's compile (V8.CompileScript: its parse,
 * inner functions only pre-parsed) and each function's own compile on its first call (V8.CompileCode).
 * A renderer that already ran the script compiles nothing (V8's in-memory code cache), so the first page,
 * whose site the warm-up visits, is left out.
 */
import { EXTENSION_DIR, launchWithExtension } from '../chromium';
import { OFFLINE, pageUrl, readPages, servePages, tracedLoad, untilWatched, warmUp } from './page-cost';
import { percentile, round } from './stats';
import type { TraceEvent } from './trace-attribution';

const build = process.argv[2] ?? EXTENSION_DIR;
const pages = readPages().filter((p) => !p.news).map((p) => p.folder);
const CATEGORIES = ['toplevel', 'devtools.timeline', 'v8.execute', 'v8', 'disabled-by-default-v8.compile'];
const server = await servePages();
const port = (server.address() as { port: number }).port;
const extension = await launchWithExtension({ extensionDir: build, args: [OFFLINE] });
/** True if `inner` (a complete event) lies within `outer`'s span. */
const inside = (inner: TraceEvent, outer: TraceEvent) => inner.ts >= outer.ts && inner.ts + inner.dur! <= outer.ts + outer.dur!;
const rows: Array<{ evaluate: number; script: number; lazy: number }> = [];
try {
  const origin = extension.extensionUrl('/');
  const page = await extension.context.newPage();
  await warmUp(page, pageUrl(port, pages[0]!));
  for (const folder of pages.slice(1)) {
    const { events } = await tracedLoad(page, pageUrl(port, folder), (dcl) => untilWatched(page, dcl, 800), CATEGORIES);
    const evaluation = events.find((e) => e.name === 'EvaluateScript' && e.ph === 'X' && (e.args?.data?.url ?? '').startsWith(origin));
    if (!evaluation) continue;
    const within = events.filter((e) => e.ph === 'X' && e.pid === evaluation.pid && e.tid === evaluation.tid && inside(e, evaluation));
    const ms = (of: TraceEvent[]) => of.reduce((sum, e) => sum + (e.tdur ?? e.dur ?? 0) / 1000, 0);
    const script = within.filter((e) => e.name === 'V8.CompileScript');
    // A function's compile on its first call; the script's own compile holds one of these too.
    const lazy = within.filter((e) => e.name === 'V8.CompileCode' && !script.some((s) => inside(e, s)));
    rows.push({ evaluate: ms([evaluation]), script: ms(script), lazy: ms(lazy) });
  }
} finally {
  await extension.close();
  server.close();
}
const line = (name: string, values: number[]) => `${name}: p50 ${round(percentile(values, 50))} ms, p95 ${round(percentile(values, 95))} ms`;
console.log(`${build}: ${rows.length} pages`);
console.log(line('evaluating the script', rows.map((r) => r.evaluate)));
console.log(line("the script's compile (V8.CompileScript)", rows.map((r) => r.script)));
console.log(line("functions' compile on first call (V8.CompileCode)", rows.map((r) => r.lazy)));
console.log(line('compile in all', rows.map((r) => r.script + r.lazy)));
const shares = rows.map((r) => (100 * (r.script + r.lazy)) / r.evaluate);
console.log(`share of the evaluation that is compile: p50 ${round(percentile(shares, 50))} %`);

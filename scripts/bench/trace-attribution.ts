/**
 * Reading a Chromium trace (DevTools timeline events) for what one page cost: the main-thread time spent in
 * the extension's scripts, and the main thread's busy time in all. Pure functions over the trace events.
 */

export interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  args?: { name?: string; data?: { url?: string; frame?: string }; beginData?: { url?: string; frame?: string } };
}

/**
 * Milliseconds of the page's main thread (the thread that parsed `pageUrl`) spent in the extension: every
 * complete event whose script lives at `extensionOrigin` (the content script being evaluated and compiled,
 * its callbacks: the idle check, message handlers, timers), with the work they did inside (serialising the
 * page, sending it, GC). Nested events are counted once: the time is the union of their intervals.
 * The trace holds every process: the background's and the sidebar frame's scripts run in the extension's own
 * process, on other threads, and cost the page nothing, so they are not counted.
 */
export function extensionMainThreadMs(events: TraceEvent[], extensionOrigin: string, pageUrl: string): number {
  const onPage = pageThread(events, pageUrl);
  const spans = events
    .filter((e) => onPage(e) && e.ph === 'X' && e.dur !== undefined && (e.args?.data?.url ?? '').startsWith(extensionOrigin))
    .map((e) => [e.ts, e.ts + e.dur!] as const);
  return unionLength(spans) / 1000;
}

/** Milliseconds the renderer's main thread was busy (its top-level tasks) on the thread that parsed `pageUrl`. */
export function mainThreadBusyMs(events: TraceEvent[], pageUrl: string): number {
  const onPage = pageThread(events, pageUrl);
  const spans = events
    .filter((e) => onPage(e) && e.ph === 'X' && e.name === 'RunTask' && e.dur !== undefined)
    .map((e) => [e.ts, e.ts + e.dur!] as const);
  return unionLength(spans) / 1000;
}

/** Tells the events of the main thread that parsed `pageUrl`; none if the trace has no such parse. */
function pageThread(events: TraceEvent[], pageUrl: string): (e: TraceEvent) => boolean {
  const parse = events.find((e) => e.name === 'ParseHTML' && e.args?.beginData?.url === pageUrl);
  return (e) => parse !== undefined && e.pid === parse.pid && e.tid === parse.tid;
}

/** Total length covered by intervals that may nest or overlap. */
export function unionLength(spans: ReadonlyArray<readonly [number, number]>): number {
  const sorted = [...spans].sort((a, b) => a[0] - b[0]);
  let total = 0;
  let end = -Infinity;
  for (const [from, to] of sorted) {
    if (to <= end) continue;
    total += to - Math.max(from, end);
    end = to;
  }
  return total;
}

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
  /** Thread time: what the thread itself ran, without the moments the system gave its core to another process. */
  tdur?: number;
  args?: { name?: string; data?: { url?: string; frame?: string }; beginData?: { url?: string; frame?: string } };
}

/** Main-thread time, in milliseconds, as the page felt it (wall) and as the thread ran (CPU). */
export interface ThreadTime {
  wallMs: number;
  cpuMs: number;
}

/**
 * The time of extensionMainThreadTime (CPU or wall), split by what ran: evaluating the content script (with
 * all it does at once: the first look, the glance), its later callbacks (timers and message handlers:
 * serialising the page), and the task that put our element in the page (see insertedMark).
 */
export interface TimeParts {
  evaluateMs: number;
  callbacksMs: number;
  insertionMs: number;
}

/**
 * Milliseconds of the page's main thread (the thread that parsed `pageUrl`) spent in the extension: every
 * complete event whose script lives at `extensionOrigin` (the content script being evaluated and compiled,
 * its callbacks: the first look, message handlers, timers), with the work they did inside (serialising the
 * page, sending it, GC).
 *
 * Code that runs as a promise continuation (the background's reply, which puts the sidebar in) has no script
 * named in the trace: V8 reports it as the page's "RunMicrotasks". The bench marks the moment our element
 * enters the page (`insertedMark`, a user-timing mark set by a MutationObserver in that same checkpoint), and
 * the whole task holding that mark counts as ours, whatever else of the page's it held: this errs against us.
 *
 * Nested events are counted once: the time is the union of their intervals, and the CPU time that of the
 * outermost events. The trace holds every process: the background's and the sidebar frame's scripts run in
 * the extension's own process, on other threads, and cost the page nothing, so they are not counted.
 */
export function extensionMainThreadTime(events: TraceEvent[], extensionOrigin: string, pageUrl: string, insertedMark?: string): ThreadTime & { cpuParts: TimeParts; wallParts: TimeParts } {
  const onPage = pageThread(events, pageUrl);
  const complete = events.filter((e) => onPage(e) && e.ph === 'X' && e.dur !== undefined);
  const scripts = complete.filter((e) => (e.args?.data?.url ?? '').startsWith(extensionOrigin));
  const marks = insertedMark === undefined ? [] : events.filter((e) => onPage(e) && e.name === insertedMark);
  const insertions = complete.filter((e) => e.name === 'RunTask' && marks.some((m) => m.ts >= e.ts && m.ts <= e.ts + e.dur!));
  const ours = [...scripts, ...insertions];
  const cpu = (of: TraceEvent[]) => of.reduce((sum, e) => sum + (e.tdur ?? e.dur!), 0) / 1000;
  // The outermost events never overlap, so their durations add up to the union's length.
  const wall = (of: TraceEvent[]) => of.reduce((sum, e) => sum + e.dur!, 0) / 1000;
  const top = outermost(ours);
  const inserting = top.filter((e) => insertions.includes(e));
  const evaluating = top.filter((e) => !inserting.includes(e) && e.name === 'EvaluateScript');
  const calling = top.filter((e) => !inserting.includes(e) && !evaluating.includes(e));
  const parts = (time: (of: TraceEvent[]) => number): TimeParts => ({ evaluateMs: time(evaluating), callbacksMs: time(calling), insertionMs: time(inserting) });
  return {
    wallMs: unionLength(ours.map((e) => [e.ts, e.ts + e.dur!] as const)) / 1000,
    cpuMs: cpu(top),
    cpuParts: parts(cpu),
    wallParts: parts(wall),
  };
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

/** The events of one thread not inside another of them (events on a thread nest; they never half overlap). */
function outermost(events: TraceEvent[]): TraceEvent[] {
  const sorted = [...events].sort((a, b) => a.ts - b.ts || b.dur! - a.dur!);
  const out: TraceEvent[] = [];
  let end = -Infinity;
  for (const e of sorted) {
    if (e.ts + e.dur! <= end) continue;
    out.push(e);
    end = e.ts + e.dur!;
  }
  return out;
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

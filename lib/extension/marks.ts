/**
 * User Timing mark the sidebar sets, in its own frame, once its first answer is on screen (for the sidebar
 * opened at the glance, the analysis of the page's opening). `npm run bench` times
 * "sidebar ready" by it; the page cannot read a cross-origin frame's timeline.
 */
export const SIDEBAR_SHOWN_MARK = 'crosscheck:sidebar-shown';

/** The same once the whole page's analysis is on screen (the first answer's moment, when that was it). */
export const SIDEBAR_COMPLETE_MARK = 'crosscheck:sidebar-complete';

/**
 * User Timing measure the background sets on each glance it ranks: from the glance's arrival to the ranking
 * that decides whether the sidebar opens, the worker's share of the sidebar's wait. `sidebar-ab.ts` reads it
 * from the worker after each page; no page can. Only the latest is kept, so the worker's timeline never grows.
 */
export const GLANCE_MEASURE = 'crosscheck:glance';

/** Sets the measure `name` from `start` (a `performance.now()`) to now, in place of the one before. */
export function measureSince(name: string, start: number): void {
  performance.clearMeasures(name);
  performance.measure(name, { start });
}

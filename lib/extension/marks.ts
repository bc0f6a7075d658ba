/**
 * User Timing mark the sidebar sets, in its own frame, once its answer is on screen. `npm run bench` times
 * "sidebar ready" by it; the page cannot read a cross-origin frame's timeline.
 */
export const SIDEBAR_SHOWN_MARK = 'crosscheck:sidebar-shown';

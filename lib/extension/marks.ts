/**
 * User Timing mark the sidebar sets, in its own frame, once its first answer is on screen (for the sidebar
 * opened at the glance, the analysis of the page's opening). `npm run bench` times
 * "sidebar ready" by it; the page cannot read a cross-origin frame's timeline.
 */
export const SIDEBAR_SHOWN_MARK = 'crosscheck:sidebar-shown';

/** The same once the whole page's analysis is on screen (the first answer's moment, when that was it). */
export const SIDEBAR_COMPLETE_MARK = 'crosscheck:sidebar-complete';

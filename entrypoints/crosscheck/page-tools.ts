/**
 * What the content script needs only on a likely article, or when the reader asks: the sidebar's frame, the
 * page's serialising and the highlight. Built on its own as an ES module (`page-tools.js`, see
 * scripts/build-page-tools.ts) and imported by the content script when it first needs it
 * (load-page-tools.ts), so that the many pages that are not news never compile it: compiling the script is
 * the largest part of what Crosscheck costs them.
 */
export { SidebarFrame } from './sidebar-frame';
export { highlightSentence } from './highlight';
export { pageToSend } from '../../lib/extract/page-to-send';

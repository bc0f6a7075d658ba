import type { ArchivedArticle, PageAnalysis } from '../types';
import type { RecordProblem } from '../archive/archive-file';
import type { PageGlance } from '../extract/page-glance';

/**
 * Every message between Crosscheck's contexts, named by direction. The background checks the sender of each
 * (see background/sender-policy.ts): page-side messages must come from our content script in a tab, archive
 * messages from our own extension pages.
 */

/** Content script → background. */
export type ContentToBackground =
  /**
   * The page looked like an article: here is its opening (title, description, first paragraphs). The answer
   * (GlanceAnswer) says whether to send the page (its head and article region) with 'page:analyze', and
   * whether to open the sidebar at once, with the key it gives.
   */
  | { type: 'page:glance'; glance: PageGlance; url: string }
  /**
   * The page looked like an article: analyse it (the page's head and article region travel as HTML, pageToSend; parsing happens off the page). The key
   * is the one the sidebar will carry if the answer opens it (as with 'sidebar:opening', one round trip less).
   */
  | { type: 'page:analyze'; html: string; url: string; sidebarKey: string; related: number | null }
  /** The reader stayed on this news article for a while: remember it (only sent when the setting is on). */
  | { type: 'page:remember' }
  /**
   * The content script is about to open the sidebar with this key in its address. The background answers only a
   * sidebar that knows the key, so a page that frames sidebar.html itself (it is web-accessible) gets nothing.
   */
  | { type: 'sidebar:opening'; key: string };

/** The background's answer to 'page:glance'. */
export interface GlanceAnswer {
  /** True when the archive has something on the story (or the reader keeps what they read): send the page. */
  read: boolean;
  /** How many archive articles the glance found on the story; null when it did not look. */
  related: number | null;
  /**
   * Open the sidebar now, with `sidebarKey`, unseen until it has something to show: the archive has the
   * story and the reader lets the sidebar open by itself (background/early-sidebar.ts).
   */
  open: boolean;
  /**
   * When `read`: the key for the sidebar of this page, sent back with 'page:analyze'. The background makes it,
   * so that the many pages that stop at the glance never use the page's `crypto` (one more object made in the
   * content script's world, on the page's main thread).
   */
  sidebarKey: string | null;
}

/** The background's answer to 'sidebar:opening': where the reader wants the sidebar. */
export interface SidebarPlacement {
  docked: boolean;
}

export interface PageVerdict {
  isArticle: boolean;
  /** How many archive articles are on the same story. */
  related: number;
  /** What the content script should show, per the reader's setting. */
  show: 'sidebar' | 'toggle' | 'nothing';
  /** Milliseconds the reader must stay before the article is remembered; null when it will not be. */
  rememberAfterMs: number | null;
  /** Where the reader wants the sidebar, as in SidebarPlacement. */
  docked: boolean;
}

/**
 * Sidebar frame → background (the frame cannot open IndexedDB inside a web page, so it asks). Each carries the
 * key the content script gave the sidebar (see 'sidebar:opening').
 */
export type SidebarToBackground = { key: string } & (
  /** `final`: the whole page's analysis, after a first answer that was not (SidebarAnalysis.final). */
  | { type: 'sidebar:get-analysis'; final?: boolean }
  | { type: 'sidebar:highlight'; sentence: string }
  | { type: 'sidebar:close' }
  | { type: 'sidebar:save-page' }
  /** The reader docked the sidebar beside the page (the page makes room) or let it float over the page. */
  | { type: 'sidebar:dock'; docked: boolean }
);

export interface SidebarAnalysis {
  analysis: PageAnalysis | null;
  /** What the analysis is for: the page, or the words the reader right-clicked. */
  subject: { kind: 'page' | 'selection' | 'link'; text: string };
  canSave: boolean;
  /** Whether the sidebar sits beside the page (docked) rather than over it. */
  docked: boolean;
  /**
   * False for the first answer to the sidebar opened at the glance: the analysis of the page's opening, which
   * the whole page's replaces when the sidebar asks again with `final`.
   */
  final: boolean;
}

/** Popup, options and reader pages → background. */
export type PageToBackground =
  | { type: 'archive:search'; query: string }
  | { type: 'archive:list' }
  | { type: 'archive:get'; id: string }
  | { type: 'archive:delete'; ids: string[] }
  /** The whole archive, or only the given articles. */
  | { type: 'archive:export'; ids?: string[] }
  | { type: 'tab:save'; tabId: number }
  | { type: 'tab:open-sidebar'; tabId: number };

export interface SearchHit {
  id: string;
  title: string;
  publisher: string | null;
  publishedAt: string | null;
  url: string | null;
  /** Character ranges [start, end] (inclusive) of the title that matched, for highlighting. */
  titleMatches: Array<[number, number]>;
  /** The other field that matched best, when the title did not: "Dmitry Peskov" for "Peskow". */
  matchedAlso: { field: string; text: string; ranges: Array<[number, number]> } | null;
}

export interface ArchiveListItem {
  id: string;
  title: string;
  publisher: string | null;
  publishedAt: string | null;
  origin: ArchivedArticle['origin'];
  addedAt: string;
  url: string | null;
}

/**
 * An import runs over a port (runtime.connect, name IMPORT_PORT) rather than one message, so the background can
 * report progress and the options page can cancel. Closing the page cancels too.
 */
export const IMPORT_PORT = 'archive-import';

export type ImportRequest = { type: 'start'; text: string } | { type: 'cancel' };

export type ImportUpdate = { type: 'progress'; done: number; total: number } | { type: 'done'; result: ImportResult };

export type ImportResult = { ok: true; added: number; merged: number } | { ok: false; error: string; problems: RecordProblem[] };

export type SaveResult = { ok: true; id: string; title: string } | { ok: false; error: string };

/**
 * Background → Chrome's offscreen document (entrypoints/offscreen/): parse and extract a page with the browser's
 * own parser. The answer is the Extraction (article and news verdict).
 */
export type BackgroundToOffscreen = { type: 'offscreen:extract'; html: string; url: string | null };

/** Background → content script. */
export type BackgroundToContent =
  /**
   * Opens the sidebar; with `toggle`, closes it if it is open (the keyboard shortcut); with `fresh`, a sidebar
   * already open is replaced, to show what the tab holds now ("Find related coverage" on a selection).
   */
  | { type: 'sidebar:open'; toggle?: boolean; fresh?: boolean }
  | { type: 'sidebar:close' }
  /** Docks the open sidebar beside the page, or floats it over the page again. */
  | { type: 'sidebar:place'; docked: boolean }
  | { type: 'page:highlight'; sentence: string }
  | { type: 'page:get-html' }
  /** The address the tab shows now (location.href): is the tab's analysis still of this page? */
  | { type: 'page:address' };

export type AnyMessage = ContentToBackground | SidebarToBackground | PageToBackground;

import { runtime } from './extension-api';

export type PageTools = typeof import('./page-tools');

/** Where the build puts page-tools.ts (scripts/build-page-tools.ts); web-accessible, as Chrome requires. */
export const PAGE_TOOLS_FILE = 'page-tools.js';

let loading: Promise<PageTools | null> | null = null;

/**
 * The page tools (page-tools.ts), fetched from the extension on the first call and then kept. A module the
 * content script imports runs in the content script's own isolated world: it sees the extension API, and the
 * page sees none of its globals. Null if it cannot be loaded (the extension was updated or removed under the
 * page): this copy of the script then does no more than it did.
 */
export function pageTools(): Promise<PageTools | null> {
  if (!loading) {
    const url = runtime()?.getURL(`/${PAGE_TOOLS_FILE}`);
    loading = url ? (import(/* @vite-ignore */ url) as Promise<PageTools>).catch(() => null) : Promise.resolve(null);
  }
  return loading;
}

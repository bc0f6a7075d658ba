import { extractArticle, type Extraction } from './extract-article';

/**
 * Turns a page's HTML into its article and news verdict. Where the parsing happens is the caller's choice: the
 * browser's own parser where there is one (Chrome's offscreen document, Firefox's background page), linkedom in
 * a service worker without one, in Node and in the tests. The extraction after parsing is the same code.
 */
export type PageExtractor = (html: string, url: string | null) => Promise<Extraction>;

/** A PageExtractor from an HTML parser. */
export function extractorFor(parse: (html: string) => Document): PageExtractor {
  return (html, url) => Promise.resolve().then(() => extractArticle(parse(html), url));
}

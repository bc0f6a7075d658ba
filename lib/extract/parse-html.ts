import { parseHTML } from 'linkedom';

/**
 * A Document from HTML text, without a browser. The service worker has no DOMParser, so the background, the
 * command-line tools and the tests all parse with linkedom: what is measured is what ships.
 */
export function parseHtmlDocument(html: string): Document {
  const { document } = parseHTML(html);
  return document as unknown as Document;
}

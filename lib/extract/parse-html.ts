import { parseHTML } from 'linkedom';

/**
 * A Document from HTML text, without a browser. The service worker has no DOMParser, so the background, the
 * command-line tools and the tests all parse with linkedom: what is measured is what ships.
 */
export function parseHtmlDocument(html: string): Document {
  // linkedom builds no <html>/<body> for a fragment or an empty string; a browser would, and Readability needs them.
  const whole = /<html[\s>]/i.test(html) && /<body[\s>]/i.test(html) ? html : `<!doctype html><html><head></head><body>${html.replace(/<\/?(?:html|head|body)[^>]*>/gi, '')}</body></html>`;
  const { document } = parseHTML(whole);
  return document as unknown as Document;
}

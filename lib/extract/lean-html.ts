import { SCRIPT_NOT_JSON_LD } from './json-ld';

/**
 * The page as the background needs it: its HTML without the large scripts and styles (JSON-LD stays: it is
 * metadata). News pages are often more script than text, and every byte is serialised, copied and sent on the
 * page's main thread: on the script-heavy news pages of Readability's test set this sends a fifth of the bytes.
 * Subtrees with nothing to drop are serialised natively in one go; only their ancestors are written tag by
 * tag, which is why small scripts stay: dropping them would cost more hand-written ancestors than it saves.
 */
const DROP = `${SCRIPT_NOT_JSON_LD},style,noscript,template`;
const WORTH_DROPPING = 500;

export function leanHtml(doc: Document): string {
  const root = doc.documentElement;
  return root ? `<!DOCTYPE html>${leanOuterHtml(root)}` : '';
}

/** One element's HTML, as leanHtml writes the page's. */
export function leanOuterHtml(root: Element): string {
  const dropped = new Set<Node>(Array.from(root.querySelectorAll(DROP)).filter((e) => (e.textContent?.length ?? 0) > WORTH_DROPPING || e.localName === 'template'));
  // The ancestors of whatever is dropped: these are written tag by tag, everything else natively.
  const walked = new Set<Node>();
  for (const node of dropped) {
    for (let up = node.parentNode; up && up !== root.parentNode && !walked.has(up); up = up.parentNode) walked.add(up);
  }
  const out: string[] = [];
  const write = (node: Node): void => {
    if (node.nodeType === 3) out.push(escapeText(node.nodeValue ?? ''));
    if (node.nodeType !== 1 || dropped.has(node)) return;
    const element = node as Element;
    if (!walked.has(element)) {
      out.push(element.outerHTML);
      return;
    }
    const [open, end] = tagsOf(element);
    out.push(open);
    for (let child = element.firstChild; child; child = child.nextSibling) write(child);
    out.push(end);
  };
  write(root);
  return out.join('');
}

/** An element's start and end tags, its attributes as written. */
export function tagsOf(element: Element): [string, string] {
  const empty = (element.cloneNode(false) as Element).outerHTML;
  const end = `</${element.localName}>`;
  return [empty.endsWith(end) ? empty.slice(0, -end.length) : empty, end];
}

function escapeText(text: string): string {
  return text.replace(/[&<>\u00a0]/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : c === '>' ? '&gt;' : '&nbsp;'));
}

/**
 * Scrolls to a sentence of the page and highlights it with the CSS Custom Highlight API, which marks text
 * without touching the page's DOM; where that API is missing, the block is outlined for a few seconds.
 */
const HIGHLIGHT = 'crosscheck-statement';
let sheetAdded = false;

export function highlightSentence(sentence: string): boolean {
  const needle = squash(sentence).slice(0, 80);
  if (needle.length < 8) return false;
  for (const block of Array.from(document.body.querySelectorAll('p, li, blockquote, h1, h2, h3, figcaption, td, div'))) {
    if ((block as HTMLElement).closest('crosscheck-sidebar')) continue;
    if (block.querySelector('p, li, blockquote, div')) continue;
    const range = findRange(block, needle, squash(sentence).length);
    if (!range) continue;
    (block as HTMLElement).scrollIntoView({ block: 'center', behavior: 'smooth' });
    mark(range, block as HTMLElement);
    return true;
  }
  return false;
}

/** Letters only, with typographic quotes and dashes folded, so the engine's plain text finds the page's text. */
function squash(text: string): string {
  return fold(text).replace(/[^\p{L}\p{N}]/gu, '');
}

function fold(text: string): string {
  return text.normalize('NFC').toLowerCase();
}

function findRange(block: Element, needle: string, fullLength: number): Range | null {
  const chars: Array<{ node: Text; offset: number }> = [];
  let flat = '';
  const walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    const text = fold(node.data);
    for (let i = 0; i < text.length; i++) {
      if (/[\p{L}\p{N}]/u.test(text[i]!)) {
        flat += text[i];
        chars.push({ node, offset: i });
      }
    }
  }
  const at = flat.indexOf(needle);
  if (at < 0) return null;
  const end = chars[Math.min(at + fullLength, chars.length) - 1]!;
  const range = document.createRange();
  range.setStart(chars[at]!.node, chars[at]!.offset);
  range.setEnd(end.node, end.offset + 1);
  return range;
}

function mark(range: Range, block: HTMLElement): void {
  const registry = (globalThis.CSS as unknown as { highlights?: Map<string, unknown> }).highlights;
  const HighlightCtor = (globalThis as unknown as { Highlight?: new (r: Range) => unknown }).Highlight;
  if (registry && HighlightCtor) {
    if (!sheetAdded) {
      const sheet = new CSSStyleSheet();
      sheet.replaceSync(`::highlight(${HIGHLIGHT}){background-color:#fde047;color:#111}`);
      document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
      sheetAdded = true;
    }
    registry.set(HIGHLIGHT, new HighlightCtor(range));
    return;
  }
  const previous = block.style.outline;
  block.style.outline = '3px solid #f59e0b';
  setTimeout(() => (block.style.outline = previous), 4000);
}

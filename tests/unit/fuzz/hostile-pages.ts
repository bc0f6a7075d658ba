/**
 * Generated malformed and hostile pages for the fuzz test: a seeded generator, so a failure names a page that
 * can be made again. Each kind stresses one thing a real page can do to a parser or to the engine.
 */

/** Mulberry32: small, fast, seeded. */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WORDS = 'Kremlin said the plan was not received Zelensky Kyiv Kiev Trump Witkoff officials told Reuters on Thursday 28-point peace “quoted” ’ — ceasefire denied'.split(' ');
const TAGS = ['div', 'p', 'span', 'article', 'section', 'table', 'td', 'li', 'ul', 'b', 'i', 'a', 'h1', 'h2', 'blockquote', 'pre', 'code', 'svg', 'math', 'template', 'noscript', 'iframe', 'form', 'select', 'option'];

export interface HostilePage {
  kind: string;
  html: string;
}

type Maker = (r: () => number) => string;

const pick = <T>(r: () => number, xs: T[]): T => xs[Math.floor(r() * xs.length)]!;
const words = (r: () => number, n: number) => Array.from({ length: n }, () => pick(r, WORDS)).join(' ');
const articleHead = '<meta property="og:type" content="article"><meta property="article:published_time" content="2025-11-21T10:00:00Z">';

const MAKERS: Record<string, Maker> = {
  empty: () => '',
  whitespace: (r) => ' \n\t'.repeat(1 + Math.floor(r() * 1000)),
  'deep nesting': (r) => {
    // Around the limits (see TREE_LIMITS) and far past them.
    const depth = pick(r, [30, 70, 90, 200, 1000, 10_000]);
    const tag = pick(r, ['div', 'span', 'b', 'blockquote']);
    return `<html><head>${articleHead}</head><body>${`<${tag}>`.repeat(depth)}${words(r, 50)}${`</${tag}>`.repeat(depth)}</body></html>`;
  },
  'unclosed tag soup': (r) =>
    Array.from({ length: 200 + Math.floor(r() * 800) }, () => (r() < 0.5 ? `<${pick(r, TAGS)}${r() < 0.3 ? ' class="x' : ''}>` : words(r, 1 + Math.floor(r() * 12)))).join(''),
  'binary bytes': (r) => String.fromCharCode(...Array.from({ length: 2000 + Math.floor(r() * 20000) }, () => Math.floor(r() * 65536) & (r() < 0.5 ? 0xff : 0xffff))),
  'broken encoding': (r) => {
    // UTF-8 bytes of the text read as Latin-1, plus lone surrogates and replacement characters.
    const text = Buffer.from(words(r, 80), 'utf8').toString('latin1');
    return `<html><head><meta charset="utf-16">${articleHead}</head><body><article>${Array.from({ length: 4 }, () => `<p>${text}\uD800\uFFFD${text.slice(0, 50)}\uDFFF</p>`).join('')}</article></body></html>`;
  },
  'huge attribute': (r) => `<html><head>${articleHead}<meta name="description" content="${'x'.repeat(100_000 + Math.floor(r() * 900_000))}"></head><body><p title="${'"'.repeat(10_000)}">${words(r, 60)}</p></body></html>`,
  'broken JSON-LD': (r) => `<html><head><script type="application/ld+json">{"@type": ["NewsArticle", {"@graph": [${'['.repeat(Math.floor(r() * 2000))}</script></head><body><article><p>${words(r, 120)}</p></article></body></html>`,
  'wide and deep': (r) => {
    const depth = 20 + Math.floor(r() * 60);
    return `<html><head>${articleHead}</head><body>${Array.from({ length: 20 + Math.floor(r() * 300) }, () => '<div>'.repeat(depth) + `<p>${words(r, 6)}</p>` + '</div>'.repeat(depth)).join('')}</body></html>`;
  },
  'many links': (r) => `<html><body>${Array.from({ length: 200 + Math.floor(r() * 1800) }, (_, i) => `<a href="/${i}">${words(r, 3)}</a>`).join(' ')}</body></html>`,
  'quote storm': (r) => `<html><head>${articleHead}</head><body><article>${Array.from({ length: 8 + Math.floor(r() * 20) }, () => `<p>${'“'.repeat(Math.floor(r() * 50))}${words(r, 40)} said “${words(r, 20)}${r() < 0.5 ? '”' : ''} ${'"'.repeat(Math.floor(r() * 30))}</p>`).join('')}</article></body></html>`,
  'script and style only': (r) => `<html><head><style>${'a{}'.repeat(5000)}</style></head><body><script>${'var x=1;'.repeat(Math.floor(r() * 20000))}</script></body></html>`,
  'long single word': (r) => `<html><head>${articleHead}</head><body><article><p>${'A'.repeat(50_000 + Math.floor(r() * 200_000))}</p></article></body></html>`,
  'plausible article': (r) => `<html lang="${pick(r, ['en', 'fr', 'zh', 'ar', 'xx', ''])}"><head>${articleHead}<title>${words(r, 8)}</title></head><body><article><h1>${words(r, 8)}</h1>${Array.from({ length: 5 + Math.floor(r() * 10) }, () => `<p>${words(r, 20 + Math.floor(r() * 40))}.</p>`).join('')}</article></body></html>`,
};

/** `count` pages of every kind in turn, reproducible from the seed, made one at a time (some are 1 MB). */
export function* hostilePages(count: number, seed = 1): Generator<HostilePage> {
  const r = random(seed);
  const kinds = Object.keys(MAKERS);
  for (let i = 0; i < count; i++) {
    const kind = kinds[i % kinds.length]!;
    yield { kind, html: MAKERS[kind]!(r) };
  }
}

/** One page of 20 MB of text: the largest page the fuzz test feeds. */
export function twentyMegabytePage(seed = 1): string {
  const r = random(seed);
  const paragraph = `<p>${words(r, 120)}.</p>`;
  return `<html><head>${articleHead}<title>Huge</title></head><body><article>${paragraph.repeat(Math.ceil(20_000_000 / paragraph.length))}</article></body></html>`;
}

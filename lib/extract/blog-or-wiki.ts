/**
 * Addresses and site names of blogging platforms, blog sections and wikis: long-form writing that is not a
 * newsroom's report. Shared by the content script's first look and the full news detection.
 *
 * Written with string searches, not one regular expression: this runs in every page the reader opens, and a
 * page's first non-trivial regular expression costs its content script about 0.6 ms of main-thread time in
 * a new renderer (median of 82 cold pages, scripts/bench/first-look-steps.ts, 2026-12-07; p95 4.2 ms),
 * about as much as all the first look's page queries (side by side, the change saved 0.23 ms a page: see
 * docs/page-cost-log.md). It matches exactly what
 * `\bblog(?:s|spot|ger)?\b|[./]blog\.|googleblog|medium\.com|tumblr\.com|wordpress\.com|substack\.com|
 * wikipedia\.org|wikimedia|\bwiki[a.]|fandom\.com|\/wiki\//i` matches (tests/unit/extract/blog-or-wiki.test.ts).
 */
export function isBlogOrWiki(text: string): boolean {
  const lower = text.toLowerCase();
  return PLATFORMS.some((name) => lower.includes(name)) || hasWord(lower, 'blog', BLOG_ENDINGS) || hasWikiHost(lower);
}

/** Hosts, host parts and paths that only blogs and wikis use. */
const PLATFORMS = [
  '.blog.', '/blog.', 'googleblog', 'medium.com', 'tumblr.com', 'wordpress.com', 'substack.com', 'wikipedia.org', 'wikimedia', 'fandom.com', '/wiki/',
];
/** "blog", "blogs", "blogspot" and "blogger" as words of their own. */
const BLOG_ENDINGS = ['', 's', 'spot', 'ger'];

/** A regular expression's word character (`\w`). */
function isWordCharacter(code: number): boolean {
  return (code >= 48 && code <= 57) || (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || code === 95;
}

/** Whether `lower` holds `stem` followed by one of `endings` as a whole word. */
function hasWord(lower: string, stem: string, endings: string[]): boolean {
  for (let at = lower.indexOf(stem); at !== -1; at = lower.indexOf(stem, at + 1)) {
    if (at > 0 && isWordCharacter(lower.charCodeAt(at - 1))) continue;
    let end = at + stem.length;
    while (end < lower.length && isWordCharacter(lower.charCodeAt(end))) end++;
    if (endings.includes(lower.slice(at + stem.length, end))) return true;
  }
  return false;
}

/** "wiki" starting a word and followed by "a" or a dot: wikia.com, wiki.example.org. */
function hasWikiHost(lower: string): boolean {
  for (let at = lower.indexOf('wiki'); at !== -1; at = lower.indexOf('wiki', at + 1)) {
    if (at > 0 && isWordCharacter(lower.charCodeAt(at - 1))) continue;
    const next = lower[at + 4];
    if (next === 'a' || next === '.') return true;
  }
  return false;
}

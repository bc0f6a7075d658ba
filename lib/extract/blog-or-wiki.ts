/**
 * Addresses and site names of blogging platforms, blog sections and wikis: long-form writing that is not a
 * newsroom's report. Shared by the content script's first look and the full news detection.
 */
export const BLOG_OR_WIKI = /\bblog(?:s|spot|ger)?\b|[./]blog\.|googleblog|medium\.com|tumblr\.com|wordpress\.com|substack\.com|wikipedia\.org|wikimedia|\bwiki[a.]|fandom\.com|\/wiki\//i;

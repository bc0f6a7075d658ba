import { NEWS_TYPE_NAMES } from './news-types';
import { JSON_LD } from './json-ld';

/** What a page says about itself: JSON-LD, Open Graph and article meta tags. Reads only; never mutates. */
export interface PageMetadata {
  jsonLdTypes: string[];
  title: string | null;
  byline: string | null;
  publisher: string | null;
  publishedAt: string | null;
  description: string | null;
  ogType: string | null;
  lang: string | null;
  canonicalUrl: string | null;
}

const NEWS_TYPES = new RegExp(`^(?:${NEWS_TYPE_NAMES.join('|')})$`);

export function isNewsType(type: string): boolean {
  return NEWS_TYPES.test(type);
}

export function readMetadata(doc: Document): PageMetadata {
  const meta = (...names: string[]) => {
    for (const n of names) {
      const el = doc.querySelector(`meta[property="${n}"], meta[name="${n}"], meta[itemprop="${n}"]`);
      const v = el?.getAttribute('content')?.trim();
      if (v) return v;
    }
    return null;
  };
  const ld = readJsonLd(doc);
  const article = ld.find((o) => typeof o['@type'] === 'string' && /Article|Posting/.test(o['@type'] as string));
  return {
    jsonLdTypes: ld.flatMap((o) => ([] as unknown[]).concat(o['@type'] ?? []).filter((t): t is string => typeof t === 'string')),
    title: str(article?.headline) ?? meta('og:title', 'twitter:title') ?? (doc.title?.trim() || null),
    byline: personName(article?.author) ?? meta('author', 'article:author', 'byl', 'sailthru.author'),
    publisher: personName(article?.publisher) ?? meta('og:site_name', 'application-name', 'publisher'),
    publishedAt: toIso(str(article?.datePublished) ?? meta('article:published_time', 'datePublished', 'pubdate', 'date', 'dc.date') ??
      doc.querySelector('time[datetime]')?.getAttribute('datetime') ?? null),
    description: meta('og:description', 'description', 'twitter:description'),
    ogType: meta('og:type')?.toLowerCase() ?? null,
    lang: (doc.documentElement?.getAttribute('lang') ?? meta('og:locale', 'language'))?.slice(0, 2).toLowerCase() || null,
    canonicalUrl: doc.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? meta('og:url'),
  };
}

type LdObject = Record<string, unknown>;

function readJsonLd(doc: Document): LdObject[] {
  const out: LdObject[] = [];
  for (const script of Array.from(doc.querySelectorAll(JSON_LD))) {
    try {
      collect(JSON.parse(script.textContent ?? ''), out, 0);
    } catch {
      // Broken JSON-LD is common on real pages; the other signals still count.
    }
  }
  return out;
}

function collect(value: unknown, out: LdObject[], depth: number): void {
  if (depth > 4 || !value || typeof value !== 'object') return;
  if (Array.isArray(value)) return value.forEach((v) => collect(v, out, depth + 1));
  const obj = value as LdObject;
  if (obj['@type']) out.push(obj);
  if (obj['@graph']) collect(obj['@graph'], out, depth + 1);
  if (obj['mainEntity']) collect(obj['mainEntity'], out, depth + 1);
}

function str(v: unknown): string | null {
  return typeof v === 'string' && v.trim() ? v.trim() : null;
}

function personName(v: unknown): string | null {
  if (Array.isArray(v)) return v.map(personName).filter(Boolean).join(', ') || null;
  if (v && typeof v === 'object') return str((v as LdObject).name);
  return str(v);
}

function toIso(v: string | null): string | null {
  if (!v) return null;
  const t = Date.parse(v);
  return Number.isNaN(t) ? null : new Date(t).toISOString().replace('.000Z', 'Z');
}

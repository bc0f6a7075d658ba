import type { ArchivedArticle, ArticleOrigin } from '../types';

/** The export file: versioned so that a later Crosscheck can read what an earlier one wrote. */
export interface ArchiveFile {
  format: 'crosscheck-archive';
  version: 1;
  exportedAt: string;
  articles: ArchivedArticle[];
}

export const ARCHIVE_FILE_VERSION = 1;

export function toArchiveFile(articles: ArchivedArticle[], now: Date): ArchiveFile {
  return { format: 'crosscheck-archive', version: ARCHIVE_FILE_VERSION, exportedAt: now.toISOString(), articles };
}

export interface RecordProblem {
  index: number;
  problem: string;
}

export type ParsedArchiveFile =
  | { ok: true; articles: ArchivedArticle[] }
  | { ok: false; error: string; problems: RecordProblem[] };

const ORIGINS: ArticleOrigin[] = ['bundled', 'saved', 'imported', 'remembered'];

/**
 * The same export as NDJSON, for large archives: a header line, then one article per line, so neither side
 * has to hold one giant JSON string.
 */
export function toArchiveNdjson(articles: ArchivedArticle[], now: Date): string {
  const { articles: _articles, ...header } = toArchiveFile([], now);
  return [JSON.stringify(header), ...articles.map((a) => JSON.stringify(a))].join('\n') + '\n';
}

/**
 * Validates a whole file (JSON or NDJSON export) before anything is written: one bad record rejects the file,
 * with every problem listed.
 */
export function parseArchiveFile(text: string): ParsedArchiveFile {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    const ndjson = readNdjson(text);
    if (!ndjson) return { ok: false, error: 'This file is not JSON: it may be truncated or not a Crosscheck export.', problems: [] };
    if ('error' in ndjson) return { ok: false, error: ndjson.error, problems: ndjson.problems };
    data = ndjson.file;
  }
  const file = data as Partial<ArchiveFile>;
  if (!file || typeof file !== 'object' || file.format !== 'crosscheck-archive') {
    return { ok: false, error: 'This file is not a Crosscheck archive export.', problems: [] };
  }
  if (file.version !== ARCHIVE_FILE_VERSION) {
    return { ok: false, error: `This export has version ${String(file.version)}; this Crosscheck reads version ${ARCHIVE_FILE_VERSION}.`, problems: [] };
  }
  if (!Array.isArray(file.articles)) return { ok: false, error: 'The export has no article list.', problems: [] };
  const problems: RecordProblem[] = [];
  file.articles.forEach((record, index) => {
    const problem = recordProblem(record);
    if (problem) problems.push({ index, problem });
  });
  if (problems.length) {
    return { ok: false, error: `${problems.length} of ${file.articles.length} articles are invalid; nothing was imported.`, problems };
  }
  return { ok: true, articles: file.articles as ArchivedArticle[] };
}

/** What is wrong with one exported article record, or null when it is valid. */
export function recordProblem(r: unknown): string | null {
  if (!r || typeof r !== 'object') return 'not an object';
  const a = r as Record<string, unknown>;
  if (typeof a.id !== 'string' || !a.id) return 'missing id';
  if (typeof a.title !== 'string' || !a.title.trim()) return 'missing title';
  if (!Array.isArray(a.paragraphs) || !a.paragraphs.every((p) => typeof p === 'string')) return 'paragraphs must be a list of text';
  if (!ORIGINS.includes(a.origin as ArticleOrigin)) return `unknown origin "${String(a.origin)}"`;
  for (const key of ['publisher', 'publishedAt', 'url', 'byline', 'standfirst'] as const) {
    if (a[key] !== null && a[key] !== undefined && typeof a[key] !== 'string') return `${key} must be text or null`;
  }
  if (typeof a.publishedAt === 'string' && Number.isNaN(Date.parse(a.publishedAt))) return 'publishedAt is not a date';
  if (typeof a.url === 'string' && !/^https?:\/\//i.test(a.url)) return 'url must be an http(s) address';
  if (!Array.isArray(a.entities) || !Array.isArray(a.statements) || !Array.isArray(a.keyTerms)) return 'entities, statements and keyTerms must be lists';
  return null;
}

/** An NDJSON export as the JSON export's shape; null when the first line is not an export header. */
function readNdjson(text: string): { file: unknown } | { error: string; problems: RecordProblem[] } | null {
  const lines = text.split(/\r?\n/).filter((l) => l.trim());
  let header: Record<string, unknown>;
  try {
    header = JSON.parse(lines[0] ?? '') as Record<string, unknown>;
  } catch {
    return null;
  }
  if (!header || header.format !== 'crosscheck-archive' || 'articles' in header) return null;
  const articles: unknown[] = [];
  const problems: RecordProblem[] = [];
  lines.slice(1).forEach((line, index) => {
    try {
      articles.push(JSON.parse(line));
    } catch {
      problems.push({ index, problem: 'not valid JSON (truncated line?)' });
      articles.push(null);
    }
  });
  if (problems.length) return { error: `${problems.length} of ${articles.length} lines are not valid JSON; nothing was imported.`, problems };
  return { file: { ...header, articles } };
}

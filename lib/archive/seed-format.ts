import type { Article } from '../types';
import { collapseSpace } from '../text/normalize';

/**
 * Parses the archive's plain-text article format (see data/README.md):
 *
 *    date 2025-11-20 SECTION
 *   Headline
 *   Standfirst
 *   [Photo caption]
 *   Dateline
 *   <blank>
 *   Paragraph …
 *   SOURCE:Publisher
 */
export class SeedFormatError extends Error {}

const FIRST_LINE = /^\s*date\s+(\d{4}-\d{2}-\d{2})\s*(.*)$/;
const SOURCE_LINE = /^SOURCE:\s*(.*)$/;

export function looksLikeSeedText(text: string): boolean {
  return FIRST_LINE.test(text.split('\n', 1)[0] ?? '');
}

export function parseSeedText(text: string): Article {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  const first = FIRST_LINE.exec(lines[0] ?? '');
  if (!first) throw new SeedFormatError('first line must be " date YYYY-MM-DD SECTION"');
  const date = first[1]!;
  if (Number.isNaN(Date.parse(date))) throw new SeedFormatError(`invalid date "${date}"`);

  let end = lines.length;
  while (end > 1 && lines[end - 1]!.trim() === '') end--;
  const sourceMatch = SOURCE_LINE.exec(lines[end - 1]?.trim() ?? '');
  if (!sourceMatch) throw new SeedFormatError('last line must be "SOURCE:Publisher"');
  const body = lines.slice(1, end - 1);

  // The header block (headline, standfirst, caption?, dateline) ends at the first blank line.
  const blank = body.findIndex((l) => l.trim() === '');
  const header = (blank === -1 ? body.slice(0, 4) : body.slice(0, blank)).map(collapseSpace).filter(Boolean);
  const rest = blank === -1 ? body.slice(4) : body.slice(blank + 1);
  if (header.length < 2) throw new SeedFormatError('a headline and a standfirst are required');
  const paragraphs = rest.map(collapseSpace).filter(Boolean);
  if (paragraphs.length === 0) throw new SeedFormatError('the article has no body paragraphs');

  return {
    title: header[0]!,
    standfirst: header[1]!,
    byline: null,
    publisher: collapseSpace(sourceMatch[1] ?? '') || null,
    publishedAt: `${date}T00:00:00Z`,
    section: collapseSpace(first[2] ?? '') || null,
    url: null,
    lang: 'en',
    paragraphs,
  };
}

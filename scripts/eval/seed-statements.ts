/**
 * Who-said-what on the seed, against the hand-labelled list in tests/fixtures/seed-statements.json:
 * recall = labelled statements the engine finds; speaker accuracy = of those, how many have the right speaker.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { analyzeArticleText } from '../../lib/analyze-text';
import { parseSeedText } from '../../lib/archive/seed-format';
import { defaultAliases } from '../../lib/nlp/default-aliases';
import { foldCase } from '../../lib/text/normalize';
import type { Statement } from '../../lib/types';

interface Labelled {
  words: string;
  speakers: string[];
}

export interface SeedStatementsResult {
  recall: number;
  speakerAccuracy: number;
  labelled: number;
  found: number;
  rightSpeaker: number;
  misses: string[];
}

const root = (path: string) => fileURLToPath(new URL(`../../${path}`, import.meta.url));

export function evaluateSeedStatements(): SeedStatementsResult {
  const gold = JSON.parse(readFileSync(root('tests/fixtures/seed-statements.json'), 'utf8')) as { article: string; statements: Labelled[] };
  const article = parseSeedText(readFileSync(root(`data/${gold.article}`), 'utf8'));
  const { statements } = analyzeArticleText(article, defaultAliases);
  let found = 0;
  let rightSpeaker = 0;
  const misses: string[] = [];
  for (const label of gold.statements) {
    const match = statements.find((s) => norm(s.text).includes(norm(label.words)));
    if (!match) {
      misses.push(`not found: "${label.words}"`);
      continue;
    }
    found++;
    if (speakerMatches(match, label.speakers)) rightSpeaker++;
    else misses.push(`wrong speaker for "${label.words}": ${match.speaker}`);
  }
  return { recall: found / gold.statements.length, speakerAccuracy: found ? rightSpeaker / found : 0, labelled: gold.statements.length, found, rightSpeaker, misses };
}

function speakerMatches(statement: Statement, accepted: string[]): boolean {
  const got = norm(statement.speaker);
  return accepted.some((a) => norm(a) === got);
}

const norm = (s: string) => foldCase(s).replace(/["'“”‘’]/g, '').replace(/\s+/g, ' ').trim();

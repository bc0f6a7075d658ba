/**
 * npm run archive -- add <files or folders>
 * Adds articles to the bundled archive in data/, for organisations that ship their own: seed text files and
 * HTML pages are copied as they are (the build extracts them); a Crosscheck export file is split into one
 * `*.article.json` per article. Every file is checked first; an article already in data/ is skipped.
 * CROSSCHECK_DATA_DIR points the command at another folder.
 */
import { copyFileSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArchiveFile } from '../lib/archive/archive-file';
import { articleFingerprint } from '../lib/archive/prepare';
import { readSourceFile, SourceFileError } from '../lib/archive/read-source-file';
import type { Article } from '../lib/types';
import { parseHtmlDocument } from '../lib/extract/parse-html';
import { articleFiles } from './bundled-archive';
import { CliError, runCli } from './cli-error';

const USAGE = 'usage: npm run archive -- add <files or folders>';

runCli(() => {
  const [command, ...paths] = process.argv.slice(2);
  if (command !== 'add' || paths.length === 0) throw new CliError(USAGE);
  const dataDir = process.env.CROSSCHECK_DATA_DIR ?? fileURLToPath(new URL('../data', import.meta.url));
  const known = new Set(articleFiles(dataDir).map((f) => articleFingerprint(readSourceFile(f, readFileSync(f, 'utf8'), parseHtmlDocument))));
  let next = nextNumber(dataDir);
  let added = 0;
  let skipped = 0;
  const problems: string[] = [];

  for (const file of paths.flatMap(expand)) {
    try {
      for (const item of readItems(file)) {
        const fingerprint = articleFingerprint(item.article);
        if (known.has(fingerprint)) {
          console.log(`skipped ${item.label}: already in the archive`);
          skipped++;
          continue;
        }
        const target = join(dataDir, `${String(next++).padStart(3, '0')}_${fingerprint}${item.extension}`);
        item.write(target);
        known.add(fingerprint);
        added++;
        console.log(`added ${item.label} as ${target}`);
      }
    } catch (error) {
      if (!(error instanceof SourceFileError || error instanceof CliError)) throw error;
      problems.push(error.message);
    }
  }
  console.log(`${added} added, ${skipped} already there, ${problems.length} not added. Rebuild (npm run build) to ship them.`);
  if (problems.length) throw new CliError(problems.join('; '));
});

interface Item {
  label: string;
  article: Article;
  extension: string;
  write: (target: string) => void;
}

function readItems(file: string): Item[] {
  const text = readFileSync(file, 'utf8');
  if (/\.json$/i.test(file) && !/\.article\.json$/i.test(file)) {
    const parsed = parseArchiveFile(text);
    if (!parsed.ok) {
      const first = parsed.problems[0];
      throw new CliError(`${file}: ${parsed.error}${first ? ` (article ${first.index + 1}: ${first.problem})` : ''}`);
    }
    return parsed.articles.map((a, i) => ({
      label: `${basename(file)} #${i + 1} (“${a.title}”)`,
      article: a,
      extension: '.article.json',
      write: (target) => writeFileSync(target, JSON.stringify(a, null, 1) + '\n'),
    }));
  }
  const article = readSourceFile(file, text, parseHtmlDocument);
  const extension = /\.html?$/i.test(file) ? '.html' : /\.article\.json$/i.test(file) ? '.article.json' : '.txt';
  return [{ label: basename(file), article, extension, write: (target) => copyFileSync(file, target) }];
}

function expand(path: string): string[] {
  let stat;
  try {
    stat = statSync(path);
  } catch {
    throw new CliError(`${path}: no such file or folder`);
  }
  if (!stat.isDirectory()) return [path];
  return readdirSync(path)
    .filter((f) => /\.(?:txt|html?|json)$/i.test(f))
    .sort()
    .map((f) => join(path, f));
}

function nextNumber(dir: string): number {
  const used = readdirSync(dir).map((f) => /^(\d+)_/.exec(f)?.[1]).filter(Boolean).map(Number);
  return used.length ? Math.max(...used) + 1 : 0;
}

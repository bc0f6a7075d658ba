/**
 * npm run --silent analyze -- <page.html> [--url <url>] [--archive <path>]
 * Prints, as one JSON object, what the sidebar would show for a page (contract: docs in PRODUCT.md, README).
 */
import { readFileSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { analyzePage } from '../lib/analyze';
import { parseHtmlDocument } from '../lib/extract/parse-html';
import { defaultAliases } from '../lib/nlp/default-aliases';
import { shippedStanceModel } from '../lib/stance/shipped-model';
import { CliError, runCli } from './cli-error';
import { loadArchive } from './load-archive';

const USAGE = 'usage: npm run --silent analyze -- <page.html> [--url <url>] [--archive <folder or export.json>]';

runCli(async () => {
  let parsed;
  try {
    parsed = parseArgs({ allowPositionals: true, options: { url: { type: 'string' }, archive: { type: 'string' } } });
  } catch (error) {
    throw new CliError(`${(error as Error).message}; ${USAGE}`);
  }
  const [file, ...extra] = parsed.positionals;
  if (!file || extra.length) throw new CliError(USAGE);
  const url = parsed.values.url ?? null;
  if (url !== null && !/^https?:\/\/[^\s/]+/i.test(url)) throw new CliError(`--url must be an http(s) address: ${url}`);

  const html = readPage(file);
  const archive = loadArchive(parsed.values.archive ?? fileURLToPath(new URL('../data', import.meta.url)));
  const { extracted: _extracted, ...analysis } = await analyzePage(parseHtmlDocument(html), url, { ...archive, aliases: defaultAliases, stance: shippedStanceModel() });
  process.stdout.write(JSON.stringify(analysis, null, 2) + '\n');
});

function readPage(file: string): string {
  let bytes: Buffer;
  try {
    if (statSync(file).isDirectory()) throw new CliError(`${file} is a folder, not an HTML page`);
    bytes = readFileSync(file);
  } catch (error) {
    if (error instanceof CliError) throw error;
    throw new CliError(`cannot read ${file}: ${(error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (error as Error).message}`);
  }
  if (bytes.length === 0) throw new CliError(`${file} is empty`);
  if (bytes.subarray(0, 8192).includes(0)) throw new CliError(`${file} is a binary file, not an HTML page`);
  const text = bytes.toString('utf8');
  if (!text.trim()) throw new CliError(`${file} is empty`);
  if (!/<[a-z!]/i.test(text)) throw new CliError(`${file} does not look like HTML`);
  return text;
}

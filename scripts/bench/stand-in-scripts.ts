/**
 * Copies of a built extension whose content script is a stand-in, to read Crosscheck's own cost against in
 * page-cost-ab.ts: `npx tsx scripts/bench/stand-in-scripts.ts <built extension folder> <new folder>`, then
 * `AB_PAGES=other AB_NO_V8=1 npx tsx scripts/bench/page-cost-ab.ts <new folder>/* <built extension folder>`.
 * The background stays the real one, so the A/B script imports its archive into every copy as it does into
 * the real build.
 *
 * What the stand-ins showed (2026-12-07, a slow day: 30 pages the first look turns down, CPU time in the
 * extension, p50): an empty script 0.26 ms, reading `document.URL` 0.68, one `querySelector` more 0.93, the
 * floor's message listener (the extension API) 1.77, and Crosscheck's first look alone (a build of
 * `mightBeArticle` and nothing else) 2.62. Against
 * `document.URL` alone, page by page (hand-made stand-ins in one run): a first query 0.38 ms more whether it
 * finds anything or not, and each element of a kind the script had not yet touched about 0.25 ms more (four
 * queries finding a meta, a link, a script and a paragraph, `four-kinds`: 0.99 ms). So a first look costs by the kinds of
 * things it touches, not by how often it walks the page: the first look in one walk was no cheaper (branch
 * first-look-one-walk).
 */
import { cpSync, existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CliError, runCli } from '../cli-error';
import { CONTENT_SCRIPT_FILE, FLOOR_SCRIPT } from './page-cost';

/** Each stand-in's folder name and content script. */
export const STAND_INS: Record<string, string> = {
  empty: 'void 0;\n',
  'document-url': 'globalThis.standIn = document.URL;\n',
  'one-query': 'globalThis.standIn = [document.URL, document.querySelector("article")];\n',
  'four-kinds': 'globalThis.standIn = [document.URL, ...["meta", "link", "script", "p"].map((tag) => document.querySelector(tag))];\n',
  floor: FLOOR_SCRIPT,
  // What reaching the extension API costs (docs/page-cost-log.md, session 24): its namespace alone, and a
  // message to the background (which answers no message of this type).
  'runtime-id': 'globalThis.standIn = [document.URL, chrome.runtime.id];\n',
  'send-message': 'globalThis.standIn = document.URL;\nchrome.runtime.sendMessage({ type: "stand-in" }).catch(() => undefined);\n',
};

/** Writes one copy of `built` per stand-in under `into`; returns their folders. */
export function writeStandIns(built: string, into: string): string[] {
  if (!existsSync(join(built, 'manifest.json')) || !existsSync(join(built, CONTENT_SCRIPT_FILE))) {
    throw new CliError(`${built} is not a built Crosscheck (no manifest.json or ${CONTENT_SCRIPT_FILE}): run npm run build first`);
  }
  if (existsSync(into)) throw new CliError(`${into} exists already: name a new folder`);
  return Object.entries(STAND_INS).map(([name, script]) => {
    const copy = join(into, name);
    cpSync(built, copy, { recursive: true });
    writeFileSync(join(copy, CONTENT_SCRIPT_FILE), script);
    return copy;
  });
}

// Run from the command line (the unit test imports it).
if (import.meta.url === `file://${process.argv[1]}`) {
  runCli(() => {
    const [built, into] = process.argv.slice(2);
    if (!built || !into) throw new CliError('usage: tsx scripts/bench/stand-in-scripts.ts <built extension folder> <new folder>');
    console.log(writeStandIns(built, into).join('\n'));
  });
}

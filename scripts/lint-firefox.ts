/**
 * npm run lint:firefox: Mozilla's `web-ext lint` on the Firefox build. Fails on any error, and on any warning
 * that is not one of the explained ones below (README, "Firefox lint"), so a new warning cannot slip in.
 */
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { runCli } from './cli-error';

interface LintMessage {
  code: string;
  file?: string;
  message: string;
}

/**
 * Warnings we accept, and why. The first two are `innerHTML` assignments inside libraries, on a document that
 * is not a live page: linkedom and Readability build and serialise the parsed copy of a page in the
 * background, and Preact's renderer supports dangerouslySetInnerHTML, which Crosscheck never uses. The third
 * is the content script's `import()` of its page tools (load-page-tools.ts): the linter flags any import of a
 * computed address, and this one is `runtime.getURL` of a fixed file in the extension itself, never remote
 * code. It is matched by its message, so that an `innerHTML` assignment in the content script still fails.
 */
const EXPLAINED: Array<{ code: string; file: RegExp; message?: RegExp }> = [
  { code: 'UNSAFE_VAR_ASSIGNMENT', file: /^background\.js$/ },
  { code: 'UNSAFE_VAR_ASSIGNMENT', file: /^chunks\/ask-background-[\w-]+\.js$/ },
  { code: 'UNSAFE_VAR_ASSIGNMENT', file: /^crosscheck\.js$/, message: /^Unsafe call to import for argument 0$/ },
];

runCli(() => {
  const dir = fileURLToPath(new URL('../.output/firefox-mv2', import.meta.url));
  let output: string;
  try {
    output = execFileSync('npx', ['web-ext', 'lint', '--source-dir', dir, '--output', 'json'], { encoding: 'utf8' });
  } catch (error) {
    // web-ext exits non-zero when it finds errors; its JSON is still on stdout.
    output = (error as { stdout?: string }).stdout ?? '';
  }
  const report = JSON.parse(output.slice(output.indexOf('{'))) as { errors: LintMessage[]; warnings: LintMessage[]; notices: LintMessage[] };
  const explains = (e: (typeof EXPLAINED)[number], w: LintMessage) => e.code === w.code && e.file.test(w.file ?? '') && (e.message?.test(w.message) ?? true);
  const unexplained = report.warnings.filter((w) => !EXPLAINED.some((e) => explains(e, w)));
  const line = (m: LintMessage) => `  ${m.code} ${m.file ?? ''}: ${m.message}`;
  console.log(`web-ext lint: ${report.errors.length} errors, ${report.warnings.length} warnings (${report.warnings.length - unexplained.length} explained), ${report.notices.length} notices`);
  for (const m of [...report.errors, ...unexplained, ...report.notices]) console.log(line(m));
  if (report.errors.length || unexplained.length) process.exitCode = 1;
});

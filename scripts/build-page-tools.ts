/**
 * Builds the content script's page tools (entrypoints/crosscheck/page-tools.ts) into the built extension as
 * `page-tools.js`, an ES module the content script imports when it first needs them. WXT bundles content
 * scripts as one classic script each and does not yet split them (wxt.dev, "ES Modules"), so this is built on
 * its own, with esbuild (Vite's own), after WXT's build (wxt.config.ts, `build:done`). It imports nothing:
 * one file, one fetch.
 */
import { build } from 'esbuild';
import { join, resolve } from 'node:path';
import { PAGE_TOOLS_FILE } from '../entrypoints/crosscheck/load-page-tools';

export async function buildPageTools(outDir: string, browser: string): Promise<string> {
  const outfile = join(outDir, PAGE_TOOLS_FILE);
  await build({
    entryPoints: [resolve(__dirname, '../entrypoints/crosscheck/page-tools.ts')],
    outfile,
    bundle: true,
    format: 'esm',
    minify: true,
    // The browsers the manifest admits (Firefox 115, strict_min_version); Chrome's MV3 is newer still.
    target: browser === 'firefox' ? ['firefox115'] : ['chrome120'],
    legalComments: 'none',
    logLevel: 'warning',
  });
  return outfile;
}

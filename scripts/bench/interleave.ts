import type { Page } from 'playwright-core';
import { launchWithExtension, type ExtensionBrowser } from '../chromium';
import { importArchive, OFFLINE, warmUp, watchLayoutShifts } from './page-cost';

/**
 * Builds measured side by side, page by page (the A/B scripts): every build's browser stays open for the whole
 * run, and each page is loaded in every build before the next page. Run pass by pass instead (all pages in A,
 * then in B, then B, then A), the build in the middle passes came out 2 to 48 ms later in every run of
 * 2026-12-07, whichever build it was: this machine drifts over minutes, and a pass takes minutes. Page by
 * page, the builds meet the same drift within seconds of each other.
 */
export interface BuildUnderTest {
  /** The built extension's folder, as given on the command line. */
  build: string;
  extension: ExtensionBrowser;
  /** The one tab the pages load in. */
  page: Page;
}

/**
 * Opens a browser with each build, one after the other, offline as in the page bench, each with the
 * archive imported (`archive`, of `archiveSize` articles) and warmed up on `warmUpUrl`: its background awake
 * and its indexes loaded. `watchShifts`: the page bench's layout-shift watch, from our element on, which
 * also sets INSERTED_MARK, the mark the trace attribution finds the sidebar's insertion by.
 */
export async function openBuilds(builds: string[], options: { archive: string; archiveSize: number; warmUpUrl: string; watchShifts?: boolean }): Promise<BuildUnderTest[]> {
  const open: BuildUnderTest[] = [];
  try {
    for (const build of builds) {
      const extension = await launchWithExtension({ extensionDir: build, args: [OFFLINE] });
      try {
        await importArchive(extension.context, extension.extensionUrl('/options.html'), options.archive, options.archiveSize);
        if (options.watchShifts) await watchLayoutShifts(extension.context, true);
        const page = await extension.context.newPage();
        await warmUp(page, options.warmUpUrl);
        await leavePage(page);
        open.push({ build, extension, page });
      } catch (error) {
        await extension.close();
        throw error;
      }
    }
    return open;
  } catch (error) {
    await closeBuilds(open);
    throw error;
  }
}

export async function closeBuilds(open: BuildUnderTest[]): Promise<void> {
  for (const { extension } of open) await extension.close();
}

/**
 * The order in which the builds load page `page` in pass `pass`: turned by one at each page and at each pass,
 * so that over as many passes as there are builds, each build loads each page first once (and what the
 * first load leaves behind, a warmer disk cache say, favours none).
 */
export function buildOrder<T>(builds: readonly T[], page: number, pass: number): T[] {
  const turn = (page + pass) % builds.length;
  return [...builds.slice(turn), ...builds.slice(0, turn)];
}

/**
 * Leaves the page measured, so that a build's browser is idle while the others load theirs: its page's
 * timers and its sidebar would otherwise run beside the next build's load.
 */
export async function leavePage(page: Page): Promise<void> {
  await page.goto('about:blank');
}

/** How many passes: `asked` (AB_PASSES), or as many as there are builds, so that each loads each page first once. */
export function passCount(builds: number, asked = process.env.AB_PASSES): number {
  if (asked === undefined) return builds;
  const passes = Number(asked);
  if (!Number.isInteger(passes) || passes < 1) throw new Error(`AB_PASSES must be a whole number of passes, 1 or more (it is "${asked}")`);
  return passes;
}
